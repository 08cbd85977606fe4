import type { Encoding } from '../decode.ts';
import type { ChangeKind } from '../normalise/changes.ts';

/** The formats ingest reads; one reader module each (read/index.ts). */
export const SOURCE_FORMATS = ['text', 'html', 'mhtml', 'docx', 'doc', 'pdf'] as const;

export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * What a document states about one paragraph's role through its own markup
 * (a Heading 2 style, an <h3>, a bold run), as opposed to what the text
 * rules find. Depth 1 is a speech's title; 2 and 3 are its section and
 * subsection headings. A lead is the bold opening of a paragraph.
 */
export type StatedBlock =
  | { role: 'title'; text: string }
  | { role: 'heading'; depth: 1 | 2 | 3; text: string }
  | { role: 'lead'; text: string };

/** Something a reader set aside or changed before the text was built (a running head, a <script>, a line break it joined), for the change log. */
export interface SetAside {
  kind: ChangeKind;
  text: string;
  count: number;
}

/**
 * A source file read into the one model every later stage works on: text
 * with one paragraph per line (blank lines between paragraphs where the
 * format knows them), as a scrape gives it, so normalise → locate → split →
 * structure → markdown run unchanged on every format.
 */
export interface ReadDocument {
  format: SourceFormat;
  /** The character encoding of the bytes, where the format leaves it open (text, HTML); null otherwise. */
  encoding: Encoding | null;
  text: string;
  setAside: SetAside[];
  /** Structure the document states itself; empty for plain text, which states none. */
  stated: StatedBlock[];
  /** The name of the site the file came from, where the file itself states one (an HTML page's og:site_name); absent otherwise. */
  site?: string | null;
}

export interface Reader {
  format: SourceFormat;
  /** File-name endings, lower case with the dot, that announce this format. */
  extensions: readonly string[];
  /** What a file of this format must look like, for messages ("a PDF document"). */
  expected: string;
  /** True when the bytes are of this format (a magic number, markup), whatever the file's name. */
  sniff(bytes: Uint8Array): boolean;
  /** Throws IngestError, saying what was found and what was expected, when the bytes cannot be read. */
  read(bytes: Uint8Array): ReadDocument | Promise<ReadDocument>;
}
