import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * The speech model: a rendered speech body read once, in reading order, into
 * the blocks that everything after the page reads. The table of contents and
 * the speech cards take the outline, the search data takes the blocks, the
 * downloads take the blocks or the tree, so that none of them parses the
 * HTML again or reads it differently.
 */

export interface OutlineItem {
  /** The short anchor, e.g. "s2" or "s2-3". */
  id: string;
  /** 2 for a section, 3 for a numbered item inside it. */
  level: 2 | 3;
  text: string;
}

export type SpeechBlock =
  | {
      kind: 'heading';
      /** 2 for a section's heading (二、), 3 for a subsection's (（三）). */
      rank: 2 | 3;
      /** The short anchor of the section it opens (s2, s2-3): where a link to it lands. */
      id: string;
      text: string;
    }
  | {
      kind: 'paragraph';
      /** pK, counted through the speech. */
      id: string;
      text: string;
      /** The bold lead of a numbered point (一要…), when it has a short anchor. */
      lead: { id: string; text: string } | null;
    };

export interface SpeechBody {
  /** The body as rendered (rehype-slug, short anchors, redaction marks). Shared: clone it before changing it. */
  tree: Root;
  blocks: SpeechBlock[];
  outline: OutlineItem[];
  /** The first sentence after the salutation (paragraph p2), with its closing punctuation. */
  opening: string;
}

const shortAnchor = /^s\d+(?:-\d+)?$/u;

/**
 * Reads a rendered body. It holds paragraphs, and sections that open with
 * their heading (rehype-short-anchors); anything else means the rendering
 * changed, so it is refused rather than read past.
 */
export function readSpeechBody(tree: Root): SpeechBody {
  const blocks: SpeechBlock[] = [];
  const walk = (nodes: readonly RootContent[], section: string | null) => {
    for (const node of nodes) {
      if (node.type === 'text' && node.value.trim() === '') continue;
      if (node.type === 'comment' || node.type === 'doctype') continue;
      if (node.type !== 'element') {
        throw new Error(
          `text ${JSON.stringify(toString(node))} outside a block: expected paragraphs and sections only`,
        );
      }
      if (node.tagName === 'section') walk(node.children, idOf(node, 'a section'));
      else if (node.tagName === 'p') blocks.push(paragraph(node));
      else if (node.tagName === 'h2' || node.tagName === 'h3') {
        if (section === null || !shortAnchor.test(section)) {
          throw new Error(`heading "${toString(node)}" is not inside a <section id="sN">`);
        }
        blocks.push({
          kind: 'heading',
          rank: node.tagName === 'h2' ? 2 : 3,
          id: section,
          text: toString(node),
        });
      } else throw new Error(`<${node.tagName}> in a speech body: expected p, h2, h3 or section`);
    }
  };
  walk(tree.children, null);
  return { tree, blocks, outline: outlineOf(blocks), opening: openingOf(blocks) };
}

function paragraph(node: Element): SpeechBlock {
  const lead = node.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'strong',
  );
  const leadId = lead?.properties.id;
  return {
    kind: 'paragraph',
    id: idOf(node, 'a paragraph'),
    text: toString(node),
    lead:
      lead && typeof leadId === 'string' && shortAnchor.test(leadId)
        ? { id: leadId, text: toString(lead) }
        : null,
  };
}

function idOf(element: Element, what: string): string {
  const id = element.properties.id;
  if (typeof id !== 'string' || id === '')
    throw new Error(`Expected ${what} with an id in the rendered speech`);
  return id;
}

/** Sections and subsections by their headings, numbered points by their leads: the anchors rehype-short-anchors made. */
function outlineOf(blocks: readonly SpeechBlock[]): OutlineItem[] {
  return blocks.flatMap((block): OutlineItem[] => {
    if (block.kind === 'heading')
      return [{ id: block.id, level: block.id.includes('-') ? 3 : 2, text: block.text.trim() }];
    return block.lead ? [{ id: block.lead.id, level: 3, text: block.lead.text.trim() }] : [];
  });
}

function openingOf(blocks: readonly SpeechBlock[]): string {
  const second = blocks.find((block) => block.kind === 'paragraph' && block.id === 'p2');
  if (!second) return '';
  const text = second.text.trim();
  return /^.*?[。！？](?:[”’])?/su.exec(text)?.[0] ?? text;
}
