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
 * and intersected depends on the terms and the index alone, so the answer
 * never depends on what earlier searches loaded.
 */
export async function candidates(corpus: Corpus, terms: readonly string[]): Promise<Candidate[]> {
  const grams = [...new Set(terms.flatMap(termGrams))];
  // The lists in the shards first: when they leave nothing (a gram in no block,
  // or grams in no block together), the long lists kept apart are never fetched.
  const known = await Promise.all(grams.map((gram) => corpus.gram(gram)));
  if (known.some(({ summary }) => summary.speeches === 0)) return [];
  const inShard = grams.filter((_, i) => known[i]!.inShard);
  const kept = grams.filter((_, i) => !known[i]!.inShard);
  const first = intersect(await Promise.all(inShard.map((gram) => corpus.postings(gram))));
  if (inShard.length > 0 && first.length === 0) return [];
  const { slotsPerSpeech, speechesPerPage } = corpus.manifest.index;
  // No more speeches than the results page checks at once: checking their
  // text settles the query, so the long lists, which could only narrow the
  // candidates, are not fetched (a rare phrase with a common trigram).
  const few =
    inShard.length > 0 &&
    new Set(first.map((slot) => Math.floor(slot / slotsPerSpeech))).size <= speechesPerPage;
  const slots = few
    ? first
    : intersect([
        ...(inShard.length > 0 ? [first] : []),
        ...(await Promise.all(kept.map((gram) => corpus.postings(gram)))),
      ]);
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
