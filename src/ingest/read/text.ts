import { decodeText } from '../decode.ts';
import type { ReadDocument, Reader } from './document.ts';

/** A text scrape: decoded, and otherwise left to the later stages as it is. */
export function readText(bytes: Uint8Array): ReadDocument {
  const { text, encoding } = decodeText(bytes);
  return { format: 'text', encoding, text, setAside: [], stated: [] };
}

export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  expected: 'UTF-8, UTF-16, GB18030 or Big5 text',
  // The fallback: any bytes no other reader claims are tried as text, whose decoder refuses binary data.
  sniff: () => true,
  read: readText,
};
