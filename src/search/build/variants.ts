import { foldChar } from '../core/fold.ts';

type Pair = readonly [hans: string, hant: string];

/**
 * Where two scripts' texts differ, character by character: for each aligned
 * pair of single folded characters that differ (Simplified, then
 * Traditional, joined by a NUL), how often the corpus has it. A pair only
 * `alsoPairs` give is counted 0 times but still relates its characters.
 * Counts add up, so each part of the corpus is counted on its own (in a
 * worker) and the parts are merged.
 */
export type Alignments = Map<string, number>;

const separator = '\u0000';

/** Adds `pairs` (the same text in both scripts; conversion preserves length) to `into`, each aligned position `weight` times. */
export function countAlignments(
  pairs: Iterable<Pair>,
  weight: number,
  into: Alignments = new Map(),
): Alignments {
  for (const [hans, hant] of pairs) {
    const a = [...hans].map(foldChar);
    const b = [...hant].map(foldChar);
    if (a.length !== b.length)
      throw new Error(`Cannot align "${hans.slice(0, 20)}…": the scripts differ in length`);
    a.forEach((left, i) => {
      const right = b[i]!;
      if (left === right || [...left].length !== 1 || [...right].length !== 1) return;
      const key = `${left}${separator}${right}`;
      into.set(key, (into.get(key) ?? 0) + weight);
    });
  }
  return into;
}

/** Adds the counts of `from` to `into`. */
export function mergeAlignments(into: Alignments, from: Iterable<[string, number]>): Alignments {
  for (const [key, count] of from) into.set(key, (into.get(key) ?? 0) + count);
  return into;
}

/**
 * The Simplified/Traditional variant table for the corpus, as served to the
 * browser: the differing pairs are unioned into classes; each class is
 * written Simplified form first, then the Traditional forms, the site's own
 * (most frequent in the corpus) first, then those only other conventions
 * use; classes are separated by spaces. A character that never occurs in
 * the corpus cannot match anyway, so it needs no entry.
 */
export function variantClassesOf(alignments: Alignments): string {
  const parent = new Map<string, string>();
  const find = (char: string): string => {
    let root = char;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(char, root);
    return root;
  };
  const simplified = new Set<string>();
  const frequency = new Map<string, number>();
  for (const [key, count] of alignments) {
    const [left, right] = key.split(separator) as [string, string];
    simplified.add(left);
    frequency.set(right, (frequency.get(right) ?? 0) + count);
    const [rootA, rootB] = [find(left), find(right)];
    if (rootA !== rootB) parent.set(rootB, rootA);
  }

  const classes = new Map<string, string[]>();
  for (const char of parent.keys()) {
    const root = find(char);
    classes.set(root, [...(classes.get(root) ?? []), char]);
  }
  const rank = (char: string) =>
    simplified.has(char) ? Number.MAX_SAFE_INTEGER : (frequency.get(char) ?? 0);
  return [...classes.values()]
    .map((members) => members.sort((x, y) => rank(y) - rank(x) || (x < y ? -1 : 1)).join(''))
    .sort()
    .join(' ');
}

/**
 * The variant table of `pairs` (each the same text in both scripts, aligned
 * character by character: the converter preserves length), with `alsoPairs`
 * (other conventions) relating characters without counting toward which
 * Traditional form is the site's own.
 */
export function variantClasses(pairs: Iterable<Pair>, alsoPairs: Iterable<Pair> = []): string {
  return variantClassesOf(countAlignments(alsoPairs, 0, countAlignments(pairs, 1)));
}
