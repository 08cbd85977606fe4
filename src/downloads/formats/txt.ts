import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { bookBody } from '../book-body.ts';

/** What a plain-text or Markdown copy starts with: the page's title block. */
export interface TitleBlock {
  title: string;
  subtitle?: string | undefined;
  note?: string | null | undefined;
}

/**
 * A speech as plain UTF-8 text, from the HTML the page renders, so every
 * character is the page's: the title as `# …`, its subtitle lines, then
 * one block a line with a blank line between, headings marked `##`/`###`
 * as in the Markdown, bold leads and redaction marks as their bare text.
 */
export function speechText(speech: TitleBlock & { html: string }): string {
  const lines = [`# ${speech.title}`];
  if (speech.subtitle) lines.push(speech.subtitle);
  if (speech.note) lines.push(speech.note);
  for (const block of blocks(bookBody(speech.html))) lines.push(block);
  return `${lines.join('\n\n')}\n`;
}

/** Several speeches in one file, each as `speechText` writes it. */
export function compilationText(speeches: readonly (TitleBlock & { html: string })[]): string {
  return speeches.map(speechText).join('\n');
}

function blocks(nodes: readonly ElementContent[]): string[] {
  return nodes.flatMap((node): string[] => {
    if (node.type !== 'element') {
      if (node.type === 'text' && node.value.trim() !== '')
        throw new Error(
          `text ${JSON.stringify(node.value)} outside a block: expected paragraphs, headings and sections only`,
        );
      return [];
    }
    if (node.tagName === 'section' || node.tagName === 'div') return blocks(node.children);
    const rank = headingRank(node);
    const text = toString(node);
    if (rank) return [`${'#'.repeat(rank)} ${text}`];
    if (node.tagName === 'p') return [text];
    throw new Error(`<${node.tagName}> in a speech body: expected p, h2–h6 or section`);
  });
}

function headingRank(node: Element): number | null {
  const match = /^h([1-6])$/u.exec(node.tagName);
  return match ? Number(match[1]) : null;
}
