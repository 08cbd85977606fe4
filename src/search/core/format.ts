import type { Script } from '../../i18n/scripts.ts';

/*
 * The search data as the build writes it and the browser reads it: every
 * file under search-data/ is one of these shapes (the gram shards' bytes are
 * src/search/core/postings.ts's).
 */

export interface SpeechEntry {
  slug: string;
  title: string;
  /** The speech page. */
  href: string;
}

/** search-data/text/<speech>-<part>.json: blocks [part × blocksPerChunk, …) of one speech, as [id, text]. */
export interface TextChunk extends SpeechEntry {
  blocks: [id: string, text: string][];
  /**
   * Only in a chunk of a collated speech whose paragraphs in it have
   * readings (src/search/build/witness-texts.ts): per paragraph, as some
   * witnesses read it, its id, their text in this script, [start, end) of
   * where each of their readings differs from the reading text (a reading
   * less what it shares with its lemma at either end; empty where nothing
   * is left, as for an omission: where the lemma was) and the witnesses. The gram index lists these texts under
   * their paragraph's slot, so the paragraph is a candidate for what they
   * hold; a hit in them must take in a reading (src/search/core/readings.ts).
   */
  readings?: [id: string, text: string, spans: [number, number][], witnesses: string[]][];
}

/** search-data/titles/<group>.json: [slug, title] of speeches [group × speechesPerTitleGroup, …). */
export interface TitleGroup {
  speeches: [slug: string, title: string][];
}

/** The strings the search shows, in the page's script; {q}, {n}, {s}, {c} are filled in. */
export interface SearchStrings {
  prompt: string;
  rules: string;
  foundOne: string;
  foundAll: string;
  checked: string;
  more: string;
  places: string;
  placesMore: string;
  paragraphs: string;
  none: string;
  noneAll: string;
  separately: string;
  parts: string;
  nowhere: string;
  viewAll: string;
  paragraph: string;
  heading: string;
  title: string;
}

/** search-data/manifest.json, one per script: small and independent of the archive's size. */
export interface Manifest {
  script: Script;
  searchPage: string;
  index: {
    speeches: number;
    /** Block slot = speech × slotsPerSpeech + block (the title is block 0). */
    slotsPerSpeech: number;
    blocksPerChunk: number;
    /** Candidate speeches the results page checks at a time. */
    speechesPerPage: number;
    /** Gram shards, a power of two: gram g lives in `${grams}${shardOf(g, shards)}.bin`. */
    shards: number;
    grams: string;
    /** Text chunks: `${text}${speech}-${part}.json`. */
    text: string;
    /** Titles: `${titles}${group}.json`. */
    titles: string;
    speechesPerTitleGroup: number;
    /** Where the speech pages are: `${pages}${slug}/`. */
    pages: string;
  };
  ui: SearchStrings;
  /** Only when some speech has witness readings, so that an archive without any pays nothing for them. */
  readings?: ReadingStrings;
}

/** How a hit in a witness's reading is marked: its label (异文) and its witnesses ({w}). */
export interface ReadingStrings {
  label: string;
  witnesses: string;
}
