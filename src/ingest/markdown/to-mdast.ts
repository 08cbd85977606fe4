import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-frontmatter';
import { stringify as stringifyYaml } from 'yaml';
import type { Block, Speech } from '../types.ts';

/** Front matter keys in the order they are written, one per line. */
export function frontMatter(speech: Speech): Record<string, unknown> {
  return {
    title: speech.title,
    ...(speech.subtitle === null ? {} : { subtitle: speech.subtitle }),
    order: speech.order,
    slug: speech.slug,
    ...(speech.salutation === null ? {} : { salutation: speech.salutation }),
    source: speech.source.fileName,
    sha256: speech.source.sha256,
    paragraphs: speech.stats.paragraphs,
    characters: speech.stats.characters,
    ...(speech.partial === null ? {} : { partial: speech.partial }),
    // Simplified is what the site's data is written in; a Traditional source says so.
    ...(speech.script.script === 'hant' ? { sourceScript: 'hant' } : {}),
  };
}

/** The speech as an mdast tree; the title lives in front matter, so the body has no h1. */
export function speechToMdast(speech: Speech): Root {
  const yaml = stringifyYaml(frontMatter(speech), { lineWidth: 0 }).trimEnd();
  const children: RootContent[] = [
    { type: 'yaml', value: yaml },
    ...optionalParagraph(speech.salutation),
    ...speech.blocks.map(blockToMdast),
    ...optionalParagraph(speech.closing),
  ];
  return { type: 'root', children };
}

function blockToMdast(block: Block): RootContent {
  if (block.kind === 'heading') {
    return { type: 'heading', depth: block.depth, children: [{ type: 'text', value: block.text }] };
  }
  const children: PhrasingContent[] = [];
  if (block.lead !== null)
    children.push({ type: 'strong', children: [{ type: 'text', value: block.lead }] });
  if (block.text !== '') children.push({ type: 'text', value: block.text });
  return { type: 'paragraph', children };
}

function optionalParagraph(text: string | null): Paragraph[] {
  return text === null ? [] : [{ type: 'paragraph', children: [{ type: 'text', value: text }] }];
}
