import { shardOf } from '../core/grams.ts';
import { type PreparedBlock, prepare } from '../core/match.ts';
import { type ReadingMatcher, readingMatcher } from '../core/readings.ts';
import { variantMap, type Variants } from '../core/fold.ts';
import {
  decodePostings,
  elsewhere,
  type Entry,
  listFile,
  readShard,
  type Summary,
  summarise,
} from '../core/postings.ts';
import type { Manifest, SpeechEntry, TextChunk, TitleGroup } from '../core/format.ts';

export interface LoadedChunk {
  entry: SpeechEntry;
  /** The chunk's blocks, folded once and kept. */
  blocks: PreparedBlock[];
  /** The hits in its witnesses' readings of its paragraphs: only where its speech was collated. */
  readingHits?: ReadingMatcher;
}

export interface Corpus {
  manifest: Manifest;
  /** The variant table as served, for spelling queries in the index's script. */
  classes: string;
  variants: Variants;
  /**
   * What `gram`'s shard says of it: the summary of its list, and whether the
   * list is in the shard (else it is a file of its own, fetched only by
   * `postings`).
   */
  gram(gram: string): Promise<{ summary: Summary; inShard: boolean }>;
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
  const [manifest, { classes }] = await Promise.all([
    json<Manifest>(manifestUrl),
    json<{ classes: string }>(variantsUrl),
  ]);
  const variants = variantMap(classes);
  const { index } = manifest;
  const shards = new Map<string, Promise<Map<string, Entry>>>();
  const lists = new Map<string, Promise<number[]>>();
  const summaries = new Map<string, Promise<{ summary: Summary; inShard: boolean }>>();
  const chunks = new Map<string, Promise<LoadedChunk>>();
  const titles = new Map<string, Promise<TitleGroup>>();
  const shard = (file: string) =>
    once(shards, file, async () => {
      const response = await fetch(`${index.grams}${file}`);
      if (!response.ok) throw new Error(`${index.grams}${file}: HTTP ${response.status}`);
      return readShard(new Uint8Array(await response.arrayBuffer()));
    });
  const entry = async (gram: string) =>
    (await shard(`${shardOf(gram, index.shards)}.bin`)).get(gram);
  const postings = (gram: string) =>
    once(lists, gram, async () => {
      let found = await entry(gram);
      if (found?.kind === elsewhere) {
        found = (await shard(listFile(gram))).get(gram);
        if (!found || found.kind === elsewhere)
          throw new Error(`${index.grams}${listFile(gram)} does not hold the list of “${gram}”`);
      }
      return found ? decodePostings(found) : [];
    });
  return {
    manifest,
    classes,
    variants,
    gram: (gram) =>
      once(summaries, gram, async () => {
        const found = await entry(gram);
        return found?.kind === elsewhere
          ? { summary: found.summary, inShard: false }
          : { summary: summarise(await postings(gram), index.slotsPerSpeech), inShard: true };
      }),
    postings,
    chunk: (speech, part) =>
      once(chunks, `${speech}-${part}`, async () => {
        const { blocks, readings, ...entry } = await json<TextChunk>(
          `${index.text}${speech}-${part}.json`,
        );
        // Imported statically: loaded on demand, it put Vite's preload helper in the
        // search code's graph, and Firefox reported an error preloading it.
        const readingHits =
          readings &&
          readingMatcher(
            readings.map(([id, text, spans, witnesses]) => ({ id, text, spans, witnesses })),
            variants,
          );
        return {
          entry,
          blocks: prepare(
            blocks.map(([id, text]) => ({ id, text })),
            variants,
          ),
          ...(readingHits && { readingHits }),
        };
      }),
    speech: async (speech) => {
      const group = Math.floor(speech / index.speechesPerTitleGroup);
      const { speeches } = await once(titles, String(group), () =>
        json<TitleGroup>(`${index.titles}${group}.json`),
      );
      const found = speeches[speech % index.speechesPerTitleGroup];
      if (!found)
        throw new Error(
          `${index.titles}${group}.json has no speech ${speech}: the titles and the gram index disagree`,
        );
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
