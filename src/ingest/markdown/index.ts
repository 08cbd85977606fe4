import type { MarkdownFile, Speech } from '../types.ts';
import { toMarkdown } from './stringify.ts';
import { speechToMdast } from './to-mdast.ts';

/** Stage 5: a speech as a CommonMark file with YAML front matter, escaped by mdast-util-to-markdown. */
export function markdownFile(speech: Speech): MarkdownFile {
  return {
    slug: speech.slug,
    fileName: `${speech.slug}.md`,
    text: toMarkdown(speechToMdast(speech)),
  };
}
