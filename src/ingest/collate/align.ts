/**
 * A multiple alignment of witnesses, character by character. Each column
 * holds at most one character per witness (null: the witness has none
 * there). Witnesses join one by one, each aligned against the alignment
 * built so far (its columns read by their commonest character), so a third
 * copy that shares the second's addition lines up with it instead of with
 * the first copy alone.
 */
import { diff } from './diff.ts';

export type Column = (number | null)[];

export interface Alignment {
  witnesses: number;
  columns: Column[];
}

export function align(texts: readonly (readonly number[])[]): Alignment {
  let columns: Column[] = (texts[0] ?? []).map((char) => [char]);
  for (let w = 1; w < texts.length; w++) {
    const text = texts[w]!;
    const profile = columns.map(commonest);
    const next: Column[] = [];
    for (const edit of diff(profile, text)) {
      if (edit.op === 'keep') next.push([...columns[edit.a]!, text[edit.b]!]);
      else if (edit.op === 'delete') next.push([...columns[edit.a]!, null]);
      else next.push([...Array<null>(w).fill(null), text[edit.b]!]);
    }
    columns = next;
  }
  return { witnesses: texts.length, columns };
}

/** The character most witnesses have in a column; the earliest such on a tie. */
function commonest(column: Column): number {
  const counts = new Map<number, number>();
  let best = -1;
  let bestCount = 0;
  for (const char of column) {
    if (char === null) continue;
    const count = (counts.get(char) ?? 0) + 1;
    counts.set(char, count);
    if (count > bestCount) {
      best = char;
      bestCount = count;
    }
  }
  return best;
}
