import type { CrossCheck } from './cross-check.ts';
import type { Encoding } from './decode.ts';
import type { SourceFormat } from './read/document.ts';
import type { Change } from './normalise/changes.ts';
import type { PartialText, RemovedCopy } from './split/index.ts';
import type { PunctuationCounts } from './structure/punctuation.ts';
import type { ScriptReading } from './script.ts';

export type { Change, ChangeKind, ChangeItem } from './normalise/changes.ts';
export type { PartialText, RemovedCopy } from './split/index.ts';
export type { CrossCheck, Disagreement, StructureRole } from './cross-check.ts';
export type { ScriptReading, SourceScript } from './script.ts';

/** A level-2 section heading (`一、…`) or level-3 subsection heading (`（一）…`). */
export interface HeadingBlock {
  kind: 'heading';
  depth: 2 | 3;
  text: string;
}

/** A body paragraph; `lead` is the bold first sentence of a numbered point. */
export interface ParagraphBlock {
  kind: 'paragraph';
  lead: string | null;
  text: string;
}

export type Block = HeadingBlock | ParagraphBlock;

/** The structured body of one speech, between its title and the next. */
export interface SpeechBody {
  salutation: string | null;
  blocks: Block[];
  closing: string | null;
}

export interface SpeechStats {
  paragraphs: number;
  characters: number;
  sections: number;
  subsections: number;
  points: number;
}

export interface SourceRef {
  fileName: string;
  sha256: string;
}

export interface Speech extends SpeechBody {
  order: number;
  slug: string;
  title: string;
  /** Subtitle or dateline lines under the title (——在…上的讲话), one per line. */
  subtitle: string | null;
  source: SourceRef;
  /** Set when the source holds only part of the speech (published with --allow-partial). */
  partial: PartialText | null;
  /** The script the source writes it in: its Markdown keeps those characters, and the other script's pages are converted from them. */
  script: ScriptReading;
  stats: SpeechStats;
}

export interface MarkdownFile {
  slug: string;
  fileName: string;
  text: string;
}

export interface SpeechReport extends SpeechStats {
  slug: string;
  title: string;
  partial: PartialText | null;
  script: ScriptReading;
}

export interface SourceReport {
  name: string;
  sha256: string;
  bytes: number;
  format: SourceFormat;
  /** The character encoding, for formats that leave it open (text, HTML). */
  encoding: Encoding | null;
  /** The site's name, where the file states one (read/document.ts); the apparatus names its witnesses by it. */
  site: string | null;
  /** The page's title when it names a compilation of speeches. */
  compilationTitle: string | null;
  /** Normalisations and removals inside the text, by kind, each with what was changed. */
  changes: Change[];
  /** Every paragraph outside the speeches (the site's wrapper), in page order. */
  wrapperRemoved: string[];
  /** Copies of a speech dropped in favour of its complete copy: previews and repeats. */
  copiesRemoved: RemovedCopy[];
  punctuation: { total: number; byKind: PunctuationCounts };
  speeches: SpeechReport[];
  /** Headings and bold leads the document's own markup states, checked against the text rules; null for plain text. */
  statedStructure: CrossCheck | null;
}

/** A speech found in more than one source file: its reading text is kept on the structure of `keptFrom`, `droppedFrom` is a witness collated into it. */
export interface DuplicateSpeech {
  title: string;
  keptFrom: string;
  droppedFrom: string;
}

/** A raw file left out of the archive (ingest --skip-refused), and why. */
export interface RefusedSource {
  name: string;
  reason: string;
}

/** One pair of speeches judged as copies or not (collate/copies.ts). */
export interface CollationPair {
  a: { file: string; title: string };
  b: { file: string; title: string };
  titlesAgree: boolean;
  /** The titles differ in a number (第79项 / 第80项, 2020年 / 2021年): two speeches, however alike. */
  numbersDiffer: boolean;
  jaccard: number;
  containment: number;
  same: boolean;
}

/** A speech with more than one witness: its files and how many readings differ from its reading text. */
export interface CollatedSpeechReport {
  slug: string;
  title: string;
  witnesses: string[];
  variants: number;
}

export interface CollationReport {
  thresholds: { sameText: number; similarText: number; containment: number; titleDistance: number };
  pairs: CollationPair[];
  speeches: CollatedSpeechReport[];
}

export interface IngestReport {
  sources: SourceReport[];
  duplicates: DuplicateSpeech[];
  refused: RefusedSource[];
  collation: CollationReport;
}

/** One source file, ingested: its speeches (numbered within the file) and what was done to it. */
export interface IngestResult {
  speeches: Speech[];
  markdown: MarkdownFile[];
  report: SourceReport;
}
