import { IngestError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

interface Bom {
  bytes: readonly number[];
  encoding: Encoding;
  label: string;
}

const BOMS: readonly Bom[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom', label: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', label: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', label: 'utf-16be' },
];

// C0 controls other than tab, LF, VT, FF, CR never occur in prose; their
// presence means the bytes only happened to decode.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000e-\u001f\u007f]/u;

/**
 * Bytes → text with LF line endings. A BOM decides the encoding; otherwise
 * strict UTF-8 is tried first and GB18030 (the usual encoding of Chinese
 * pages saved on Windows) second, so valid UTF-8 is never misread.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) {
    throw new IngestError('file is empty (0 bytes); expected the text of a scraped speech page');
  }
  const decoded = decodeWithBom(bytes) ?? decodeWithoutBom(bytes);
  if (CONTROL_CHARACTER.test(decoded.text)) {
    throw new IngestError(
      'not a text file (it contains control characters); expected UTF-8, UTF-16 or GB18030 text',
    );
  }
  const text = decoded.text.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') {
    throw new IngestError(
      'file contains only whitespace; expected the text of a scraped speech page',
    );
  }
  return { text, encoding: decoded.encoding };
}

function decodeWithBom(bytes: Uint8Array): DecodedText | null {
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte));
  if (bom === undefined) return null;
  const text = strictDecode(bom.label, bytes);
  if (text === null) {
    throw new IngestError(
      `starts with a ${bom.label} byte-order mark but is not valid ${bom.label}; expected text in the encoding its BOM announces`,
    );
  }
  return { text, encoding: bom.encoding };
}

function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  // Without a BOM, NUL bytes mean binary data (or BOM-less UTF-16, which we
  // cannot tell apart from binary reliably).
  if (bytes.includes(0)) {
    throw new IngestError(
      'not a text file (it contains NUL bytes); expected UTF-8, UTF-16 with BOM or GB18030 text',
    );
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb18030 = strictDecode('gb18030', bytes);
  if (gb18030 !== null) return { text: gb18030, encoding: 'gb18030' };
  throw new IngestError(
    'not a text file (neither valid UTF-8 nor valid GB18030); expected UTF-8, UTF-16 with BOM or GB18030 text',
  );
}

/** Decodes strictly (TextDecoder drops a matching BOM itself); null if any byte sequence is invalid. */
function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
