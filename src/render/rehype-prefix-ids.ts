import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** Prepended to every id and to every same-page `#fragment` link. */
  prefix: string;
}

/**
 * Keeps ids unique where several speeches share one page (the print
 * edition): each speech numbers its own p1, s1, … from one.
 */
export default function rehypePrefixIds({ prefix }: Options) {
  return function transform(tree: Root): void {
    visit(tree, 'element', (node) => {
      const { id, href } = node.properties;
      if (typeof id === 'string') node.properties.id = prefix + id;
      if (typeof href === 'string' && href.startsWith('#'))
        node.properties.href = `#${prefix}${href.slice(1)}`;
    });
  };
}
