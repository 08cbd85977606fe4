/**
 * The character n-grams the exact search indexes, shared by the build (which
 * writes a posting list per gram) and the browser (which picks a query's grams
 * and finds the shard that holds each).
 *
 * A block is listed under every substring of one to three UTF-16 units of its
 * folded text. Every occurrence of a folded query term in a block contains
 * each of the term's own substrings, so the block is in the list of every gram
 * taken from the term, and in the intersection of any selection of them: the
 * candidates are a superset of the hits by construction, whatever the words.
 * Terms of one to three units are grams themselves, so their lists are exact.
 */

/** The longest gram indexed. */
export const longestGram = 3;

/** Trigrams intersected for a longer term: enough to be selective, few enough to keep the shards fetched small. */
const gramsPerTerm = 4;

/**
 * The grams to intersect for a folded term: the term itself when it is short
 * enough, otherwise trigrams spread evenly from its start to its end.
 */
export function termGrams(term: string): string[] {
  if (term.length <= longestGram) return [term];
  const last = term.length - longestGram;
  const count = Math.min(gramsPerTerm, last + 1);
  const starts = new Set(
    Array.from({ length: count }, (_, i) => Math.round((i * last) / (count - 1))),
  );
  return [...starts].map((start) => term.slice(start, start + longestGram));
}

/** FNV-1a over the UTF-16 units of `text.slice(start, start + length)`: which shard a gram lives in. */
export function gramHash(text: string, start = 0, length = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard of a gram, for a power-of-two number of shards. */
export function shardOf(gram: string, shards: number): number {
  return gramHash(gram) & (shards - 1);
}
