/**
 * Which speeches, across all files, are copies of one speech. Pairs to
 * judge come from two places, so that 10,000 speeches need not be compared
 * all against all: speeches whose titles agree past 稿/的/punctuation
 * (previews and copies under one title), and speeches whose MinHash
 * signatures share a band (copies under another title, which must be
 * nearly identical to count). Each pair is then judged on its exact
 * shingle sets (similarity.ts); copies of copies are one speech.
 */
import {
  sameSpeech,
  shingles,
  type Shingles,
  textSimilarity,
  titleKey,
  titlesAgree,
  numbersDiffer,
} from './similarity.ts';

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
  /** The titles differ in a number: never one speech. */
  numbersDiffer: boolean;
  jaccard: number;
  containment: number;
  same: boolean;
}

export interface Copies {
  /** Groups of candidate indices, each in archive order, ordered by their first member. */
  groups: number[][];
  pairs: PairDecision[];
}

/**
 * The bands serve the one rule that needs them, Jaccard ≥ 0.9 under any
 * title: two such texts share a band with probability 1 − (1 − 0.9¹⁰)¹⁶ ≈
 * 0.999. Speeches of one genre built from common stock paragraphs share
 * bands too (J ≈ 0.6 does with probability 0.1), so a pair a band brings
 * is judged only when its titles agree or its signatures agree in at least
 * ESTIMATE of their bins: the share of agreeing bins estimates J with a
 * standard deviation under 0.04, so a pair at 0.9 passes with six of them
 * to spare, and the pairs judged grow with the copies in the archive, not
 * with its square.
 */
const BANDS = 16;
const ROWS = 10;
const ESTIMATE = 0.75;

export function findCopies(candidates: readonly Candidate[]): Copies {
  const sets = candidates.map((candidate) => shingles(candidate.text));
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  const consider = (a: number, b: number, judge: (x: number, y: number) => boolean): void => {
    const [x, y] = a < b ? [a, b] : [b, a];
    if (candidates[x]!.file === candidates[y]!.file) return;
    const key = `${x} ${y}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (judge(x, y)) pairs.push([x, y]);
  };
  for (const bucket of buckets(candidates.map((candidate) => titleKey(candidate.title))))
    for (let i = 0; i < bucket.length; i++)
      for (let j = i + 1; j < bucket.length; j++) consider(bucket[i]!, bucket[j]!, () => true);
  const signatures = sets.map(minHash);
  const worthJudging = (x: number, y: number): boolean =>
    estimatedJaccard(signatures[x]!, signatures[y]!) >= ESTIMATE ||
    titlesAgree(candidates[x]!.title, candidates[y]!.title);
  for (let band = 0; band < BANDS; band++)
    for (const bucket of buckets(signatures.map((signature) => bandKey(signature, band))))
      for (let i = 0; i < bucket.length; i++)
        for (let j = i + 1; j < bucket.length; j++) consider(bucket[i]!, bucket[j]!, worthJudging);

  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const parent = candidates.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const decisions = pairs.map(([a, b]) => {
    const [x, y] = [candidates[a]!.title, candidates[b]!.title];
    const titles = { agree: titlesAgree(x, y), numbersDiffer: numbersDiffer(x, y) };
    const text = textSimilarity(sets[a]!, sets[b]!);
    const same = sameSpeech(titles, text);
    if (same) parent[Math.max(root(a), root(b))] = Math.min(root(a), root(b));
    return { a, b, titles: titles.agree, numbersDiffer: titles.numbersDiffer, ...text, same };
  });
  const groups = new Map<number, number[]>();
  candidates.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  return { groups: [...groups.values()], pairs: decisions };
}

/** Indices that share a key, in groups of two or more; a null key joins no group. */
function buckets(keys: readonly (string | null)[]): number[][] {
  const byKey = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (key === null) return;
    const bucket = byKey.get(key);
    if (bucket) bucket.push(i);
    else byKey.set(key, [i]);
  });
  return [...byKey.values()].filter((bucket) => bucket.length > 1);
}

/**
 * One-permutation MinHash: each shingle hash falls in one of BANDS × ROWS
 * bins by its low bits, and a bin keeps its smallest hash. Two texts' bins
 * agree with probability about their Jaccard similarity, as k separate
 * MinHashes would, at one hash per shingle instead of k. A text too short
 * to fill every bin leaves some empty (NaN); a band with an empty bin joins
 * no bucket, since such texts are found by their titles or not at all.
 */
function minHash(set: Shingles): Float64Array {
  const signature = new Float64Array(BANDS * ROWS).fill(Number.NaN);
  for (const hash of set) {
    const bin = hash % signature.length;
    if (!(hash >= signature[bin]!)) signature[bin] = hash;
  }
  return signature;
}

function bandKey(signature: Float64Array, band: number): string | null {
  const rows = signature.subarray(band * ROWS, (band + 1) * ROWS);
  return rows.some(Number.isNaN) ? null : rows.join(',');
}

/** The share of bins, filled in either, whose minima agree: one-permutation MinHash's estimate of Jaccard. */
function estimatedJaccard(a: Float64Array, b: Float64Array): number {
  let filled = 0;
  let agree = 0;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]!) && Number.isNaN(b[i]!)) continue;
    filled++;
    if (a[i] === b[i]) agree++;
  }
  return filled === 0 ? 0 : agree / filled;
}
