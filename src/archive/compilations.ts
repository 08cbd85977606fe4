import { createHash } from 'node:crypto';
import type { SpeechData } from '../schemas/speech.ts';

/** The speeches of one raw file, in the order ingest numbered them. */
export interface Compilation<S extends CompilationSpeech = CompilationSpeech> {
  /** URL segment under c/, derived from the raw file's name so it survives other files being added. */
  slug: string;
  /** The raw file's name, as each speech's front matter gives it. */
  source: string;
  sha256: string;
  title: string;
  speeches: S[];
  characters: number;
}

export type CompilationSpeech = Pick<
  SpeechData,
  'title' | 'order' | 'source' | 'sha256' | 'characters'
>;

/**
 * The compilation's own title. Several speeches: as the scraped page names
 * it, 「<first title>和<second title>稿合编」 (`suffix` is 稿合编 in the
 * page's script); a file holding one speech is named by that speech.
 * Titles come already in the page's script.
 */
export function compilationTitle(
  speeches: readonly Pick<SpeechData, 'title'>[],
  suffix: string,
): string {
  if (speeches.length === 1) return speeches[0]!.title;
  return `${speeches.map((speech) => speech.title).join('和')}${suffix}`;
}

/**
 * "000_9a817715ca601c67.txt" → "000-9a817715ca601c67": the name without its
 * extension, lower case, with anything but a–z and 0–9 as a hyphen. A name
 * that loses letters to this (a Chinese file name) gets the first eight hex
 * digits of the name's sha256 appended: 讲话2020.txt and 合编2020.txt would
 * otherwise both be "2020". The hash is of the name, not the contents, so
 * a re-scraped file keeps its address.
 */
export function compilationSlug(fileName: string): string {
  const stem = fileName.replace(/^.*\//u, '').replace(/\.[^.]*$/u, '');
  const ascii = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  const lossless = /^[A-Za-z0-9._ -]*$/u.test(stem) && ascii !== '';
  if (lossless) return ascii;
  const hash = createHash('sha256').update(stem).digest('hex').slice(0, 8);
  return ascii === '' ? hash : `${ascii}-${hash}`;
}

/**
 * Groups speeches by the raw file they came from, compilations in the order
 * of their first speech. Two file names that give the same slug are an
 * error: a compilation's address must never depend on which file wins.
 */
export function groupCompilations<S extends CompilationSpeech>(
  speeches: readonly S[],
  suffix: string,
): Compilation<S>[] {
  const bySource = new Map<string, S[]>();
  for (const speech of [...speeches].sort((a, b) => a.order - b.order)) {
    const group = bySource.get(speech.source);
    if (group) group.push(speech);
    else bySource.set(speech.source, [speech]);
  }
  const sources = new Map<string, string>();
  return [...bySource].map(([source, group]) => {
    const slug = compilationSlug(source);
    const other = sources.get(slug);
    if (other !== undefined)
      throw new Error(
        `content/raw/${source} and content/raw/${other} both give the compilation address c/${slug}/: rename one of them`,
      );
    sources.set(slug, source);
    return {
      slug,
      source,
      sha256: group[0]!.sha256,
      title: compilationTitle(group, suffix),
      speeches: group,
      characters: group.reduce((sum, speech) => sum + speech.characters, 0),
    };
  });
}
