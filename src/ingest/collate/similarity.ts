/**
 * How alike two speeches are, by their text and their titles. Text is
 * compared as sets of character 5-grams (Chinese has no spaces to split
 * words on): Jaccard for two whole copies, containment for a preview that
 * holds only the start of the speech.
 */

export const SHINGLE = 5;

/** The thresholds a pair is judged by (report.json's collation section repeats them). */
export const THRESHOLDS = {
  /** Shingle Jaccard above which two texts are one speech whatever their titles. */
  sameText: 0.9,
  /** With agreeing titles: Jaccard, or containment of the smaller in the larger. */
  similarText: 0.5,
  containment: 0.9,
  /** Edit distance of normalised titles still counted as agreeing. */
  titleDistance: 2,
} as const;

/**
 * A text's distinct 5-grams, each as a 53-bit hash (two FNV-1a hashes of its
 * UTF-16 units), sorted: an archive of 10,000 speeches holds some 30 million
 * 5-grams, too many to keep as strings, and sorted numbers intersect in one
 * merge. Two different 5-grams share a hash with a chance of about 2⁻⁵³, so
 * between two speeches of a few thousand 5-grams a false match is expected
 * about once in 10⁹ pairs: the similarities are exact in practice.
 */
export type Shingles = Float64Array;

export function shingles(text: string): Shingles {
  const chars = Array.from(text.replace(/\s/gu, ''));
  if (chars.length < SHINGLE)
    return chars.length > 0 ? Float64Array.of(gramHash(chars)) : new Float64Array();
  // Each 5-gram hashed where it lies, not sliced and joined into a string of its own first:
  // the strings of 10,000 speeches' 5-grams were most of what collation cost.
  const hashes = new Float64Array(chars.length - SHINGLE + 1);
  for (let i = 0; i < hashes.length; i++) hashes[i] = gramHash(chars, i, SHINGLE);
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++)
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i]!;
  return hashes.slice(0, distinct);
}

/**
 * The hash of the characters [start, start + length) as one string: 32 bits
 * of one hash and 21 of a second, independent one (FNV-1a and a
 * multiply-xor with another prime over its UTF-16 units, each finished by
 * MurmurHash3's mixer): exact as a double.
 */
function gramHash(chars: readonly string[], start = 0, length = chars.length): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let k = start; k < start + length; k++) {
    const char = chars[k]!;
    // A character outside the BMP is two UTF-16 units, hashed in order as in the joined string.
    for (let i = 0; i < char.length; i++) {
      const unit = char.charCodeAt(i);
      a = Math.imul(a ^ unit, 0x01000193);
      b = Math.imul(b ^ unit, 0x5bd1e995);
    }
  }
  return mix(a) * 2 ** 21 + (mix(b) >>> 11);
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface TextSimilarity {
  jaccard: number;
  containment: number;
}

export function textSimilarity(a: Shingles, b: Shingles): TextSimilarity {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const small = Math.min(a.length, b.length);
  const union = a.length + b.length - common;
  return {
    jaccard: union === 0 ? 1 : round(common / union),
    containment: small === 0 ? 0 : round(common / small),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A title past the marks copies differ in: 稿, 的, spaces and punctuation. */
export function titleKey(title: string): string {
  return title.replace(/[稿的\s\p{P}\p{S}]/gu, '');
}

/** Levenshtein distance of code points, stopping once it passes `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[y.length]!;
}

const NUMBERS = /[0-9０-９零〇一二三四五六七八九十百千万]+/gu;

const numbers = (title: string): string => (titleKey(title).match(NUMBERS) ?? []).join(' ');

/**
 * Titles that both carry numbers, and different ones (第79项 / 第80项,
 * 2020年 / 2021年), name different speeches however alike their texts: a
 * year's report reuses much of the last one's. A title without a number
 * may be a copy's, retitled.
 */
export function numbersDiffer(a: string, b: string): boolean {
  const [x, y] = [numbers(a), numbers(b)];
  return x !== '' && y !== '' && x !== y;
}

/** Titles agree when equal or nearly after titleKey, or when one holds the other, with the same numbers. */
export function titlesAgree(a: string, b: string): boolean {
  const x = titleKey(a);
  const y = titleKey(b);
  if (numbers(a) !== numbers(b)) return false;
  return (
    x.includes(y) ||
    y.includes(x) ||
    editDistance(x, y, THRESHOLDS.titleDistance) <= THRESHOLDS.titleDistance
  );
}

export function sameSpeech(
  titles: { agree: boolean; numbersDiffer: boolean },
  text: TextSimilarity,
): boolean {
  if (titles.numbersDiffer) return false;
  if (text.jaccard >= THRESHOLDS.sameText) return true;
  return (
    titles.agree &&
    (text.jaccard >= THRESHOLDS.similarText || text.containment >= THRESHOLDS.containment)
  );
}
