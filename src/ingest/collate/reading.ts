/**
 * The reading text of aligned witnesses. Where witnesses differ, the
 * reading most of them have wins; on a tie, the earliest witness's (the
 * witnesses come in archive order). A truncated witness votes only up to
 * its last character: the tail it lacks is not an omission. Every
 * character chosen is some witness's character in that column, so nothing
 * is invented and the columns keep every witness's order.
 */
import { align } from './align.ts';

export interface Witness {
  /** The speech's pieces of text in order (salutation, leads, paragraphs, headings, closing). */
  segments: readonly string[];
  /** Holds only the start of the speech. */
  truncated: boolean;
}

/** A place where witnesses differ, inside one segment of the base. */
export interface VariantPlace {
  segment: number;
  /** The reading text there ('' when the reading text has nothing). */
  lemma: string;
  /** Every other reading and the witnesses (by index) that have it. */
  readings: { text: string; witnesses: number[] }[];
}

export interface Collation {
  /** The base's segments with the reading text in place of each. */
  segments: string[];
  places: VariantPlace[];
}

export function readingText(witnesses: readonly Witness[], base: number): Collation {
  const texts = witnesses.map((witness) => codePoints(witness.segments.join('')));
  const { columns } = align(texts);
  const lastColumn = witnesses.map((_, w) => {
    let last = -1;
    columns.forEach((column, c) => {
      if (column[w] !== null) last = c;
    });
    return last;
  });
  const covers = (w: number, c: number): boolean => !witnesses[w]!.truncated || c <= lastColumn[w]!;

  // The base segment each column belongs to: the base's own characters say;
  // a column the base lacks goes with the base character before it.
  const baseSegmentOf: number[] = [];
  witnesses[base]!.segments.forEach((segment, s) => {
    for (const _ of codePoints(segment)) baseSegmentOf.push(s);
  });
  let baseSeen = 0;
  let owner = baseSegmentOf[0] ?? 0;
  const owners = columns.map((column) => {
    if (column[base] !== null) owner = baseSegmentOf[baseSeen++]!;
    return owner;
  });

  const out = witnesses[base]!.segments.map(() => '');
  const places: VariantPlace[] = [];
  let c = 0;
  while (c < columns.length) {
    const voters = voting(witnesses.length, c, covers);
    if (agrees(columns[c]!, voters)) {
      out[owners[c]!] += String.fromCodePoint(columns[c]![voters[0]!]!);
      c++;
      continue;
    }
    let end = c + 1;
    while (
      end < columns.length &&
      owners[end] === owners[c] &&
      !agrees(columns[end]!, voting(witnesses.length, end, covers)) &&
      sameVoters(voting(witnesses.length, end, covers), voters)
    )
      end++;
    const place = choose(columns.slice(c, end), voters);
    out[owners[c]!] += place.lemma;
    if (place.readings.length > 0) places.push({ segment: owners[c]!, ...place });
    c = end;
  }
  return { segments: out, places };
}

function voting(witnesses: number, c: number, covers: (w: number, c: number) => boolean): number[] {
  const voters: number[] = [];
  for (let w = 0; w < witnesses; w++) if (covers(w, c)) voters.push(w);
  return voters;
}

function sameVoters(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function agrees(column: readonly (number | null)[], voters: readonly number[]): boolean {
  const first = column[voters[0]!];
  return first !== null && voters.every((w) => column[w] === first);
}

function choose(
  columns: readonly (number | null)[][],
  voters: readonly number[],
): { lemma: string; readings: { text: string; witnesses: number[] }[] } {
  const groups = new Map<string, number[]>();
  for (const w of voters) {
    const text = columns
      .map((column) => (column[w] === null ? '' : String.fromCodePoint(column[w]!)))
      .join('');
    groups.set(text, [...(groups.get(text) ?? []), w]);
  }
  // Map order is first-seen order, and voters come in archive order: a tie goes to the earliest.
  let lemma = '';
  let most = 0;
  for (const [text, members] of groups)
    if (members.length > most) {
      lemma = text;
      most = members.length;
    }
  const readings = [...groups]
    .filter(([text]) => text !== lemma)
    .map(([text, members]) => ({ text, witnesses: members }));
  return { lemma, readings };
}

export function codePoints(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0)!);
}
