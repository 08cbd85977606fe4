import { IngestError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

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
 * strict UTF-8 is tried first, so valid UTF-8 is never misread, then the two
 * legacy Chinese encodings (decodeLegacy).
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
  const decoded = decodeUnlabelled(bytes);
  if (decoded === null) {
    throw new IngestError(
      'not a text file (neither valid UTF-8, GB18030 nor Big5); expected UTF-8, UTF-16 with BOM, GB18030 or Big5 text',
    );
  }
  return decoded;
}

/** Strict UTF-8, else the likelier of GB18030 and Big5; null when the bytes are none of them. */
export function decodeUnlabelled(bytes: Uint8Array): DecodedText | null {
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return decodeLegacy(bytes);
}

/**
 * Characters that Chinese prose hardly ever holds but that the other
 * encoding's bytes decode to: Big5 read as GB18030 gives private-use
 * characters, kana, Greek and Cyrillic (GB2312's rows A1–A9 and its
 * user-defined area lie where Big5 puts its punctuation and common
 * characters); GB18030 read as Big5 gives Bopomofo and rare symbols.
 */
const IMPLAUSIBLE =
  /[\u0080-\u009f\p{Co}\u3040-\u30ff\u0370-\u03ff\u0400-\u04ff\u3100-\u312f\u31a0-\u31bf\u2500-\u257f\ufe30-\ufe4f]/gu;

function implausible(text: string): number {
  return text.match(IMPLAUSIBLE)?.length ?? 0;
}

/**
 * GB18030 (Simplified pages saved on Windows) or Big5 (Traditional pages
 * from Taiwan and Hong Kong). Nearly every Big5 byte pair is also valid
 * GB18030, so validity alone would read a Big5 file as nonsense without a
 * word: the decoding with fewer implausible characters wins, GB18030 on a
 * tie. Alone, Big5 must hold none: the platform's Big5 decoder lets bytes
 * no Big5 text uses (0x80, 0xFF) through as C1 controls and private-use
 * characters.
 */
function decodeLegacy(bytes: Uint8Array): DecodedText | null {
  const gb18030 = strictDecode('gb18030', bytes);
  const big5 = strictDecode('big5', bytes);
  const big5Wins =
    big5 !== null &&
    (gb18030 === null ? implausible(big5) === 0 : implausible(big5) < implausible(gb18030));
  if (big5Wins) return { text: big5!, encoding: 'big5' };
  return gb18030 === null ? null : { text: gb18030, encoding: 'gb18030' };
}

/** Decodes strictly (TextDecoder drops a matching BOM itself); null if any byte sequence is invalid. */
function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
