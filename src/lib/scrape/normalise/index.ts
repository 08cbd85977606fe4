import type { ChangeLog } from './changes.ts';
import { decodeEntities } from './entities.ts';
import { removePageNumbers } from './furniture.ts';
import { unifyIdeographs } from './ideographs.ts';
import { removeNoise } from './noise.ts';
import { unifySpaces } from './spaces.ts';
import { removeWatermarks } from './watermark.ts';

export { ChangeLog, type Change, type ChangeKind } from './changes.ts';

/**
 * Stage 1: the scraped text as characters a reader would see, before any
 * structure is looked for. Order matters: references decode first (an
 * &nbsp; is a space, an &#x2F00; a radical), spaces unify before furniture
 * is matched, and watermarks go before page numbers, whose digits they may hold.
 */
const RULES: readonly ((text: string, log: ChangeLog) => string)[] = [
  decodeEntities,
  unifyIdeographs,
  unifySpaces,
  removeWatermarks,
  removePageNumbers,
  removeNoise,
];

export function normalise(text: string, log: ChangeLog): string {
  return RULES.reduce((current, rule) => rule(current, log), text);
}
