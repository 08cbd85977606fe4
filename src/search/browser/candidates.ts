import type { Corpus } from './corpus.ts';
import { termGrams } from '../core/grams.ts';
import { intersect } from '../core/postings.ts';

/** A speech that may hold the terms: the blocks (0 = title) that hold every chosen gram. */
export interface Candidate {
  speech: number;
  blocks: number[];
}

/**
 * The speeches whose blocks may hold all folded `terms`, most candidate
 * blocks first, then in archive order. Every block that holds them is among
 * the candidates (src/search/core/grams.ts says why), and which grams are chosen
 * depends on the terms alone, so the answer never depends on what earlier
 * searches loaded.
 */
export async function candidates(corpus: Corpus, terms: readonly string[]): Promise<Candidate[]> {
  const grams = [...new Set(terms.flatMap(termGrams))];
  const slots = intersect(await Promise.all(grams.map((gram) => corpus.postings(gram))));
  const { slotsPerSpeech } = corpus.manifest.index;
  const bySpeech = new Map<number, number[]>();
  for (const slot of slots) {
    const speech = Math.floor(slot / slotsPerSpeech);
    const blocks = bySpeech.get(speech) ?? [];
    if (blocks.length === 0) bySpeech.set(speech, blocks);
    blocks.push(slot % slotsPerSpeech);
  }
  return [...bySpeech]
    .map(([speech, blocks]) => ({ speech, blocks }))
    .sort((a, b) => b.blocks.length - a.blocks.length || a.speech - b.speech);
}
