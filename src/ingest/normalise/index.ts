import type { ChangeLog } from './changes.ts';
import { decodeEntities } from './entities.ts';
import { removePageNumbers } from './furniture.ts';
import { unifyIdeographs } from './ideographs.ts';
import { removeNoise } from './noise.ts';
import { removeRunningHeads } from './running-heads.ts';
import { unifySpaces } from './spaces.ts';
import { findWatermarks, removeWatermarks } from './watermark.ts';

export { ChangeLog, type Change, type ChangeKind } from './changes.ts';

type Rule = (text: string, log: ChangeLog) => string;

/**
 * Page furniture: watermarks before page numbers, whose digits an address
 * may hold; and again while either finds more, since a viewer may print a
 * page number inside a watermark's line (or one watermark inside another);
 * running heads last, once the page numbers beside them are gone.
 * The watermarks are found once, while all their copies are there.
 */
const MAX_FURNITURE_PASSES = 3;

function removeFurniture(text: string, log: ChangeLog): string {
  const marks = findWatermarks(text);
  let current = text;
  for (let pass = 0; pass < MAX_FURNITURE_PASSES; pass++) {
    const next = removeRunningHeads(
      removePageNumbers(removeWatermarks(current, marks, log), log),
      log,
    );
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Stage 1: the scraped text as characters a reader would see, before any
 * structure is looked for. Order matters: references decode first (an
 * &nbsp; is a space, an &#x2F00; a radical), spaces unify before furniture
 * is matched.
 */
const RULES: readonly Rule[] = [
  decodeEntities,
  unifyIdeographs,
  unifySpaces,
  removeFurniture,
  removeNoise,
];

export function normalise(text: string, log: ChangeLog): string {
  return RULES.reduce((current, rule) => rule(current, log), text);
}
