import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Attributes that people read or hear; ids and hrefs must stay as they are. */
const readableProperties = ['ariaLabel', 'title', 'alt'] as const;

export interface Options {
  /** For the text, which is the source's: from the speech's own script into the page's. */
  text: (text: string) => string;
  /** For the spoken labels (本节的链接, 原文隐去), which the render plugins write in Simplified: into the page's script. */
  labels: (text: string) => string;
}

/**
 * Puts a rendered speech into a page's script at build time (conversions
 * from src/i18n/to-traditional.ts). The text and the labels are converted
 * apart because they come from different places: a Traditional source keeps
 * its text on its Traditional page while its Simplified labels are
 * converted. Ids are left alone, so every anchor is the same in both scripts.
 */
export default function rehypeConvertScript({ text, labels }: Options) {
  return function transform(tree: Root): void {
    visit(tree, (node) => {
      if (node.type === 'text') node.value = text(node.value);
      if (node.type !== 'element') return;
      for (const key of readableProperties) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = labels(value);
      }
    });
  };
}
