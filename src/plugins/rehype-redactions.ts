import type { Element, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * X, XX and xxx stand alone in the source where a name or figure was removed.
 * The capture group makes String#split keep them, at the odd indices.
 */
const redaction = /(?<![A-Za-z])(XX?|xxx)(?![A-Za-z])/;

export interface Options {
  /** What a screen reader says instead of the letters. */
  label?: string;
}

/**
 * Marks the source's redaction placeholders so they can be styled and
 * announced. The letters themselves stay in the text, unchanged: the
 * speeches are verbatim, and search and copying must still see them.
 */
export default function rehypeRedactions({ label = '原文隐去' }: Options = {}) {
  return function transform(tree: Root): void {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      const parts = node.value.split(redaction);
      if (parts.length === 1) return;
      const replacement = parts
        .map((part, i): Text | Element =>
          i % 2 === 1
            ? {
                type: 'element',
                tagName: 'span',
                properties: { className: ['redacted'], role: 'img', ariaLabel: label, title: label },
                children: [{ type: 'text', value: part }],
              }
            : { type: 'text', value: part },
        )
        .filter((node) => node.type === 'element' || node.value !== '');
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
