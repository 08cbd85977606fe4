/**
 * Collation: copies of one speech from several files become one edition,
 * its reading text and the apparatus of the other readings.
 * copies.ts finds the copies, reading.ts aligns them and chooses the
 * reading text, apparatus.ts lists what it does not follow.
 */
import { speechStats, speechTexts } from '../structure/stats.ts';
import type { Block, Speech } from '../types.ts';
import { apparatus, type VariantReading, type WitnessRef } from './apparatus.ts';
import { findCopies, type PairDecision } from './copies.ts';
import { codePoints, readingText } from './reading.ts';

export type { VariantKind, VariantReading, WitnessRef } from './apparatus.ts';
export { THRESHOLDS } from './similarity.ts';

/** A speech as one file gave it. */
export interface WitnessSpeech {
  speech: Speech;
  /** The file's name in messages. */
  label: string;
  /** The file's index in archive order. */
  file: number;
  /** The site's name, where the wrapper gives one. */
  site: string | null;
}

export interface CollatedSpeech {
  /** The reading text on the base witness's structure, title and source. */
  speech: Speech;
  /** Every copy, in archive order. */
  witnesses: WitnessSpeech[];
  /** The witness whose blocks and metadata the reading text keeps. */
  base: number;
  variants: VariantReading[];
}

export interface CollatedArchive {
  speeches: CollatedSpeech[];
  /** Every pair judged, by witness; a and b index the input. */
  pairs: PairDecision[];
}

/** A copy shorter than this share of the longest one, or marked partial, is a preview: it votes only for what it holds. */
const PREVIEW_SHARE = 0.8;

export function collate(input: readonly WitnessSpeech[]): CollatedArchive {
  const copies = findCopies(
    input.map(({ speech, file }) => ({
      title: speech.title,
      text: speechTexts(speech).join(''),
      file,
    })),
  );
  const speeches = copies.groups.map((group) => collateGroup(group.map((i) => input[i]!)));
  return { speeches, pairs: copies.pairs };
}

function collateGroup(witnesses: WitnessSpeech[]): CollatedSpeech {
  if (witnesses.length === 1)
    return { speech: witnesses[0]!.speech, witnesses, base: 0, variants: [] };
  const lengths = witnesses.map(({ speech }) => codePoints(speechTexts(speech).join('')).length);
  const longest = Math.max(...lengths);
  const truncated = witnesses.map(
    ({ speech }, w) => speech.partial !== null || lengths[w]! < longest * PREVIEW_SHARE,
  );
  const whole = truncated.indexOf(false);
  const base = whole === -1 ? 0 : whole;
  const collation = readingText(
    witnesses.map(({ speech }, w) => ({
      segments: segments(speech).map((s) => s.text),
      truncated: truncated[w]!,
    })),
    base,
  );
  const baseSpeech = witnesses[base]!.speech;
  const refs: WitnessRef[] = witnesses.map(({ speech, site }) => ({
    file: speech.source.fileName,
    site,
  }));
  const speech = rebuild(baseSpeech, collation.segments);
  return {
    speech,
    witnesses,
    base,
    variants: apparatus(
      collation.places,
      segments(baseSpeech).map((s) => s.paragraph),
      refs,
    ),
  };
}

interface Segment {
  text: string;
  /** The #p<K> number: the paragraph it is in, or for a heading the paragraph after it. */
  paragraph: number;
}

/** The speech's texts in reading order with their paragraph numbers (salutation and closing are paragraphs too, as the page counts them). */
function segments(speech: Speech): Segment[] {
  const out: Segment[] = [];
  let paragraph = 0;
  if (speech.salutation !== null) out.push({ text: speech.salutation, paragraph: ++paragraph });
  for (const block of speech.blocks) {
    if (block.kind === 'heading') out.push({ text: block.text, paragraph: paragraph + 1 });
    else {
      paragraph++;
      if (block.lead !== null) out.push({ text: block.lead, paragraph });
      out.push({ text: block.text, paragraph });
    }
  }
  if (speech.closing !== null) out.push({ text: speech.closing, paragraph: ++paragraph });
  // A heading at the very end has no paragraph after it: it goes with the last one.
  return out.map((segment) => ({
    ...segment,
    paragraph: Math.min(segment.paragraph, Math.max(paragraph, 1)),
  }));
}

/** The base speech with its texts replaced, in the order segments() read them. */
function rebuild(base: Speech, texts: readonly string[]): Speech {
  let next = 0;
  const take = (): string => texts[next++]!;
  const salutation = base.salutation === null ? null : take();
  const blocks: Block[] = base.blocks.map((block) => {
    if (block.kind === 'heading') return { ...block, text: take() };
    const lead = block.lead === null ? null : take();
    return { ...block, lead, text: take() };
  });
  const closing = base.closing === null ? null : take();
  const body = { salutation, blocks, closing };
  return { ...base, ...body, stats: speechStats(body) };
}
