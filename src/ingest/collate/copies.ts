/**
 * Which speeches, across all files, are copies of one speech. Pairs to
 * judge come from two places, so that 1,000 files need not be compared
 * all against all: speeches whose titles agree past 稿/的/punctuation
 * (previews and copies under one title), and speeches whose MinHash
 * signatures share a band (copies under another title, which must be
 * nearly identical to count). Each pair is then judged on its exact
 * shingle sets (similarity.ts); copies of copies are one speech.
 */
import { sameSpeech, shingles, textSimilarity, titleKey, titlesAgree } from './similarity.ts';

export interface Candidate {
  title: string;
  text: string;
  /** Index of its file in archive order: two speeches of one file are never copies of each other. */
  file: number;
}

export interface PairDecision {
  a: number;
  b: number;
  titles: boolean;
  jaccard: number;
  containment: number;
  same: boolean;
}

export interface Copies {
  /** Groups of candidate indices, each in archive order, ordered by their first member. */
  groups: number[][];
  pairs: PairDecision[];
}

const BANDS = 10;
const ROWS = 6;

export function findCopies(candidates: readonly Candidate[]): Copies {
  const sets = candidates.map((candidate) => shingles(candidate.text));
  const keys = new Set<string>();
  const pairs: [number, number][] = [];
  const consider = (a: number, b: number): void => {
    const [x, y] = a < b ? [a, b] : [b, a];
    if (candidates[x]!.file === candidates[y]!.file) return;
    const key = `${x} ${y}`;
    if (keys.has(key)) return;
    keys.add(key);
    pairs.push([x, y]);
  };
  for (const bucket of buckets(candidates.map((candidate) => titleKey(candidate.title))))
    for (let i = 0; i < bucket.length; i++)
      for (let j = i + 1; j < bucket.length; j++) consider(bucket[i]!, bucket[j]!);
  const signatures = sets.map(minHash);
  for (let band = 0; band < BANDS; band++)
    for (const bucket of buckets(
      signatures.map((signature) => signature.slice(band * ROWS, (band + 1) * ROWS).join(',')),
    ))
      for (let i = 0; i < bucket.length; i++)
        for (let j = i + 1; j < bucket.length; j++) consider(bucket[i]!, bucket[j]!);

  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const parent = candidates.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const decisions = pairs.map(([a, b]) => {
    const titles = titlesAgree(candidates[a]!.title, candidates[b]!.title);
    const text = textSimilarity(sets[a]!, sets[b]!);
    const same = sameSpeech(titles, text);
    if (same) parent[Math.max(root(a), root(b))] = Math.min(root(a), root(b));
    return { a, b, titles, ...text, same };
  });
  const groups = new Map<number, number[]>();
  candidates.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  return { groups: [...groups.values()], pairs: decisions };
}

function buckets(keys: readonly string[]): number[][] {
  const byKey = new Map<string, number[]>();
  keys.forEach((key, i) => byKey.set(key, [...(byKey.get(key) ?? []), i]));
  return [...byKey.values()].filter((bucket) => bucket.length > 1);
}

/** BANDS × ROWS minima of seeded FNV-1a hashes over the shingles. */
function minHash(set: ReadonlySet<string>): number[] {
  const signature = new Array<number>(BANDS * ROWS).fill(0xffffffff);
  for (const gram of set) {
    let h = 0x811c9dc5;
    for (let i = 0; i < gram.length; i++) h = Math.imul(h ^ gram.charCodeAt(i), 0x01000193) >>> 0;
    for (let s = 0; s < signature.length; s++) {
      const value = Math.imul(h ^ Math.imul(s + 1, 0x9e3779b1), 0x85ebca6b) >>> 0;
      const mixed = (value ^ (value >>> 13)) >>> 0;
      if (mixed < signature[s]!) signature[s] = mixed;
    }
  }
  return signature;
}
