import type { Encoding } from './decode.ts';
import type { PunctuationCounts } from './punctuation.ts';

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
  source: SourceRef;
  stats: SpeechStats;
}

export interface MarkdownFile {
  slug: string;
  fileName: string;
  text: string;
}

export interface PreviewReport {
  paragraphs: number;
  characters: number;
  text: string;
}

export interface SpeechReport extends SpeechStats {
  slug: string;
  title: string;
}

export interface SourceReport {
  name: string;
  sha256: string;
  bytes: number;
  encoding: Encoding;
  boilerplateRemoved: string[];
  compilationTitle: string;
  compilationTitleCopiesRemoved: number;
  preview: PreviewReport | null;
  punctuation: { total: number; byKind: PunctuationCounts };
  speeches: SpeechReport[];
}

export interface IngestReport {
  sources: SourceReport[];
}

export interface IngestResult {
  speeches: Speech[];
  markdown: MarkdownFile[];
  report: SourceReport;
}
