import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** One block of a speech as a reader sees it: a paragraph, or a heading with its rank. */
export interface Block {
  /** 0 for a paragraph, 2–6 for a heading. */
  rank: number;
  text: string;
}

const blockTags = /^(?:p|h[1-6])$/u;

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

/** The first element with `className`, or an error naming what was expected. */
export function findByClass(tree: Root | Element, className: string, where: string): Element {
  let found: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (!found && hasClass(node, className)) found = node;
  });
  if (!found) throw new Error(`${where}: expected an element with class "${className}"`);
  return found;
}

/** Every .<className> element, in document order. */
export function allByClass(tree: Root | Element, className: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (hasClass(node, className)) found.push(node);
  });
  return found;
}

/** The paragraphs and headings inside a speech body, in order, as text. */
export function bodyBlocks(body: Element): Block[] {
  const blocks: Block[] = [];
  visit(body, 'element', (node: Element) => {
    if (!blockTags.test(node.tagName)) return;
    blocks.push({
      rank: node.tagName === 'p' ? 0 : Number(node.tagName.slice(1)),
      text: toString(node),
    });
  });
  return blocks;
}

/** Parses an HTML page or an XHTML content document (the HTML parser reads both alike). */
export function parseMarkup(text: string): Root {
  return fromHtml(text);
}
