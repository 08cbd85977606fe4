import type { Script } from '../../i18n/scripts.ts';
import { fold, type Variants } from '../core/fold.ts';
import type { Block } from '../core/match.ts';
import type { FoldedCorpus } from './gram-index.ts';
import type { WitnessText } from '../../archive/edition.ts';

/**
 * What the gram index lists under each block's slot: the block's text folded
 * in each script, once where the scripts fold alike (both scripts fold to
 * the same text when the variant table is complete; indexing both foldings
 * where they differ keeps the index a superset for each script regardless),
 * and, for a paragraph, its witnesses' readings of it. Under the
 * paragraph's own slot a gram the reading text already has costs nothing
 * more, and the paragraph is a candidate for every phrase the witnesses
 * have, so the browser checks their readings with it.
 */
export function foldedCorpus(
  blocks: Readonly<Record<Script, readonly (readonly Block[])[]>>,
  readings: Readonly<Record<Script, readonly (readonly WitnessText[])[]>>,
  variants: Variants,
): FoldedCorpus {
  return blocks.hans.map((speech, i) =>
    speech.map((block, j) => {
      const texts = [
        block.text,
        blocks.hant[i]![j]!.text,
        ...[...readings.hans[i]!, ...readings.hant[i]!]
          .filter(({ id }) => id === block.id)
          .map(({ text }) => text),
      ];
      return [...new Set(texts.map((text) => fold(text, variants)))];
    }),
  );
}
