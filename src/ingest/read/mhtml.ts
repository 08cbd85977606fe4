import type { Encoding } from '../decode.ts';
import { IngestError } from '../errors.ts';
import type { ReadDocument, Reader } from './document.ts';
import { decodeHtml, decodeStrictly, encodingOf, readHtmlText } from './html.ts';

const EXPECTED = 'a web page saved as a single file (.mhtml)';

/** How far into the file the MIME headers that identify a saved page must appear. */
const PREFIX_BYTES = 1024;

/**
 * Bytes as characters one for one (ISO-8859-1, so every byte comes back as
 * it was), so MIME's ASCII syntax can be parsed without deciding the
 * charset. TextDecoder's 'latin1' is windows-1252, which turns 0x80–0x9F
 * (bytes every UTF-8 text has) into other characters.
 */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function bytesOf(latin1Text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(latin1Text, 'latin1'));
}

/** A header block's fields by lower-case name, folded lines unfolded. */
function headers(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const field = /^([^:\s]+):\s*(.*)$/u.exec(line);
    if (field) fields.set(field[1]!.toLowerCase(), field[2]!.trim());
  }
  return fields;
}

function parameter(value: string, name: string): string | undefined {
  return new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'iu')
    .exec(value)
    ?.slice(1)
    .find((found) => found !== undefined);
}

/** A header block and what follows it, split at the first blank line. */
function splitHead(text: string): { head: string; body: string } {
  const blank = /\r?\n\r?\n/u.exec(text);
  if (blank === null) return { head: text, body: '' };
  return { head: text.slice(0, blank.index), body: text.slice(blank.index + blank[0].length) };
}

/** Quoted-printable: soft line breaks joined, =XX turned back into the byte; a lone = stays as written (RFC 2045 6.7). */
function quotedPrintable(body: string): Uint8Array {
  return bytesOf(
    body
      .replace(/=\r?\n/gu, '')
      .replace(/=([0-9A-Fa-f]{2})/gu, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      ),
  );
}

function transferDecoded(body: string, encoding: string): Uint8Array {
  if (encoding === 'quoted-printable') return quotedPrintable(body);
  if (encoding === 'base64') return Uint8Array.from(Buffer.from(body, 'base64'));
  if (['', '7bit', '8bit', 'binary'].includes(encoding)) return bytesOf(body);
  throw new IngestError(
    `has its page in Content-Transfer-Encoding ${encoding}; expected ${EXPECTED} in quoted-printable, base64, 7bit, 8bit or binary`,
  );
}

/**
 * A page saved as one file (Chrome's "Webpage, single file", Internet
 * Explorer's .mht): a MIME multipart message whose first text/html part is
 * the page, its images and style sheets the other parts. The page is read
 * as the HTML reader reads a page; its charset comes from the part's
 * Content-Type when that names one, else from the page itself.
 */
export function readMhtml(bytes: Uint8Array): ReadDocument {
  const { head, body } = splitHead(latin1(bytes));
  const contentType = headers(head).get('content-type') ?? '';
  const boundary = parameter(contentType, 'boundary');
  if (!/^multipart\//iu.test(contentType) || boundary === undefined) {
    throw new IngestError(
      `is a MIME message without a multipart boundary (Content-Type ${contentType || 'missing'}); expected ${EXPECTED}`,
    );
  }
  const delimiter = `--${boundary}`;
  for (const part of body.split(delimiter).slice(1)) {
    if (part.startsWith('--')) break;
    const { head: partHead, body: partBody } = splitHead(part.replace(/^[ \t]*\r?\n/u, ''));
    const fields = headers(partHead);
    const type = fields.get('content-type') ?? 'text/plain';
    if (!/^text\/html\b/iu.test(type)) continue;
    const html = transferDecoded(
      partBody.replace(/\r?\n$/u, ''),
      (fields.get('content-transfer-encoding') ?? '').toLowerCase(),
    );
    const charset = parameter(type, 'charset')?.toLowerCase();
    let decoded: { text: string; encoding: Encoding };
    if (charset === undefined) {
      decoded = decodeHtml(html);
    } else {
      const encoding = encodingOf(charset);
      decoded = { text: decodeStrictly(encoding, html, `its part's charset ${charset}`), encoding };
    }
    return { ...readHtmlText(decoded.text, decoded.encoding), format: 'mhtml' };
  }
  throw new IngestError(`is a MIME message with no text/html part; expected ${EXPECTED}`);
}

export const mhtmlReader: Reader = {
  format: 'mhtml',
  extensions: ['.mhtml', '.mht'],
  expected: EXPECTED,
  sniff(bytes) {
    const { head } = splitHead(latin1(bytes.subarray(0, PREFIX_BYTES)));
    const fields = headers(head);
    return fields.has('mime-version') && /^multipart\//iu.test(fields.get('content-type') ?? '');
  },
  read: readMhtml,
};
