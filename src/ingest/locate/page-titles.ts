import { HEADING_START } from '../structure/headings.ts';
import { endsSentence, isSalutation, isSpeechTitle, isSubtitle, isTitleLike } from './roles.ts';

/**
 * What a site adds after a title in its head (the page's <title>, a file
 * card): a file extension (….docx), a bracketed note (…(完整版), …【精品】)
 * or its own name after a separator (… - 在线阅读, …_百度文库, …|某某网). A
 * reading with one removed is only a guess; it counts as the title when the
 * page holds copies of it.
 */
const SITE_SUFFIXES = [
  /\.[a-z][a-z0-9]{1,4}$/iu,
  /\s*[（(【[][^（）()【】[\]]{1,12}[）)】\]]$/u,
  /\s*[-_|｜·・—–－]+\s*[^-_|｜·・—–－\s][^-_|｜·・—–－]{0,19}$/u,
];

/** The line as it stands, then with the site's suffixes removed one by one (….docx - 在线阅读 → ….docx → …). */
export function titleReadings(line: string): string[] {
  const readings = [line];
  for (;;) {
    const current = readings.at(-1)!;
    const pattern = SITE_SUFFIXES.find((suffix) => suffix.test(current));
    const shorter = pattern === undefined ? '' : current.replace(pattern, '').trimEnd();
    if (shorter === '') return readings;
    readings.push(shorter);
  }
}

/**
 * A page's own title, repeated by the site before each copy of the text and
 * glued to it (「…合编 关于…讲话   各位领导…」), or left by a paged viewer
 * after a heading or a sentence (「一、坚持…增强向心力…合编」). The head may
 * give it with the site's suffix (「…合编.docx」, 「…合编 - 在线阅读」): any
 * reading of a title-like paragraph (titleReadings) that also occurs glued
 * inside another paragraph is the title. Returns the titles with the head's
 * suffixed forms of them, and the paragraphs with every glued copy split out.
 */
export function isolatePageTitles(paragraphs: readonly string[]): {
  titles: Set<string>;
  paragraphs: string[];
} {
  // A numbered heading is the speech's own, however often a preview repeats it.
  const candidates = new Set(paragraphs.filter(isTitleCandidate));
  const titles = new Set<string>();
  for (const candidate of candidates) {
    for (const reading of titleReadings(candidate)) {
      if (
        isTitleCandidate(reading) &&
        paragraphs.some(
          (paragraph) =>
            paragraph !== candidate &&
            paragraph !== reading &&
            gluedCopies(paragraph, reading).length > 1,
        )
      )
        titles.add(reading);
    }
  }
  // The head's suffixed forms are copies too, each kept whole.
  const copies = new Set(titles);
  for (const candidate of candidates)
    if (titleReadings(candidate).some((reading) => titles.has(reading))) copies.add(candidate);
  // Longest first, so a title that contains another (its suffixed form included) is split out whole.
  const ordered = [...copies].sort((a, b) => b.length - a.length);
  let pieces = [...paragraphs];
  for (const title of ordered)
    pieces = pieces.flatMap((paragraph) =>
      copies.has(paragraph) ? [paragraph] : gluedCopies(paragraph, title),
    );
  return { titles: copies, paragraphs: pieces };
}

function isTitleCandidate(text: string): boolean {
  return isTitleLike(text) && !HEADING_START.test(text);
}

/** The paragraph cut at each copy of `title` that stands apart from the text round it, copies kept as pieces. */
function gluedCopies(paragraph: string, title: string): string[] {
  const pieces: string[] = [];
  let rest = paragraph;
  for (;;) {
    const at = boundedIndex(rest, title);
    if (at === -1) break;
    const before = rest.slice(0, at).trim();
    if (before !== '') pieces.push(before);
    pieces.push(title);
    rest = rest.slice(at + title.length).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

function boundedIndex(text: string, title: string): number {
  for (let at = text.indexOf(title); at !== -1; at = text.indexOf(title, at + 1))
    if (opensCopy(text.slice(0, at)) && closesCopy(text.slice(at + title.length))) return at;
  return -1;
}

/** A copy may follow the paragraph's start, a space, a sentence's end or a whole numbered heading. */
function opensCopy(before: string): boolean {
  if (before === '' || before.endsWith(' ')) return true;
  const last = before.slice(before.lastIndexOf(' ') + 1);
  return endsSentence(last) || (HEADING_START.test(last) && isTitleLike(last));
}

/**
 * A copy may end at the paragraph's end, a space or a numbered heading. Text
 * that runs on from it is the speech's own (a heading that merely starts
 * like the title), so that paragraph stays whole.
 */
function closesCopy(after: string): boolean {
  return after === '' || after.startsWith(' ') || HEADING_START.test(after);
}
/**
 * A speech title glued by a single space to the end of the paragraph before
 * it (「…谢谢大家! 关于…的讲话   同志们:」): when a salutation follows (after any subtitle) and the
 * last space-separated piece is a speech title, it is split off.
 */
export function isolateTitlesBeforeSalutations(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((paragraph, i) => {
    let next = i + 1;
    while (paragraphs[next] !== undefined && isSubtitle(paragraphs[next]!)) next++;
    const space = paragraph.lastIndexOf(' ');
    if (space === -1 || !isSalutation(paragraphs[next] ?? '')) return [paragraph];
    const title = paragraph.slice(space + 1);
    return isSpeechTitle(title) ? [paragraph.slice(0, space).trim(), title] : [paragraph];
  });
}
