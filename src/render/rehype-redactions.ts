import type { Element, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Where a name or figure was removed, sources write X, XX or xxx standing
 * alone, or a run of one to three * or × (*书记, **亿元, ××县). The capture
 * group makes String#split keep them, at the odd indices.
 */
const redaction = /((?<![A-Za-z])(?:XX?|xxx)(?![A-Za-z])|(?<!\*)\*{1,3}(?!\*)|(?<!×)×{1,3}(?!×))/;

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
                properties: {
                  className: ['redacted'],
                  role: 'img',
                  ariaLabel: label,
                  title: label,
                },
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
