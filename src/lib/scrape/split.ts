import { IngestError, quote } from './errors.ts';

const SPEECH = '讲话';
const JOINT = `${SPEECH}和`;
const COMPILATION_SUFFIX = /稿?合编$/u;

export type TitlePair = readonly [string, string];

/** One speech's title and the paragraphs below it, still as scraped. */
export interface RawSpeech {
  title: string;
  paragraphs: string[];
}

/** Every way of reading 「A讲话和B讲话稿合编」 as the two titles 「A讲话」 and 「B讲话」. */
export function titleCandidates(compilationTitle: string): TitlePair[] {
  const pairs: TitlePair[] = [];
  for (let at = compilationTitle.indexOf(JOINT); at !== -1; at = compilationTitle.indexOf(JOINT, at + 1)) {
    const first = compilationTitle.slice(0, at + SPEECH.length);
    const second = compilationTitle.slice(at + JOINT.length).replace(COMPILATION_SUFFIX, '');
    if (at > 0 && second.endsWith(SPEECH) && second.length > SPEECH.length) pairs.push([first, second]);
  }
  return pairs;
}

/** The one candidate pair whose titles both stand as a piece of the text. */
export function resolveTitles(compilationTitle: string, paragraphs: readonly string[]): TitlePair {
  const found = titleCandidates(compilationTitle).filter((pair) =>
    pair.every((title) => paragraphs.some((paragraph) => isolateTitle(paragraph, title).includes(title))),
  );
  const [pair] = found;
  if (found.length > 1) {
    const readings = found.map((candidate) => candidate.map(quote).join(' + ')).join('; ');
    throw new IngestError(`the compilation title ${quote(compilationTitle)} splits into two speech titles in ${found.length} ways that all occur in the text (${readings}); expected exactly one`);
  }
  if (pair === undefined) {
    throw new IngestError(`no recognisable speech: the compilation title ${quote(compilationTitle)} does not split at 「讲话和」 into two titles that both stand on their own in the text; expected each speech to start with its title`);
  }
  return pair;
}

/** Splits the titles out of paragraphs they are glued to by a single space. */
export function isolateTitles(paragraphs: readonly string[], titles: TitlePair): string[] {
  return titles.reduce<string[]>(
    (pieces, title) => pieces.flatMap((paragraph) => isolateTitle(paragraph, title)),
    [...paragraphs],
  );
}

function isolateTitle(paragraph: string, title: string): string[] {
  if (paragraph.startsWith(`${title} `)) return [title, ...isolateTitle(paragraph.slice(title.length).trim(), title)];
  if (paragraph.endsWith(` ${title}`)) return [...isolateTitle(paragraph.slice(0, -title.length).trim(), title), title];
  return [paragraph];
}

/** Paragraphs of each speech, in title order; each title must occur exactly once and open the text. */
export function splitSpeeches(paragraphs: readonly string[], titles: TitlePair): RawSpeech[] {
  const [firstTitle, secondTitle] = titles;
  const first = uniqueIndex(paragraphs, firstTitle);
  const second = uniqueIndex(paragraphs, secondTitle);
  if (first !== 0) {
    throw new IngestError(`found text before the first speech title (${quote(paragraphs[0] ?? '')}); expected the page to start with ${quote(firstTitle)}`);
  }
  return [rawSpeech(firstTitle, paragraphs.slice(first + 1, second)), rawSpeech(secondTitle, paragraphs.slice(second + 1))];
}

function rawSpeech(title: string, paragraphs: string[]): RawSpeech {
  if (paragraphs.length === 0) throw new IngestError(`the speech ${quote(title)} has no text; expected paragraphs after its title`);
  return { title, paragraphs };
}

function uniqueIndex(paragraphs: readonly string[], title: string): number {
  const count = paragraphs.filter((paragraph) => paragraph === title).length;
  if (count !== 1) {
    throw new IngestError(`the speech title ${quote(title)} stands on its own ${count} times after removing the preview; expected exactly once, so the speeches can be split unambiguously`);
  }
  return paragraphs.indexOf(title);
}
