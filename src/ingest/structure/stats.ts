import type { Block, SpeechBody, SpeechStats } from '../types.ts';

const WHITESPACE = /\s/u;

function countCharacters(text: string): number {
  return Array.from(text).filter((char) => !WHITESPACE.test(char)).length;
}

/** Every piece of text from salutation to closing, headings included, title excluded. */
export function speechTexts(body: SpeechBody): string[] {
  const blockTexts = body.blocks.flatMap((block) =>
    block.kind === 'paragraph' && block.lead !== null ? [block.lead, block.text] : [block.text],
  );
  return [body.salutation, ...blockTexts, body.closing].filter(
    (text): text is string => text !== null,
  );
}

export function speechStats(body: SpeechBody): SpeechStats {
  const paragraphs = body.blocks.filter((block) => block.kind === 'paragraph');
  return {
    paragraphs:
      paragraphs.length + (body.salutation === null ? 0 : 1) + (body.closing === null ? 0 : 1),
    characters: speechTexts(body).reduce((sum, text) => sum + countCharacters(text), 0),
    sections: countHeadings(body.blocks, 2),
    subsections: countHeadings(body.blocks, 3),
    points: paragraphs.filter((block) => block.lead !== null).length,
  };
}

function countHeadings(blocks: readonly Block[], depth: 2 | 3): number {
  return blocks.filter((block) => block.kind === 'heading' && block.depth === depth).length;
}
