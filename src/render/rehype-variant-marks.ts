import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** The #p<K> paragraphs whose apparatus has readings. */
  paragraphs: ReadonlySet<number>;
  /** Where a paragraph's readings are listed: the id of its 校勘记 item. */
  target: (paragraph: number) => string;
  /** What the mark is called, for screen readers (第12段的异文). */
  label: (paragraph: number) => string;
  /** What it shows (异). */
  text: string;
}

/**
 * Puts a small mark at the end of each paragraph that has variant readings,
 * linking to them in the 校勘记 under the speech. The mark shows its text
 * from a data attribute through CSS, so the paragraph's own text (copied,
 * searched, compared with the Markdown) stays exactly the reading text.
 */
export default function rehypeVariantMarks({ paragraphs, target, label, text }: Options) {
  return function transform(tree: Root): void {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p' || typeof node.properties.id !== 'string') return;
      const paragraph = Number(/^p(\d+)$/u.exec(node.properties.id)?.[1]);
      if (!paragraphs.has(paragraph)) return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['variant-mark'],
          href: `#${target(paragraph)}`,
          ariaLabel: label(paragraph),
          dataLabel: text,
          // Printed after the mark (print.css), where the reader has no link to follow to 第12段.
          dataParagraph: String(paragraph),
        },
        children: [],
      });
    });
  };
}
