import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const STRINGIFY_OPTIONS = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  rule: '-',
} as const;

/**
 * Serialises through mdast-util-to-markdown, which escapes Markdown syntax
 * in the text and encodes the character after `**…。**` when CommonMark
 * would otherwise not close the strong span.
 */
export function toMarkdown(tree: Root): string {
  return unified()
    .use(remarkStringify, STRINGIFY_OPTIONS)
    .use(remarkFrontmatter, ['yaml'])
    .stringify(tree);
}
