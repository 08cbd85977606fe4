import type { Script } from '../site/script/scripts.ts';
import { shardOf } from './grams.ts';
import { type PreparedBlock, prepare } from './match.ts';
import { variantMap, type Variants } from './normalise.ts';
import { decodePostings, type Encoded, readShard } from './postings.ts';

export interface SpeechEntry {
  slug: string;
  title: string;
  /** The speech page. */
  href: string;
}

/** search-data/text/<speech>-<part>.json: blocks [part × blocksPerChunk, …) of one speech, as [id, text]. */
export interface TextChunk extends SpeechEntry {
  blocks: [id: string, text: string][];
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
}

export interface LoadedChunk {
  entry: SpeechEntry;
  /** The chunk's blocks, folded once and kept. */
  blocks: PreparedBlock[];
}

export interface Corpus {
  manifest: Manifest;
  /** The variant table as served, for spelling queries in the index's script. */
  classes: string;
  variants: Variants;
  /** The slots of the blocks whose folded text contains `gram` (one to three UTF-16 units), ascending. */
  postings(gram: string): Promise<readonly number[]>;
  chunk(speech: number, part: number): Promise<LoadedChunk>;
  /** A speech's slug, title and page, without its text. */
  speech(speech: number): Promise<SpeechEntry>;
}

const corpora = new Map<string, Promise<Corpus>>();

/**
 * Loads the manifest and variants once per page; shards and text chunks are
 * fetched as queries need them and kept. A failed fetch is forgotten, so the
 * next keystroke tries again. What is cached changes how fast an answer
 * comes, never what it is: every answer is computed from whole posting lists
 * and whole chunks.
 */
export function loadCorpus(manifestUrl: string, variantsUrl: string): Promise<Corpus> {
  return once(corpora, manifestUrl, () => open(manifestUrl, variantsUrl));
}

/** Fetches the variant table alone: the target-page highlight needs nothing else. */
export async function loadVariants(url: string): Promise<Variants> {
  return variantMap((await json<{ classes: string }>(url)).classes);
}

/** The manifest and the variant table, fetched side by side: both come before the first query's grams. */
async function open(manifestUrl: string, variantsUrl: string): Promise<Corpus> {
  const [manifest, { classes }] = await Promise.all([json<Manifest>(manifestUrl), json<{ classes: string }>(variantsUrl)]);
  const variants = variantMap(classes);
  const { index } = manifest;
  const shards = new Map<string, Promise<Map<string, Encoded>>>();
  const lists = new Map<string, Promise<number[]>>();
  const chunks = new Map<string, Promise<LoadedChunk>>();
  const titles = new Map<string, Promise<TitleGroup>>();
  const shard = (number: number) =>
    once(shards, String(number), async () => {
      const response = await fetch(`${index.grams}${number}.bin`);
      if (!response.ok) throw new Error(`${index.grams}${number}.bin: HTTP ${response.status}`);
      return readShard(new Uint8Array(await response.arrayBuffer()));
    });
  return {
    manifest,
    classes,
    variants,
    postings: (gram) =>
      once(lists, gram, async () => {
        const encoded = (await shard(shardOf(gram, index.shards))).get(gram);
        return encoded ? decodePostings(encoded) : [];
      }),
    chunk: (speech, part) =>
      once(chunks, `${speech}-${part}`, async () => {
        const { blocks, ...entry } = await json<TextChunk>(`${index.text}${speech}-${part}.json`);
        return { entry, blocks: prepare(blocks.map(([id, text]) => ({ id, text })), variants) };
      }),
    speech: async (speech) => {
      const group = Math.floor(speech / index.speechesPerTitleGroup);
      const { speeches } = await once(titles, String(group), () => json<TitleGroup>(`${index.titles}${group}.json`));
      const found = speeches[speech % index.speechesPerTitleGroup];
      if (!found) throw new Error(`${index.titles}${group}.json has no speech ${speech}: the titles and the gram index disagree`);
      const [slug, title] = found;
      return { slug, title, href: `${index.pages}${slug}/` };
    },
  };
}

/** The cached promise for `key`, started by `start` unless one is pending or done; dropped if it fails. */
function once<T>(cache: Map<string, Promise<T>>, key: string, start: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (!promise) {
    promise = start();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
