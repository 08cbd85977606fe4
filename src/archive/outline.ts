import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface OutlineItem {
  /** The short anchor, e.g. "s2" or "s2-3". */
  id: string;
  /** 2 for a section, 3 for a numbered item inside it. */
  level: 2 | 3;
  text: string;
}

const shortAnchor = /^s\d+(?:-\d+)?$/;

/**
 * Reads the numbered outline back from rendered speech HTML, so that the
 * table of contents links to exactly the anchors rehype-short-anchors made.
 */
export function outlineFromHtml(html: string): OutlineItem[] {
  const items: OutlineItem[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    const id = node.properties.id;
    if (typeof id !== 'string' || !shortAnchor.test(id)) return;
    const heading = node.tagName === 'section' ? node.children.find(isHeading) : node;
    if (!heading) return;
    items.push({ id, level: id.includes('-') ? 3 : 2, text: toString(heading).trim() });
  });
  return items;
}

function isHeading(node: unknown): node is Element {
  const element = node as Element;
  return element.type === 'element' && /^h[2-6]$/.test(element.tagName);
}

/**
 * The opening line of a speech: the first sentence after the salutation
 * (paragraph p2), up to and including its closing punctuation.
 */
export function openingFromHtml(html: string): string {
  let opening = '';
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (opening || node.tagName !== 'p' || node.properties.id !== 'p2') return;
    const text = toString(node).trim();
    opening = /^.*?[。！？](?:[”’])?/s.exec(text)?.[0] ?? text;
  });
  return opening;
}
