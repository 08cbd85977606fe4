import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { toTraditional } from '../i18n/to-traditional.ts';

/** Attributes that people read or hear; ids and hrefs must stay as they are. */
const readableProperties = ['ariaLabel', 'title', 'alt'] as const;

/**
 * Converts the text of a rendered speech to Traditional characters at build
 * time (OpenCC cn→tw plus the reviewed overrides). Ids are left alone, so
 * every anchor is the same in both scripts.
 */
export default function rehypeTraditional() {
  return function transform(tree: Root): void {
    visit(tree, (node) => {
      if (node.type === 'text') node.value = toTraditional(node.value);
      if (node.type !== 'element') return;
      for (const key of readableProperties) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = toTraditional(value);
      }
    });
  };
}
