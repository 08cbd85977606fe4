import type { PhrasingContent, Root, RootContent, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { toMarkdown } from '../../ingest/markdown/stringify.ts';
import type { DownloadFormat } from '../format.ts';
import type { TitleBlock } from './txt.ts';

/** Front-matter fields that people read; the rest (slug, source, sha256, counts) are identifiers. */
const readableFields = ['title', 'subtitle', 'salutation'] as const;

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown);
}

/**
 * A generated speech file in another script: every text node and the
 * readable front-matter fields go through `convert` (the same conversion the
 * pages use), and the tree is written back by ingest's own serialiser, so
 * markup, escapes and the encoded character after `**…。**` are as ingest
 * would have written them for this text.
 */
export function convertMarkdown(markdown: string, convert: (text: string) => string): string {
  const tree = parse(markdown);
  visit(tree, (node) => {
    if (node.type === 'text') node.value = convert(node.value);
    if (node.type === 'yaml') convertFrontMatter(node, convert);
  });
  return toMarkdown(tree);
}

function convertFrontMatter(node: Yaml, convert: (text: string) => string): void {
  const data = parseYaml(node.value) as Record<string, unknown>;
  for (const field of readableFields) {
    const value = data[field];
    if (typeof value === 'string') data[field] = convert(value);
  }
  node.value = stringifyYaml(data, { lineWidth: 0 }).trimEnd();
}

/**
 * Several speeches in one Markdown file: each under its title as a level-1
 * heading (its sections stay `##`, their items `###`), its subtitle lines
 * and any partial-text note as paragraphs, then its body exactly as its own
 * file has it. Built as one mdast tree, so titles are escaped like the text.
 */
export function compilationMarkdown(
  speeches: readonly (TitleBlock & { markdown: string })[],
): string {
  const children: RootContent[] = speeches.flatMap((speech) => {
    const head: RootContent[] = [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: speech.title }] },
    ];
    if (speech.subtitle) head.push({ type: 'paragraph', children: lines(speech.subtitle) });
    if (speech.note)
      head.push({ type: 'paragraph', children: [{ type: 'text', value: speech.note }] });
    return [...head, ...parse(speech.markdown).children.filter((node) => node.type !== 'yaml')];
  });
  return toMarkdown({ type: 'root', children });
}

/** Lines joined by hard breaks, as a subtitle shows them. */
function lines(text: string): PhrasingContent[] {
  return text.split('\n').flatMap((line, i): PhrasingContent[] => {
    const value: PhrasingContent = { type: 'text', value: line };
    return i === 0 ? [value] : [{ type: 'break' }, value];
  });
}

const encoder = new TextEncoder();

/** A speech's own generated file; a compilation's speeches as `compilationMarkdown` joins them. */
export const markdownFormat: DownloadFormat = {
  extension: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  label: 'downloadMarkdown',
  build: ({ kind, speeches, markdown }) =>
    encoder.encode(
      kind === 'speech'
        ? markdown[0]!
        : compilationMarkdown(
            speeches.map((speech, i) => ({
              title: speech.title,
              subtitle: speech.subtitle,
              note: speech.partialNote,
              markdown: markdown[i]!,
            })),
          ),
    ),
};
