import { type Candidate, candidates } from './candidates.ts';
import type { SpeechEntry } from '../core/format.ts';
import type { Corpus } from './corpus.ts';
import { longestGram } from '../core/grams.ts';
import { findHits, type Hit, occurrences, type PreparedBlock } from '../core/match.ts';
import type { ReadingMatcher } from '../core/readings.ts';
import { fold, type Phrase, parseQuery } from '../core/fold.ts';
import { summarisedSpeeches } from '../core/postings.ts';

export interface SpeechResult {
  entry: SpeechEntry;
  /** Its position in the archive. */
  speech: number;
  hits: Hit[];
}

/** Where one word of a query that found nothing does occur. */
export interface Place {
  text: string;
  /** Paragraphs (blocks) that hold it, per speech checked; empty when the word occurs nowhere. */
  found: { entry: SpeechEntry; count: number }[];
  /** Speeches that may hold it too, not checked. */
  unchecked: number;
}

export interface Outcome {
  query: string;
  phrases: Phrase[];
  /** Speeches with hits among those checked, most hits first, then in archive order. */
  results: SpeechResult[];
  total: number;
  /** Speeches that may hold the query (the index's candidates), and how many of them were checked. */
  candidates: number;
  checked: number;
  /** With no hits at all: where the query's phrases (several) or words (one) occur separately. */
  places: Place[];
}

/** With no hits yet, checking goes on for up to this many more pages before it asks the reader. */
const pagesBeforeAsking = 1;

/**
 * Speeches named for each word of a query that found nothing (as many as
 * the index summarises per gram), and candidates checked at most to find them.
 */
const placesPerWord = summarisedSpeeches;
const checkedPerWord = 10;

/**
 * Design: the gram index (src/search/core/grams.ts) names every block that may
 * hold the query; the best `speeches` candidate speeches (at least) are then checked
 * exactly, on the folded text of those blocks alone (see normalise.ts) and of
 * their witnesses' readings (see src/search/core/readings.ts), one text chunk
 * per run of blocks. A query that hits most of a large archive
 * shows its first pages and says how many speeches are left to check.
 */
export async function search(corpus: Corpus, query: string, speeches: number): Promise<Outcome> {
  const phrases = parseQuery(query, corpus.variants);
  const terms = phrases.map((phrase) => phrase.term);
  const outcome: Outcome = {
    query,
    phrases,
    results: [],
    total: 0,
    candidates: 0,
    checked: 0,
    places: [],
  };
  if (terms.length === 0) return outcome;

  const ranked = await candidates(corpus, terms);
  const { speechesPerPage } = corpus.manifest.index;
  outcome.candidates = ranked.length;
  const atMost = speeches + pagesBeforeAsking * speechesPerPage;
  while (
    outcome.checked < ranked.length &&
    (outcome.checked < speeches || (outcome.total === 0 && outcome.checked < atMost))
  ) {
    const batch = ranked.slice(outcome.checked, outcome.checked + speechesPerPage);
    const checked = await Promise.all(
      batch.map(async (candidate) => ({
        candidate,
        ...(await candidateBlocks(corpus, candidate)),
      })),
    );
    for (const { candidate, entry, blocks, readingHits } of checked) {
      // A hit in a witness's reading of a paragraph follows the paragraph's own hits.
      const hits = blocks.flatMap((block) => [
        ...findHits([block], terms),
        ...readingHits(block, terms),
      ]);
      if (hits.length > 0) outcome.results.push({ entry, speech: candidate.speech, hits });
      outcome.total += hits.length;
    }
    outcome.checked += batch.length;
  }
  outcome.results.sort((a, b) => b.hits.length - a.hits.length || a.speech - b.speech);
  if (outcome.total === 0 && outcome.checked === ranked.length)
    outcome.places = await locate(corpus, partsOf(phrases));
  return outcome;
}

/** A candidate's blocks, from the few text chunks that hold them, in reading order, and their witness readings. */
async function candidateBlocks(
  corpus: Corpus,
  candidate: Candidate,
): Promise<{ entry: SpeechEntry; blocks: PreparedBlock[]; readingHits: ReadingMatcher }> {
  const { blocksPerChunk } = corpus.manifest.index;
  const parts = [...new Set(candidate.blocks.map((block) => Math.floor(block / blocksPerChunk)))];
  const chunks = new Map(
    await Promise.all(
      parts.map(async (part) => [part, await corpus.chunk(candidate.speech, part)] as const),
    ),
  );
  const blocks = candidate.blocks.map((block) => {
    const prepared = chunks.get(Math.floor(block / blocksPerChunk))!.blocks[block % blocksPerChunk];
    if (!prepared)
      throw new Error(
        `Speech ${candidate.speech} has no block ${block}: the text chunks and the gram index disagree`,
      );
    return prepared;
  });
  const matchers = [...chunks.values()].flatMap((chunk) => chunk.readingHits ?? []);
  return {
    entry: chunks.get(parts[0]!)!.entry,
    blocks,
    readingHits: (block, terms) => matchers.flatMap((matcher) => matcher(block, terms)),
  };
}

/** Several phrases: each of them. One phrase: its words, or failing that its characters. */
function partsOf(phrases: readonly Phrase[]): string[] {
  if (phrases.length > 1) return phrases.map((phrase) => phrase.text);
  const text = phrases[0]!.text;
  const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
  const parts = words.length > 1 ? words : [...text].filter((char) => /[\p{L}\p{N}]/u.test(char));
  return parts.length > 1 ? [...new Set(parts)] : [];
}

/**
 * For each part, the paragraphs that hold it in its first few speeches, in
 * archive order, and how many more speeches may hold it. A part of one to
 * three characters is a gram, whose list is exact and whose shard
 * summarises it: it costs one shard and the titles, no text.
 *
 * Candidates are checked in order, as many at once as places are still
 * wanted: each batch holds only candidates that checking one at a time
 * would also have reached, so the answer is the same, in fewer round trips.
 */
async function locate(corpus: Corpus, parts: readonly string[]): Promise<Place[]> {
  return Promise.all(
    parts.map(async (text) => {
      const term = fold(text, corpus.variants);
      if (term.length <= longestGram) {
        const { summary } = await corpus.gram(term);
        const found = await Promise.all(
          summary.first.map(async ({ speech, blocks }) => ({
            entry: await corpus.speech(speech),
            count: blocks,
          })),
        );
        return { text, found, unchecked: summary.speeches - found.length };
      }
      const ranked = (await candidates(corpus, [term])).sort((a, b) => a.speech - b.speech);
      const found: Place['found'] = [];
      let checked = 0;
      while (found.length < placesPerWord && checked < Math.min(checkedPerWord, ranked.length)) {
        const batch = ranked.slice(
          checked,
          checked + Math.min(placesPerWord - found.length, checkedPerWord - checked),
        );
        const counts = await Promise.all(
          batch.map((candidate) => placesIn(corpus, candidate, term)),
        );
        checked += batch.length;
        found.push(...counts.filter((place) => place !== null));
      }
      return { text, found, unchecked: ranked.length - checked };
    }),
  );
}

/** The paragraphs of one candidate speech (for a term longer than a gram) that hold `term`, with its title, or null if none does. */
async function placesIn(
  corpus: Corpus,
  candidate: Candidate,
  term: string,
): Promise<Place['found'][number] | null> {
  const [{ blocks }, entry] = await Promise.all([
    candidateBlocks(corpus, candidate),
    corpus.speech(candidate.speech),
  ]);
  const count = blocks.filter((block) => occurrences(block.folded, term).length > 0).length;
  return count > 0 ? { entry, count } : null;
}
