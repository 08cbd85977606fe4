import { chineseNumeral } from './numerals.ts';
import { sentenceEnds, splitFirstSentence } from './sentences.ts';
import type { ParagraphBlock } from '../types.ts';

export interface PointSplit {
  blocks: ParagraphBlock[];
  nextPoint: number;
}

/**
 * Splits a paragraph at numbered points (`一要…`, `二是…`). A point may start
 * the paragraph or follow a sentence end, and only the next expected numeral
 * is accepted, which rejects `统一要求` (not after a sentence end) and a
 * stray `二是` (out of sequence). Each point's first sentence becomes its lead.
 */
export function splitPoints(paragraph: string, nextPoint: number): PointSplit {
  let expected = nextPoint;
  const cuts: number[] = [];
  for (const at of [0, ...sentenceEnds(paragraph)]) {
    if (startsPoint(paragraph, at, expected)) {
      cuts.push(at);
      expected++;
    }
  }
  return { blocks: blocksBetween(paragraph, cuts), nextPoint: expected };
}

/** Enumerations past 九十九 do not occur in speeches; treat the text after them as prose. */
const LAST_NUMERAL = 99;

function startsPoint(text: string, at: number, numeral: number): boolean {
  if (numeral > LAST_NUMERAL) return false;
  const marker = chineseNumeral(numeral);
  return text.startsWith(`${marker}要`, at) || text.startsWith(`${marker}是`, at);
}

function blocksBetween(paragraph: string, cuts: readonly number[]): ParagraphBlock[] {
  const [firstCut = paragraph.length] = cuts;
  const blocks: ParagraphBlock[] = [];
  if (firstCut > 0)
    blocks.push({ kind: 'paragraph', lead: null, text: paragraph.slice(0, firstCut) });
  cuts.forEach((start, i) => {
    const [lead, rest] = splitFirstSentence(
      paragraph.slice(start, cuts[i + 1] ?? paragraph.length),
    );
    blocks.push({ kind: 'paragraph', lead, text: rest });
  });
  return blocks;
}
