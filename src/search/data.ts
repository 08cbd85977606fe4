import type { Script } from '../site/script/scripts.ts';
import { type Block, type PreparedBlock, prepare } from './match.ts';
import { variantMap, type Variants } from './normalise.ts';

export interface SpeechEntry {
  slug: string;
  title: string;
  /** The speech page. */
  href: string;
  /** Its search data: `{ blocks: Block[] }`. */
  data: string;
}

/** The strings the search shows, in the page's script; {q}, {n}, {s} are filled in. */
export interface SearchStrings {
  prompt: string;
  rules: string;
  foundOne: string;
  foundAll: string;
  places: string;
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

/** search-data/manifest.json, one per script. */
export interface Manifest {
  script: Script;
  /** Scan every speech when there are fewer than this; otherwise ask Pagefind for candidates. */
  scanAllBelow: number;
  variants: string;
  searchPage: string;
  speeches: SpeechEntry[];
  ui: SearchStrings;
}

export interface Corpus {
  manifest: Manifest;
  /** The variant table as served, for spelling queries in the index's script. */
  classes: string;
  variants: Variants;
  /** Whether every speech is scanned (a small corpus) rather than Pagefind's candidates. */
  scansAll: boolean;
  /** A speech's blocks, folded once and kept. */
  blocks(entry: SpeechEntry): Promise<PreparedBlock[]>;
}

const corpora = new Map<string, Promise<Corpus>>();

/**
 * Loads the manifest and variants once per page; with a small corpus, starts
 * fetching every speech too. A failed fetch is forgotten, so the next
 * keystroke tries again.
 */
export function loadCorpus(manifestUrl: string): Promise<Corpus> {
  return once(corpora, manifestUrl, () => open(manifestUrl));
}

/** Fetches the variant table alone: the target-page highlight needs nothing else. */
export async function loadVariants(url: string): Promise<Variants> {
  return variantMap((await json<{ classes: string }>(url)).classes);
}

async function open(manifestUrl: string): Promise<Corpus> {
  const manifest = await json<Manifest>(manifestUrl);
  const texts = new Map<string, Promise<Block[]>>();
  const fetchBlocks = (entry: SpeechEntry) =>
    once(texts, entry.slug, async () => (await json<{ blocks: Block[] }>(entry.data)).blocks);
  const scansAll = manifest.speeches.length < manifest.scanAllBelow;
  // Fetched alongside the variants; a failure surfaces when a search awaits the speech.
  if (scansAll) for (const entry of manifest.speeches) fetchBlocks(entry).catch(() => {});
  const { classes } = await json<{ classes: string }>(manifest.variants);
  const variants = variantMap(classes);
  const prepared = new Map<string, Promise<PreparedBlock[]>>();
  return {
    manifest,
    classes,
    variants,
    scansAll,
    blocks: (entry) => once(prepared, entry.slug, async () => prepare(await fetchBlocks(entry), variants)),
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
