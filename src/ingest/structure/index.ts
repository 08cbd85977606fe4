import { IngestError, quote } from '../errors.ts';
import type { RawSpeech } from '../split/index.ts';
import type { Block, SpeechBody } from '../types.ts';
import { fusedSectionHeading, headingKind, headingRules, type HeadingRules } from './headings.ts';
import { splitPoints } from './points.ts';
import {
  addCounts,
  emptyCounts,
  restorePunctuation,
  type PunctuationCounts,
} from './punctuation.ts';
import { splitFirstSentence } from './sentences.ts';
import { isClosing, isSalutation } from '../locate/roles.ts';

export interface Structured {
  title: string;
  subtitle: string | null;
  body: SpeechBody;
  punctuation: PunctuationCounts;
}

/** A speech that long in one paragraph has lost its paragraph breaks. */
const LONGEST_PARAGRAPH = 3000;

/**
 * Stage 4: a speech's paragraphs as salutation, headings, numbered points
 * and closing, with full-width punctuation restored. A heading fused into
 * the text after it, as on a page that lost its paragraph breaks, cannot be
 * cut out without guessing where it ends, so it is an error.
 */
export function structureSpeech(raw: RawSpeech): Structured {
  let punctuation = emptyCounts();
  const restore = (text: string): string => {
    const result = restorePunctuation(text);
    punctuation = addCounts(punctuation, result.counts);
    return result.text;
  };
  const title = restore(raw.title);
  const subtitle = raw.front.length === 0 ? null : raw.front.map(restore).join('\n');
  const paragraphs = raw.paragraphs.map(restore);
  assertParagraphBreaks(title, paragraphs);
  const rest = [...paragraphs];
  const salutation = isSalutation(rest[0] ?? '') && rest.length > 1 ? rest.shift()! : null;
  const closing = isClosing(rest.at(-1) ?? '') && rest.length > 1 ? rest.pop()! : null;
  return {
    title,
    subtitle,
    body: { salutation, blocks: toBlocks(rest, headingRules(rest)), closing },
    punctuation,
  };
}

function assertParagraphBreaks(title: string, paragraphs: readonly string[]): void {
  for (const paragraph of paragraphs) {
    const fused = fusedSectionHeading(paragraph);
    if (fused !== null) {
      throw new IngestError(
        `in ${quote(title)} the heading ${quote(fused)} runs into the text of a paragraph (the page lost its paragraph breaks); expected each heading on its own line`,
      );
    }
    if (Array.from(paragraph).length > LONGEST_PARAGRAPH) {
      throw new IngestError(
        `in ${quote(title)} one paragraph runs to ${Array.from(paragraph).length} characters from ${quote([...paragraph].slice(0, 12).join(''))} (the page lost its paragraph breaks); expected paragraphs of at most ${LONGEST_PARAGRAPH}`,
      );
    }
  }
}

/** Point numbering restarts with every level-2 section. */
function toBlocks(paragraphs: readonly string[], rules: HeadingRules): Block[] {
  const blocks: Block[] = [];
  let nextPoint = 1;
  const addPoints = (text: string): void => {
    const split = splitPoints(text, nextPoint);
    blocks.push(...split.blocks);
    nextPoint = split.nextPoint;
  };
  for (const paragraph of paragraphs) {
    const kind = headingKind(paragraph, rules);
    if (kind === 'section') {
      blocks.push({ kind: 'heading', depth: 2, text: paragraph });
      nextPoint = 1;
    } else if (kind === 'subsection') {
      const [heading, body] = splitFirstSentence(paragraph);
      blocks.push({ kind: 'heading', depth: 3, text: heading });
      if (body !== '') addPoints(body);
    } else {
      addPoints(paragraph);
    }
  }
  return blocks;
}
