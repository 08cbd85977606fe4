import { HEADING_START } from '../structure/headings.ts';
import { isSalutation, isSpeechTitle, isSubtitle, isTitleLike } from './roles.ts';

/**
 * A page's own title, repeated by the site before each copy of the text and
 * glued to it by a single space (「…合编 关于…讲话   各位领导…」). Any
 * title-like paragraph that also occurs glued inside another is such a copy.
 * Returns the titles, and the paragraphs with every glued copy split out.
 */
export function isolatePageTitles(paragraphs: readonly string[]): {
  titles: Set<string>;
  paragraphs: string[];
} {
  // A numbered heading is the speech's own, however often a preview repeats it.
  const candidates = new Set(
    paragraphs.filter((paragraph) => isTitleLike(paragraph) && !HEADING_START.test(paragraph)),
  );
  const titles = new Set<string>();
  for (const candidate of candidates) {
    if (
      paragraphs.some(
        (paragraph) => paragraph !== candidate && gluedCopies(paragraph, candidate).length > 1,
      )
    )
      titles.add(candidate);
  }
  // Longest first, so a title that contains another is split out whole.
  const ordered = [...titles].sort((a, b) => b.length - a.length);
  let pieces = [...paragraphs];
  for (const title of ordered)
    pieces = pieces.flatMap((paragraph) => gluedCopies(paragraph, title));
  return { titles, paragraphs: pieces };
}

/** The paragraph cut at each copy of `title` bounded by spaces or the paragraph's edges, copies kept as pieces. */
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
  for (let at = text.indexOf(title); at !== -1; at = text.indexOf(title, at + 1)) {
    const before = text[at - 1];
    const after = text[at + title.length];
    if ((before === undefined || before === ' ') && (after === undefined || after === ' '))
      return at;
  }
  return -1;
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
