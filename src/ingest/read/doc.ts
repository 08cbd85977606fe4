import type { WordDocument } from 'word-extractor';
import { IngestError } from '../errors.ts';
import type { ChangeKind } from '../normalise/changes.ts';
import type { ReadDocument, Reader, SetAside } from './document.ts';

const EXPECTED = 'a Word document (.doc)';

/** Every OLE compound file (.doc, .xls, .ppt, .msg) opens with these eight bytes. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A Word file keeps its text in a stream of this name; the compound file's directory spells it in UTF-16LE. */
const WORD_STREAM = new Uint8Array(
  [...'WordDocument'].flatMap((character) => [character.charCodeAt(0), 0]),
);

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!;
  for (let at = bytes.indexOf(first); at !== -1; at = bytes.indexOf(first, at + 1)) {
    if (needle.every((byte, i) => bytes[at + i] === byte)) return true;
  }
  return false;
}

/**
 * Whether the compound file's first directory sector, where its streams are
 * named, lies within the bytes: a truncated .doc has lost it and cannot say
 * what it held.
 */
function directoryIsPresent(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 2 ** view.getUint16(0x1e, true);
  const offset = (view.getUint32(0x30, true) + 1) * sectorSize;
  return offset + sectorSize <= bytes.length;
}

/**
 * A footer line is a page number when, its digits aside, only page-number
 * wording is left (第 N 页, 第N页 共M页, - N -, N / M, Page N of M).
 */
function isPageNumber(line: string): boolean {
  return (
    /\d/u.test(line) && /^(?:[\s第页共/\-–—|,，.]|page|of)*$/iu.test(line.replace(/\d+/gu, ''))
  );
}

/** Header and footer lines, each distinct line once with how often it stands there. */
function setAside(text: string, kindOf: (line: string) => ChangeKind): SetAside[] {
  const counts = new Map<string, SetAside>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const kind = kindOf(trimmed);
    const key = `${kind}\u0000${trimmed}`;
    const entry = counts.get(key) ?? { kind, text: trimmed, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/**
 * A legacy Word file: the body's paragraphs as text, its headers and footers
 * set aside. word-extractor has already resolved field codes to their shown
 * result (a PAGE field's number) and turned paragraph marks, line and page
 * breaks into line breaks and table cell marks into tabs; it gives no styles
 * or bold, so a .doc states no structure and the text rules read it alone.
 */
export async function readDoc(bytes: Uint8Array): Promise<ReadDocument> {
  const { default: WordExtractor } = await import('word-extractor');
  let extracted: WordDocument;
  try {
    extracted = await new WordExtractor().extract(Buffer.from(bytes));
  } catch (error) {
    if (!contains(bytes, WORD_STREAM) && directoryIsPresent(bytes)) {
      throw new IngestError(`is a compound document but not a Word document; expected ${EXPECTED}`);
    }
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/gu, ' ');
    throw new IngestError(`is not a readable Word document (${reason}); expected ${EXPECTED}`);
  }
  // filterUnicode would turn “” ‘’ — into ASCII: the text must stay as written.
  const raw = { filterUnicode: false };
  const body = extracted
    .getBody(raw)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (body.length === 0) {
    throw new IngestError(
      `is a Word document with no text in its body; expected ${EXPECTED} holding a speech`,
    );
  }
  return {
    format: 'doc',
    encoding: null,
    text: `${body.join('\n\n')}\n`,
    setAside: [
      ...setAside(extracted.getHeaders({ ...raw, includeFooters: false }), () => 'running-head'),
      ...setAside(extracted.getFooters(raw), (line) =>
        isPageNumber(line) ? 'page-number' : 'running-head',
      ),
      // Notes, comments and text boxes are Word's other stories: not the speech, but recorded so nothing goes unaccounted.
      ...setAside(
        [
          extracted.getFootnotes(raw),
          extracted.getEndnotes(raw),
          extracted.getAnnotations(raw),
          extracted.getTextboxes(raw),
        ].join('\n'),
        () => 'note',
      ),
    ],
    stated: [],
  };
}

export const docReader: Reader = {
  format: 'doc',
  extensions: ['.doc'],
  expected: EXPECTED,
  sniff: (bytes) => OLE_MAGIC.every((byte, i) => bytes[i] === byte),
  read: readDoc,
};
