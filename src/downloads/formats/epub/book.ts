import type { Root } from 'hast';
import type { OutlineItem } from '../../../archive/speech-body.ts';

/** One speech of a book: its rendered body and the outline read from it. */
export interface Chapter {
  /** File stem inside the book (the speech's slug), e.g. "speech-1". */
  id: string;
  title: string;
  /** Subtitle or dateline lines, as on the page. */
  subtitle?: string | undefined;
  /** The page's note on a speech published from part of its text. */
  note?: string | null | undefined;
  /** The speech body as the page renders it (already in the book's script). */
  body: Root;
  outline: readonly OutlineItem[];
  /** The 校勘记 of a speech collated from several files; none for a speech one file holds. */
  notes?: ChapterNotes | null | undefined;
}

/** A collated speech's apparatus as notes, in the book's script. */
export interface ChapterNotes {
  /** The notes' heading (校勘记). */
  heading: string;
  /** Which files the text was collated from, and by what rule. */
  intro: string;
  /** What each note reference shows (异). */
  mark: string;
  /** One note per #p<K> paragraph with other readings, in reading order. */
  items: readonly ParagraphNote[];
}

export interface ParagraphNote {
  /** The K of #p<K>. */
  paragraph: number;
  /** What the note calls its paragraph (第12段); it links back there. */
  label: string;
  /** The note reference's accessible name (第12段的异文). */
  markLabel: string;
  /** Every other reading of the paragraph, each with the files that have it. */
  readings: readonly string[];
}

/** Everything an EPUB needs, in the book's script. */
export interface Book {
  /** A URN that stays the same from build to build, e.g. "urn:uuid:…". */
  identifier: string;
  title: string;
  /** BCP 47: zh-Hans or zh-Hant. */
  lang: string;
  /** When this edition was built (dcterms:modified, dc:date). */
  modified: Date;
  publisher: string;
  /** What the text was rebuilt from: the raw file and its sha256. */
  source: string;
  /** How the text was made and what was changed, for dc:description. */
  description: string;
  /** The heading of the table of contents. */
  tocTitle: string;
  chapters: readonly Chapter[];
}
