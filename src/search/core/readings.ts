import { type Variants, normalise } from './fold.ts';
import { type Hit, occurrences, type PreparedBlock, type Range } from './match.ts';

/**
 * A paragraph as some witnesses read it (search-data/text's `readings`, see
 * format.ts): its text and where their readings stand in it.
 */
export interface WitnessReading {
  /** The paragraph of the reading text: pK. */
  id: string;
  text: string;
  /** [start, end) in `text` of where each reading differs from the reading text; empty (an omission) where the lemma was. */
  spans: Range[];
  witnesses: string[];
}

export interface PreparedReading extends WitnessReading, PreparedBlock {}

export function prepareReadings(
  readings: readonly WitnessReading[],
  variants: Variants,
): PreparedReading[] {
  return readings.map((reading) => ({ ...reading, folded: normalise(reading.text, variants) }));
}

/** The hits in the witnesses' readings of a block (none for a block they do not read). */
export type ReadingMatcher = (block: PreparedBlock, terms: readonly string[]) => Hit[];

/**
 * A chunk's readings, folded once and kept by paragraph. The browser loads
 * this module only for a chunk that has readings, so an archive without any
 * fetches none of it.
 */
export function readingMatcher(
  readings: readonly WitnessReading[],
  variants: Variants,
): ReadingMatcher {
  const byParagraph = new Map<string, PreparedReading[]>();
  for (const reading of prepareReadings(readings, variants))
    byParagraph.set(reading.id, [...(byParagraph.get(reading.id) ?? []), reading]);
  return (block, terms) => readingHits(block, byParagraph.get(block.id) ?? [], terms);
}

/**
 * Whether a match takes in a reading: overlaps its span, or, for an empty
 * span (an omission), holds characters on both sides of it. A match
 * that does neither lies in text the witness shares with the reading text,
 * where the reading text's own hit already stands.
 */
export function touches([start, end]: Range, [from, to]: Range): boolean {
  return from === to ? start < from && end > from : start < to && end > from;
}

/**
 * The hits in the witnesses' readings of `block` that the reading text does
 * not have. One term: each occurrence that takes in a reading (occurrences
 * may overlap one of the reading text's, so they are sought from every
 * position, then kept apart). Several terms: the witnesses' paragraph when it
 * holds them all and the reading text's does not.
 */
export function readingHits(
  block: PreparedBlock,
  readings: readonly PreparedReading[],
  terms: readonly string[],
): Hit[] {
  if (terms.length === 0) return [];
  if (terms.length === 1) {
    const [term] = terms as [string];
    return readings.flatMap((reading) =>
      variantOccurrences(reading, term).map((range) => ({
        block: reading,
        ranges: [range],
        focus: [range],
        witnesses: reading.witnesses,
      })),
    );
  }
  if (terms.every((term) => occurrences(block.folded, term).length > 0)) return [];
  return readings.flatMap((reading) => {
    const found = terms.map((term) => occurrences(reading.folded, term));
    if (!found.every((ranges) => ranges.length > 0)) return [];
    return [
      {
        block: reading,
        ranges: found.flat().sort((a, b) => a[0] - b[0] || b[1] - a[1]),
        focus: found.map((ranges) => ranges[0]!).sort((a, b) => a[0] - b[0]),
        witnesses: reading.witnesses,
      },
    ];
  });
}

/** Non-overlapping occurrences of `term` in a reading that take in one of its spans, in order. */
function variantOccurrences(reading: PreparedReading, term: string): Range[] {
  const { text, start, end } = reading.folded;
  const ranges: Range[] = [];
  if (term === '') return ranges;
  let after = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const range: Range = [start[at]!, end[at + term.length - 1]!];
    if (range[0] < after || !reading.spans.some((span) => touches(range, span))) continue;
    ranges.push(range);
    after = range[1];
  }
  return ranges;
}
