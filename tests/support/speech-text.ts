import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

const speechesDir = new URL('../../content/speeches/', import.meta.url);

export interface SpeechText {
  slug: string;
  title: string;
  /** The raw file the speech came from: its compilation. */
  source: string;
  /** Paragraph texts in order: what #p1 … #pN must hold. */
  paragraphs: string[];
  /** Headings in order, with their depth. */
  headings: { depth: number; text: string }[];
  /** The short anchors the page must have, in order, derived from the Markdown alone. */
  shortAnchors: string[];
}

/**
 * The generated Markdown read back with plain remark: an independent view of
 * what every page, printout and search result must show.
 */
export function readSpeeches(): SpeechText[] {
  return readdirSync(speechesDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const tree = unified()
        .use(remarkParse)
        .use(remarkFrontmatter)
        .parse(readFileSync(join(speechesDir.pathname, name), 'utf8')) as Root;
      const yaml = tree.children.find((node) => node.type === 'yaml');
      const data = parseYaml(yaml?.type === 'yaml' ? yaml.value : '') as {
        slug: string;
        title: string;
        order: number;
        source: string;
      };
      return {
        order: data.order,
        slug: data.slug,
        title: data.title,
        source: data.source,
        paragraphs: tree.children
          .filter((node): node is Paragraph => node.type === 'paragraph')
          .map((node) => toString(node)),
        headings: tree.children
          .filter((node): node is Heading => node.type === 'heading')
          .map((node) => ({ depth: node.depth, text: toString(node) })),
        shortAnchors: shortAnchors(tree.children),
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...speech }) => speech);
}

/** Text with all whitespace removed, for comparing across layouts. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * sN for each h2; sN-M for the M-th h3 in it, or, in a section without h3s,
 * for the M-th paragraph that opens with a bold 一要/三是 lead.
 */
function shortAnchors(blocks: RootContent[]): string[] {
  const anchors: string[] = [];
  let section = 0;
  let item = 0;
  for (const block of blocks) {
    if (block.type === 'heading' && block.depth === 2) {
      section += 1;
      item = 0;
      anchors.push(`s${section}`);
    } else if (block.type === 'heading' && block.depth === 3) {
      anchors.push(`s${section}-${++item}`);
    } else if (
      block.type === 'paragraph' &&
      block.children[0]?.type === 'strong' &&
      /^[一二三四五六七八九十]+[要是]/.test(toString(block.children[0]))
    ) {
      anchors.push(`s${section}-${++item}`);
    }
  }
  return anchors;
}
