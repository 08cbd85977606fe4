import type { Root } from 'hast';
import { fill, type Ui } from '../i18n/ui.ts';
import rehypeVariantMarks from '../render/rehype-variant-marks.ts';
import { transformTree } from '../render/transform-tree.ts';
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

/**
 * A copy of a speech body with the 异 mark on each paragraph that has
 * readings, linking to its 校勘记 item (`#v-p<K>`, Apparatus.astro). Only the
 * pages that show the 校勘记 carry the marks: search and downloads read the
 * body as rendered.
 */
export function withVariantMarks(tree: Root, variants: Variants, t: Ui): Root {
  return transformTree(tree, rehypeVariantMarks, {
    paragraphs: new Set(variants.variants.map((variant) => variant.paragraph)),
    target: (paragraph) => `v-p${paragraph}`,
    label: (n) => fill(t.variantMarkLabel, { n }),
    text: t.variantMark,
  });
}
