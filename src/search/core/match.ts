import { type Normalised, normalise, type Variants } from './fold.ts';

/** A searchable block of a speech: a paragraph (pK), a heading (its section's id) or the title (''). */
export interface Block {
  id: string;
  text: string;
}

export interface PreparedBlock extends Block {
  folded: Normalised;
}

/** A half-open range [start, end) in a block's original text. */
export type Range = readonly [number, number];

export interface Hit {
  block: PreparedBlock;
  /** Every occurrence of every term in the block's original text, in order: what to mark. */
  ranges: Range[];
  /** What the excerpt centres on: the occurrence, or the first occurrence of each term. */
  focus: Range[];
  /** Found in these witnesses' reading of the block, not in the reading text (src/search/core/readings.ts). */
  witnesses?: readonly string[];
}

export function prepare(blocks: readonly Block[], variants: Variants): PreparedBlock[] {
  return blocks.map((block) => ({ ...block, folded: normalise(block.text, variants) }));
}

/** Non-overlapping occurrences of a folded term, as ranges in the original text. */
export function occurrences(folded: Normalised, term: string): Range[] {
  const ranges: Range[] = [];
  if (term === '') return ranges;
  for (
    let at = folded.text.indexOf(term);
    at !== -1;
    at = folded.text.indexOf(term, at + term.length)
  ) {
    ranges.push([folded.start[at]!, folded.end[at + term.length - 1]!]);
  }
  return ranges;
}

/**
 * Exact matching of folded terms. One term: one hit per occurrence, in
 * reading order. Several terms: one hit per block that holds all of them,
 * marking every occurrence of each.
 */
export function findHits(blocks: readonly PreparedBlock[], terms: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  if (terms.length === 0) return hits;
  for (const block of blocks) {
    const found = terms.map((term) => occurrences(block.folded, term));
    if (terms.length === 1) {
      for (const range of found[0]!) hits.push({ block, ranges: [range], focus: [range] });
    } else if (found.every((ranges) => ranges.length > 0)) {
      hits.push({
        block,
        ranges: found.flat().sort(byStart),
        focus: found.map((ranges) => ranges[0]!).sort(byStart),
      });
    }
  }
  return hits;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Keyword in context: `radius` characters either side of each focus range,
 * windows that touch merged, every range inside a window marked (clipped to
 * it), and "…" where the block goes on.
 */
export function excerpt(
  text: string,
  focus: readonly Range[],
  marks: readonly Range[],
  radius = 18,
): Segment[] {
  const windows: [number, number][] = [];
  for (const [start, end] of focus) {
    const from = snap(text, Math.max(0, start - radius));
    const to = snap(text, Math.min(text.length, end + radius));
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const segments: Segment[] = [];
  const add = (value: string, mark: boolean) => {
    if (value === '') return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += value;
    else segments.push({ text: value, mark });
  };
  windows.forEach(([from, to], i) => {
    if (from > 0 || i > 0) add('…', false);
    let at = from;
    for (const [start, end] of marks) {
      const markFrom = Math.max(start, at);
      const markTo = Math.min(end, to);
      if (markFrom >= markTo) continue;
      add(text.slice(at, markFrom), false);
      add(text.slice(markFrom, markTo), true);
      at = markTo;
    }
    add(text.slice(at, to), false);
  });
  if ((windows.at(-1)?.[1] ?? text.length) < text.length) add('…', false);
  return segments;
}

function byStart(a: Range, b: Range): number {
  return a[0] - b[0] || b[1] - a[1];
}

/** Moves an index off the second half of a surrogate pair. */
function snap(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}
