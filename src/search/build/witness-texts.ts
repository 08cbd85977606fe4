import type { SpeechBlock } from '../../archive/speech-body.ts';
import type { Span, WitnessText } from '../../archive/edition.ts';
import type { Variants } from '../../schemas/variants.ts';

type Variant = Variants['variants'][number];

/**
 * Each witness's reading of every paragraph the apparatus has readings in.
 * The apparatus names a reading's paragraph, not its place in it, so a
 * reading is placed by its lemma: where the lemma occurs exactly once in the
 * paragraph and in none of the headings whose readings go with it (a
 * heading's readings go with the paragraph after it). A witness whose
 * readings of a paragraph can all be placed gets the whole paragraph as it
 * reads it, so a phrase across the edge of a reading, or one that an
 * omission joins, is found; otherwise (an addition, whose lemma is empty, or
 * a lemma that occurs more than once) each of its readings stands alone,
 * never next to text the witness may not have. Witnesses that read a
 * paragraph alike share one text.
 *
 * `blocks` are the speech's blocks in the script of its source.
 */
export function witnessTexts(variants: Variants, blocks: readonly SpeechBlock[]): WitnessText[] {
  const paragraphs = paragraphTexts(blocks);
  const out = new Map<string, WitnessText>();
  const add = (entry: Omit<WitnessText, 'witnesses'>, witness: string) => {
    const key = JSON.stringify([entry.id, entry.text, entry.spans]);
    const found = out.get(key);
    if (found) found.witnesses.push(witness);
    else out.set(key, { ...entry, witnesses: [witness] });
  };
  for (const [paragraph, readings] of byParagraph(variants.variants)) {
    const id = `p${paragraph}`;
    const texts = paragraphs.get(paragraph);
    if (!texts)
      throw new Error(
        `${variants.slug}.variants.json has readings for paragraph ${paragraph}: expected a paragraph ${id} in the speech`,
      );
    for (const [witness, own] of byWitness(readings)) {
      const whole = applied(texts, own);
      if (whole) add({ id, ...whole }, witness);
      else
        for (const variant of own)
          if (variant.reading !== '')
            add({ id, text: variant.reading, spans: [differing(variant, 0)] }, witness);
    }
  }
  return [...out.values()];
}

/** The span of a reading that starts at `at`, less the characters it shares with its lemma at either end. */
function differing({ reading, lemma }: Variant, at: number): Span {
  const most = Math.min(reading.length, lemma.length);
  let start = 0;
  while (start < most && reading[start] === lemma[start]) start++;
  let end = 0;
  while (end < most - start && reading[reading.length - 1 - end] === lemma[lemma.length - 1 - end])
    end++;
  return [at + start, at + reading.length - end];
}

/** The label of a witness, as the 校勘记 gives it. */
function label({ file, site }: Variant['witnesses'][number]): string {
  return site ? `${site}（${file}）` : file;
}

/** Per paragraph number: its text, and the texts of the headings whose readings go with it. */
function paragraphTexts(
  blocks: readonly SpeechBlock[],
): Map<number, { text: string; headings: string[] }> {
  const out = new Map<number, { text: string; headings: string[] }>();
  let headings: string[] = [];
  let last: { text: string; headings: string[] } | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      headings.push(block.text);
      continue;
    }
    last = { text: block.text, headings };
    out.set(Number(block.id.slice(1)), last);
    headings = [];
  }
  // Headings after the last paragraph go with it.
  last?.headings.push(...headings);
  return out;
}

function byParagraph(variants: readonly Variant[]): Map<number, Variant[]> {
  const out = new Map<number, Variant[]>();
  for (const variant of variants)
    out.set(variant.paragraph, [...(out.get(variant.paragraph) ?? []), variant]);
  return out;
}

function byWitness(readings: readonly Variant[]): Map<string, Variant[]> {
  const out = new Map<string, Variant[]>();
  for (const variant of readings)
    for (const witness of variant.witnesses.map(label))
      out.set(witness, [...(out.get(witness) ?? []), variant]);
  return out;
}

/** The paragraph with all of one witness's readings in place, or null if any of them cannot be placed. */
function applied(
  { text, headings }: { text: string; headings: readonly string[] },
  readings: readonly Variant[],
): { text: string; spans: Span[] } | null {
  const placed: { at: number; variant: Variant }[] = [];
  for (const variant of readings) {
    const { lemma } = variant;
    if (lemma === '' || headings.some((heading) => heading.includes(lemma))) return null;
    const at = text.indexOf(lemma);
    if (at === -1 || text.indexOf(lemma, at + 1) !== -1) return null;
    placed.push({ at, variant });
  }
  placed.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  const spans: Span[] = [];
  for (const { at, variant } of placed) {
    // Two lemmas in one place would be two readings of one place by one witness: not placeable.
    if (at < from) return null;
    out += text.slice(from, at);
    spans.push(differing(variant, out.length));
    out += variant.reading;
    from = at + variant.lemma.length;
  }
  return { text: out + text.slice(from), spans };
}
