import { foldChar } from '../core/fold.ts';

type Pair = readonly [hans: string, hant: string];

/**
 * The Simplified/Traditional variant table for the corpus, as served to the
 * browser: each pair of texts is the same text in both scripts, aligned
 * character by character (the converter preserves length). Pairs that differ
 * are unioned into classes; each class is written Simplified form first, then
 * the Traditional forms, the site's own (most frequent in `pairs`) first,
 * then those only `alsoPairs` (other conventions) use; classes are
 * separated by spaces.
 * A character that never occurs in the corpus cannot match anyway, so it
 * needs no entry.
 */
export function variantClasses(pairs: Iterable<Pair>, alsoPairs: Iterable<Pair> = []): string {
  const parent = new Map<string, string>();
  const find = (char: string): string => {
    let root = char;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(char, root);
    return root;
  };
  const simplified = new Set<string>();
  const frequency = new Map<string, number>();

  const align = ([hans, hant]: Pair, weight: number) => {
    const a = [...hans].map(foldChar);
    const b = [...hant].map(foldChar);
    if (a.length !== b.length)
      throw new Error(`Cannot align "${hans.slice(0, 20)}…": the scripts differ in length`);
    a.forEach((left, i) => {
      const right = b[i]!;
      if (left === right || [...left].length !== 1 || [...right].length !== 1) return;
      simplified.add(left);
      frequency.set(right, (frequency.get(right) ?? 0) + weight);
      const [rootA, rootB] = [find(left), find(right)];
      if (rootA !== rootB) parent.set(rootB, rootA);
    });
  };
  for (const pair of pairs) align(pair, 1);
  for (const pair of alsoPairs) align(pair, 0);

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
