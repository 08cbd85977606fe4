import type { Variants } from '../schemas/variants.ts';

/** The readings grouped by the paragraph they stand in, in reading order. */
export function variantsByParagraph(
  variants: Variants,
): { paragraph: number; readings: Variants['variants'] }[] {
  const groups = new Map<number, Variants['variants']>();
  for (const variant of variants.variants) {
    groups.set(variant.paragraph, [...(groups.get(variant.paragraph) ?? []), variant]);
  }
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(([paragraph, readings]) => ({ paragraph, readings }));
}
