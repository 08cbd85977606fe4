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

export function shingles(text: string): Set<string> {
  const chars = Array.from(text.replace(/\s/gu, ''));
  const set = new Set<string>();
  if (chars.length < SHINGLE) {
    if (chars.length > 0) set.add(chars.join(''));
    return set;
  }
  for (let i = 0; i + SHINGLE <= chars.length; i++) set.add(chars.slice(i, i + SHINGLE).join(''));
  return set;
}

export interface TextSimilarity {
  jaccard: number;
  containment: number;
}

export function textSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): TextSimilarity {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const gram of small) if (large.has(gram)) common++;
  const union = a.size + b.size - common;
  return {
    jaccard: union === 0 ? 1 : round(common / union),
    containment: small.size === 0 ? 0 : round(common / small.size),
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

/**
 * Titles agree when equal or nearly after titleKey, or when one holds the
 * other. Titles that differ in a number (第79项 / 第80项, 2020年 / 2021年)
 * name different speeches however close they are.
 */
export function titlesAgree(a: string, b: string): boolean {
  const x = titleKey(a);
  const y = titleKey(b);
  if ((x.match(NUMBERS) ?? []).join(' ') !== (y.match(NUMBERS) ?? []).join(' ')) return false;
  return (
    x.includes(y) ||
    y.includes(x) ||
    editDistance(x, y, THRESHOLDS.titleDistance) <= THRESHOLDS.titleDistance
  );
}

export function sameSpeech(titles: boolean, text: TextSimilarity): boolean {
  if (text.jaccard >= THRESHOLDS.sameText) return true;
  return (
    titles && (text.jaccard >= THRESHOLDS.similarText || text.containment >= THRESHOLDS.containment)
  );
}
