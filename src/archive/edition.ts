import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Script } from '../i18n/scripts.ts';
import type { SpeechData } from '../schemas/speech.ts';
import type { Variants } from '../schemas/variants.ts';
import type { SpeechBody } from './speech-body.ts';

/*
 * What the per-speech half of the build takes and gives (src/editions/):
 * each raw file's speeches in both scripts, with their downloads and what
 * search needs from them. One compilation depends on no other, so it is
 * compiled in worker threads (edition-pool.ts) and kept by its inputs
 * (edition-cache.ts).
 */

/** One speech as the content layer gives it. */
export interface EditionSource {
  data: SpeechData;
  /** The body as rendered from the Markdown (Astro's pipeline), in the source's script. */
  html: string;
  /** The generated Markdown file, front matter included, as ingest wrote it. */
  markdown: string;
  /** Its apparatus, or null when one file alone holds it. */
  variants: Variants | null;
}

/** One raw file's speeches, in order. */
export interface CompilationJob {
  /** The compilation's slug (c/<slug>/), which names its downloads. */
  slug: string;
  speeches: EditionSource[];
  /** When this edition was built (ms since 1970): it dates the EPUB. */
  built: number;
}

export interface Speech extends SpeechData, SpeechBody {
  /** Rendered body (salutation, sections, closing, with short anchors), as the page prints it. */
  html: string;
  /** What the reader is told when the source holds only part of the speech. */
  partialNote: string | null;
  /** Reading time in minutes, at 400 characters a minute. */
  minutes: number;
}

/** What a speech reads like in one script; with its front matter, a Speech. */
export type ScriptText = Pick<
  Speech,
  'title' | 'subtitle' | 'salutation' | 'partialNote' | 'html' | 'blocks' | 'outline' | 'opening'
>;

export interface SpeechEdition {
  text: Record<Script, ScriptText>;
  /** Its witnesses' readings of its paragraphs in each script (none unless it was collated). */
  readings: Record<Script, WitnessText[]>;
}

/** A download as built: where it goes and what it is called. */
export interface BuiltDownload {
  extension: string;
  /** Without the script prefix: download/<speech>.<ext> or download/c/<compilation>.<ext>. */
  path: string;
  /** What the browser saves it as: the title and the extension. */
  fileName: string;
  bytes: Uint8Array;
}

export interface CompilationEdition {
  speeches: SpeechEdition[];
  downloads: Record<Script, { speeches: BuiltDownload[][]; compilation: BuiltDownload[] }>;
  /**
   * This compilation's share of the corpus's Simplified/Traditional
   * alignments: each differing pair of characters and how often it occurs
   * (src/search/build/variants.ts).
   */
  alignments: Map<string, number>;
  /** Every character its Simplified text uses but whitespace, once each, in order of first use. */
  characters: string;
}

/** A half-open range [start, end) of UTF-16 units. */
export type Span = [start: number, end: number];

/**
 * A paragraph as some witnesses read it where the reading text does not
 * follow them, so that search finds what only they have. `text` is the
 * witnesses' whole paragraph (the reading text with their readings put in),
 * or, where their readings cannot be placed in it, one reading alone.
 */
export interface WitnessText {
  /** The reading text's paragraph: pK. */
  id: string;
  /** In the script of the speech's source, as the readings are. */
  text: string;
  /**
   * Where their readings differ from the reading text in `text`: each
   * reading less what it shares with its lemma at either end (进一步 for 进一
   * differs by 步 alone); where nothing is left, as for an omission, the
   * empty span where the lemma's other characters were.
   */
  spans: Span[];
  /** site（file）, or the file where no site is named, as the 校勘记 names them. */
  witnesses: string[];
}

/** A comfortable pace for reading Chinese prose silently. */
const charactersPerMinute = 400;

/** Bodies already parsed where the speech was compiled (the edition pool's workers). */
const trees = new WeakMap<object, Root>();

/**
 * A speech from its front matter and its text in one script. Its `tree` is
 * the body parsed where it was compiled, or else parsed from `html` each
 * time a page asks for it (the print edition, the 异文 marks): kept, the
 * trees of 10,000 speeches in two scripts filled the build's 4 GB heap.
 * It is not an own enumerable property, so a speech posted to or from a
 * worker is its data alone.
 */
export function speechOf(data: SpeechData, text: ScriptText, tree?: Root): Speech {
  const speech = {
    ...data,
    ...text,
    minutes: Math.max(1, Math.round(data.characters / charactersPerMinute)),
  } as Speech;
  if (tree) trees.set(speech, tree);
  return Object.defineProperty(speech, 'tree', {
    enumerable: false,
    get: (): Root => trees.get(speech) ?? fromHtml(speech.html, { fragment: true }),
  });
}
