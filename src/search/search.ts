import type { Corpus, SpeechEntry } from './data.ts';
import { countTerm, findHits, type Hit } from './match.ts';
import { fold, type Phrase, parseQuery } from './normalise.ts';
import { pagefindCandidates } from './pagefind.ts';

export interface SpeechResult {
  entry: SpeechEntry;
  hits: Hit[];
}

/** Where one word of a query that found nothing does occur. */
export interface Place {
  text: string;
  /** Occurrences per speech; empty when the word occurs nowhere. */
  found: { entry: SpeechEntry; count: number }[];
}

export interface Outcome {
  query: string;
  phrases: Phrase[];
  /** Speeches with hits, most occurrences first. */
  results: SpeechResult[];
  total: number;
  /** With no hits: where the query's phrases (several) or words (one) occur separately. */
  places: Place[];
}

/**
 * Design: matching is always exact, on folded text (see normalise.ts).
 * A small corpus is scanned whole, since Pagefind's candidate recall is not
 * complete for phrases that cut across its words. A large one (the manifest
 * says which) is narrowed by Pagefind's unquoted search, which also ranks
 * ties, and each candidate is then verified exactly.
 */
export async function search(corpus: Corpus, query: string): Promise<Outcome> {
  const phrases = parseQuery(query, corpus.variants);
  const terms = phrases.map((phrase) => phrase.term);
  const outcome: Outcome = { query, phrases, results: [], total: 0, places: [] };
  if (terms.length === 0) return outcome;

  const entries = await candidates(corpus, terms);
  const found = await Promise.all(
    entries.map(async (entry) => ({ entry, hits: findHits(await corpus.blocks(entry), terms) })),
  );
  // A stable sort keeps reading (or Pagefind's) order between equal counts.
  outcome.results = found.filter((result) => result.hits.length > 0).sort((a, b) => b.hits.length - a.hits.length);
  outcome.total = outcome.results.reduce((sum, result) => sum + result.hits.length, 0);
  if (outcome.total === 0) outcome.places = await locate(corpus, partsOf(phrases));
  return outcome;
}

function candidates(corpus: Corpus, terms: readonly string[]): Promise<SpeechEntry[]> {
  return corpus.scansAll ? Promise.resolve(corpus.manifest.speeches) : pagefindCandidates(corpus, terms);
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

async function locate(corpus: Corpus, parts: readonly string[]): Promise<Place[]> {
  return Promise.all(
    parts.map(async (text) => {
      const term = fold(text, corpus.variants);
      const entries = await candidates(corpus, [term]);
      const counts = await Promise.all(
        entries.map(async (entry) => ({ entry, count: countTerm(await corpus.blocks(entry), term) })),
      );
      return { text, found: counts.filter((place) => place.count > 0) };
    }),
  );
}
