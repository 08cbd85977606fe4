import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Block } from '../core/match.ts';

/**
 * The searchable blocks of a rendered speech body, in reading order:
 * each paragraph under its own id (pK), each heading under the id of the
 * section it opens (sN, sN-M), since that is where a link to it should land.
 * Paragraph and heading numbers are drawn by CSS, so the text is the speech's.
 */
export function blocksFromHtml(html: string): Block[] {
  const blocks: Block[] = [];
  const walk = (nodes: (Root | RootContent)[], section: string | undefined) => {
    for (const node of nodes) {
      if (node.type !== 'element' && node.type !== 'root') continue;
      if (node.type === 'element' && node.tagName === 'p') {
        blocks.push({ id: idOf(node, 'a paragraph'), text: toString(node) });
      } else if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
        if (!section)
          throw new Error(`Heading "${toString(node)}" is not the first child of a <section id>`);
        blocks.push({ id: section, text: toString(node) });
      } else {
        walk(
          node.children,
          node.type === 'element' && node.tagName === 'section' ? idOf(node, 'a section') : section,
        );
      }
    }
  };
  walk([fromHtml(html, { fragment: true })], undefined);
  return blocks;
}

function idOf(element: Element, what: string): string {
  const id = element.properties.id;
  if (typeof id !== 'string' || id === '')
    throw new Error(`Expected ${what} with an id in the rendered speech`);
  return id;
}
