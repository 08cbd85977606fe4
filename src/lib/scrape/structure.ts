import { splitPoints } from './points.ts';
import { splitFirstSentence } from './sentences.ts';
import type { Block, SpeechBody } from './types.ts';

const SHORT_LINE = 20;
const SALUTATION = /[:：]$/u;
const CLOSING = /^谢谢/u;
/** `一、提高站位，统一思想`: numeral + 、 + a short phrase that is not a sentence. */
const SECTION_HEADING = /^[一二三四五六七八九十]+、[^。！？]{1,30}$/u;
/** `（一）发挥教育引导职能，…。` at the start of a paragraph. */
const SUBSECTION_HEADING = /^[（(][一二三四五六七八九十]+[）)]/u;

/** Salutation, headings, (numbered) paragraphs and closing of one speech's paragraphs. */
export function structureSpeech(paragraphs: readonly string[]): SpeechBody {
  const rest = [...paragraphs];
  const salutation = takeIf(rest, 0, (first) => SALUTATION.test(first) && isShort(first));
  const closing = takeIf(rest, rest.length - 1, (last) => CLOSING.test(last) && isShort(last));
  return { salutation, blocks: toBlocks(rest), closing };
}

function isShort(text: string): boolean {
  return Array.from(text).length <= SHORT_LINE;
}

/** Removes and returns rest[index] when it passes the test. */
function takeIf(rest: string[], index: number, test: (text: string) => boolean): string | null {
  const candidate = rest[index];
  if (candidate === undefined || !test(candidate)) return null;
  rest.splice(index, 1);
  return candidate;
}

/** Point numbering restarts with every level-2 section. */
function toBlocks(paragraphs: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let nextPoint = 1;
  const addPoints = (text: string): void => {
    const split = splitPoints(text, nextPoint);
    blocks.push(...split.blocks);
    nextPoint = split.nextPoint;
  };
  for (const paragraph of paragraphs) {
    if (SECTION_HEADING.test(paragraph)) {
      blocks.push({ kind: 'heading', depth: 2, text: paragraph });
      nextPoint = 1;
    } else if (SUBSECTION_HEADING.test(paragraph)) {
      const [heading, body] = splitFirstSentence(paragraph);
      blocks.push({ kind: 'heading', depth: 3, text: heading });
      if (body !== '') addPoints(body);
    } else {
      addPoints(paragraph);
    }
  }
  return blocks;
}
