import { IngestError } from '../errors.ts';
import type { ReadDocument, Reader } from './document.ts';
import { docReader } from './doc.ts';
import { docxReader } from './docx.ts';
import { htmlReader } from './html.ts';
import { mhtmlReader } from './mhtml.ts';
import { pdfReader } from './pdf.ts';
import { textReader } from './text.ts';

export type * from './document.ts';
export { readText } from './text.ts';

/**
 * Every format ingest reads, most specific first: a format is recognised by
 * its bytes, and text, which claims anything, comes last. A new format is a
 * reader module and one line here.
 */
export const READERS: readonly Reader[] = [
  pdfReader,
  docxReader,
  docReader,
  mhtmlReader,
  htmlReader,
  textReader,
];

/** The reader for these bytes; the file name only decides when the bytes contradict it. */
export function readerFor(bytes: Uint8Array, fileName: string): Reader {
  const reader = READERS.find((candidate) => candidate.sniff(bytes))!;
  const extension = /\.[^.]+$/u.exec(fileName.toLowerCase())?.[0];
  const named = READERS.find((candidate) => extension && candidate.extensions.includes(extension));
  // A name promising a document format (HTML, Word, PDF) over bytes that are not one is a broken or mislabelled file, not text.
  if (named !== undefined && named !== reader && named !== textReader && reader === textReader) {
    throw new IngestError(
      `is named ${extension} but its bytes are not ${named.expected}; expected ${named.expected}`,
    );
  }
  return reader;
}

/** Any source file → the text model the ingest stages share (document.ts). */
export async function readSource(bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  return readerFor(bytes, fileName).read(bytes);
}
