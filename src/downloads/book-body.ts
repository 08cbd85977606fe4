import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The links a page puts before each paragraph and after each heading: empty, and pointless in a book. */
const pageOnlyLinks = new Set(['pnum', 'hnum']);

/**
 * The speech body as the page renders it, minus what only a web page needs:
 * the margin links to paragraphs and sections.
 * Text, ids (#s2, #s2-3, #p12 and the heading slugs), bold leads and the
 * redaction marks stay exactly as they are. The shared tree is not changed.
 */
export function bookBody(body: Root): ElementContent[] {
  const tree = structuredClone(body);
  visit(tree, 'element', (node: Element, index, parent) => {
    const classes = node.properties.className;
    if (
      parent &&
      index !== undefined &&
      node.tagName === 'a' &&
      Array.isArray(classes) &&
      classes.some((name) => pageOnlyLinks.has(String(name)))
    ) {
      if (node.children.length > 0)
        throw new Error(
          `a.${classes.join('.')} holds text: expected the page's empty anchor links only`,
        );
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype');
}
