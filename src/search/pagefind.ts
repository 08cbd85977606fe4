import type { Corpus, SpeechEntry } from './data.ts';
import { siteHref } from '../site/links.ts';

/** The part of Pagefind's API used here. */
interface Pagefind {
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ siteHref('pagefind/pagefind.js'));
  return pagefind;
}

/**
 * The speeches Pagefind's unquoted search returns for folded terms, best
 * first. Pagefind indexes each script's pages in that script, so the terms
 * (folded to Simplified) are spelled in the page's script first.
 */
export async function pagefindCandidates(corpus: Corpus, terms: readonly string[]): Promise<SpeechEntry[]> {
  const query = corpus.manifest.script === 'hant' ? inTraditional(terms.join(' '), corpus.classes) : terms.join(' ');
  const search = await (await load()).search(query);
  const urls = await Promise.all((search?.results ?? []).map(async (result) => (await result.data()).url));
  const byPath = new Map(corpus.manifest.speeches.map((entry) => [new URL(entry.href, location.href).pathname, entry]));
  return urls.flatMap((url) => byPath.get(new URL(url, location.href).pathname) ?? []);
}

let traditional: Map<string, string> | undefined;

/** Each class is written Simplified form first, then its most frequent Traditional form. */
function inTraditional(text: string, classes: string): string {
  traditional ??= new Map(classes.split(' ').flatMap(([hans, hant]) => (hans && hant ? [[hans, hant]] : [])));
  return [...text].map((char) => traditional!.get(char) ?? char).join('');
}
