import { IngestError, quote } from '../errors.ts';
import type { ChangeLog } from '../normalise/changes.ts';
import { HEADING_START } from '../structure/headings.ts';
import { isolatePageTitles, isolateTitlesBeforeSalutations, titleReadings } from './page-titles.ts';
import { toParagraphs } from './paragraphs.ts';
import {
  endsSentence,
  findTruncation,
  isClosing,
  isCompilationTitle,
  isFooterHeading,
  isSalutation,
  opensWithSalutation,
  isSiteText,
  isSpeakerLine,
  isSpeechTitle,
  isSubtitle,
  isTitleLike,
  type TruncationNotice,
} from './roles.ts';

export type { TruncationNotice } from './roles.ts';

/** One copy of a speech as it stands on the page, from its title to where its text ends. */
export interface LocatedSpeech {
  title: string;
  /** Subtitle and dateline lines between the title and the salutation. */
  front: string[];
  /** Salutation to closing (or to the last paragraph of the copy), still as scraped. */
  paragraphs: string[];
  /** The page's notice that this copy is cut short, if it has one. */
  truncation: TruncationNotice | null;
}

export interface Located {
  /** The page's title when it names a compilation (…合编). */
  compilationTitle: string | null;
  /** Every copy of a speech found, in page order (previews and duplicates included). */
  copies: LocatedSpeech[];
  /** Paragraphs outside every speech: the site's wrapper, in page order. */
  wrapper: string[];
}

interface Start {
  title: number;
  /** Index of the first paragraph of the text (the salutation, or the first body paragraph). */
  body: number;
}

/** How many paragraphs after a copy's last sentence may still hold the page's truncation notice. */
const NOTICE_REACH = 2;

/** Longer than any title with its salutation: a paragraph this long that holds a salutation near its start has swallowed the text. */
const LONGEST_TITLE_AND_TEXT = 1000;

/** The speech's own lines allowed between its title and salutation: subtitle, dateline, speaker (the site's lines there do not count). */
const MAX_FRONT_LINES = 3;

/**
 * Stage 2: where the speeches are. The site's wrapper differs from site to
 * site, so the text is found by its own structure instead: a title, then
 * (after an optional subtitle) a salutation; failing any salutation, a
 * speech title followed by prose. Each copy runs to the next title, and ends
 * at its closing, at a list of other documents, or at its last sentence;
 * everything outside is wrapper.
 */
export function locate(text: string, log: ChangeLog): Located {
  const isolated = isolatePageTitles(toParagraphs(text, log));
  const pageTitles = isolated.titles;
  const paragraphs = isolateTitlesBeforeSalutations(isolated.paragraphs);
  const starts = findStarts(paragraphs);
  if (starts.length === 0) {
    const fused = paragraphs.find(
      (paragraph) =>
        Array.from(paragraph).length > LONGEST_TITLE_AND_TEXT &&
        /(?:同志们|同志們|各位[^，。：:]{0,12})[:：]/u.test(paragraph.slice(0, 120)),
    );
    if (fused !== undefined) {
      throw new IngestError(
        `the page lost its paragraph breaks: title, salutation and text run together in one paragraph of ${Array.from(fused).length} characters from ${quote([...fused].slice(0, 16).join(''))}; expected the title and each paragraph on its own line`,
      );
    }
    throw new IngestError(
      'no recognisable speech: found no title followed by a salutation (such as 同志们：) or by the text of a speech; expected a scraped page holding at least one speech',
    );
  }
  const wrapper = paragraphs.slice(0, starts[0]!.title);
  const titles = new Set(starts.map((start) => paragraphs[start.title]!));
  const copies = starts.map((start, i) => {
    const end = starts[i + 1]?.title ?? paragraphs.length;
    const copy = speechCopy(paragraphs, start, end, pageTitles, log);
    const stray = copy.speech.paragraphs.find((paragraph) => titles.has(paragraph));
    if (stray !== undefined) {
      throw new IngestError(
        `the speech title ${quote(stray)} stands on its own inside the text of ${quote(copy.speech.title)}, where no speech begins; expected each title only where its speech begins`,
      );
    }
    wrapper.push(...copy.dropped);
    return copy.speech;
  });
  // A compilation title that names none of these speeches is another document's (a "相关文档" entry).
  // Read past a site's suffix, so that a head giving another compilation's title as 「…合编.docx」 still disagrees.
  const compilationTitles = [
    ...new Set(
      paragraphs.flatMap((paragraph) =>
        titleReadings(paragraph)
          .filter(
            (reading) =>
              isCompilationTitle(reading) && [...titles].some((title) => reading.includes(title)),
          )
          .slice(0, 1),
      ),
    ),
  ];
  if (compilationTitles.length > 1) {
    throw new IngestError(
      `found ${compilationTitles.length} different compilation titles (${compilationTitles.map(quote).join(', ')}); expected every copy of the page title to agree`,
    );
  }
  return { compilationTitle: compilationTitles[0] ?? null, copies, wrapper };
}

function findStarts(paragraphs: readonly string[]): Start[] {
  const addressed = paragraphs.flatMap((paragraph, i) => {
    if (!isSalutation(paragraph)) return [];
    const title = titleBefore(paragraphs, i);
    return title === null ? [] : [{ title, body: i }];
  });
  if (addressed.length > 0) return addressed;
  // No salutation anywhere: a speech title followed (past the site's lines and any subtitle) by prose.
  const byGenre = paragraphs.flatMap((paragraph, i) => {
    if (!isSpeechTitle(paragraph)) return [];
    let body = i + 1;
    while (
      body < paragraphs.length &&
      (isSiteText(paragraphs[body]!) || isFrontLine(paragraphs[body]!))
    )
      body++;
    const next = paragraphs[body];
    return next !== undefined && isProse(next) && !isSpeechTitle(next) ? [{ title: i, body }] : [];
  });
  if (byGenre.length > 0) return byGenre;
  // Nor any speech title: a title-like line whose next paragraph opens with a salutation run into the text.
  return paragraphs.flatMap((paragraph, i) => {
    const next = paragraphs[i + 1];
    return isTitleLike(paragraph) &&
      !isSiteText(paragraph) &&
      next !== undefined &&
      opensWithSalutation(next)
      ? [{ title: i, body: i + 1 }]
      : [];
  });
}

/**
 * The title a salutation at `at` belongs to: walking back over subtitle and
 * short front lines, the nearest speech title; else the line just before,
 * when it could be a title at all.
 */
function titleBefore(paragraphs: readonly string[], at: number): number | null {
  let front = 0;
  let nearest: number | null = null;
  for (let i = at - 1; i >= 0 && front <= MAX_FRONT_LINES; i--) {
    const paragraph = paragraphs[i]!;
    if (HEADING_START.test(paragraph)) return null;
    if (isSpeechTitle(paragraph)) return i;
    if (isSiteText(paragraph)) continue;
    if (!isFrontLine(paragraph)) break;
    front++;
  }
  for (let i = at - 1; i >= 0 && nearest === null; i--) {
    const paragraph = paragraphs[i]!;
    if (isSiteText(paragraph) || isFrontLine(paragraph)) continue;
    if (isTitleLike(paragraph) && !HEADING_START.test(paragraph)) nearest = i;
    break;
  }
  return nearest;
}

/** The speech's own lines that may stand between title and salutation. */
function isFrontLine(text: string): boolean {
  return isSubtitle(text) || isSpeakerLine(text);
}

/** Body text: long enough, ends like a sentence, and not about the site. */
function isProse(text: string): boolean {
  return Array.from(text).length >= 30 && /[。！？!?]/u.test(text) && !isSiteText(text);
}

function speechCopy(
  paragraphs: readonly string[],
  start: Start,
  end: number,
  pageTitles: ReadonlySet<string>,
  log: ChangeLog,
): { speech: LocatedSpeech; dropped: string[] } {
  const title = paragraphs[start.title]!;
  // Between title and salutation, the site's own lines (file card, disclaimer) are wrapper; the rest is the speech's.
  const between = paragraphs.slice(start.title + 1, start.body);
  const front = between.filter((line) => !isSiteText(line));
  const region: string[] = [];
  for (const paragraph of paragraphs.slice(start.body, end)) {
    if (pageTitles.has(paragraph) && paragraph !== title) log.record('page-title-copy', paragraph);
    else region.push(paragraph);
  }
  const cut = textEnd(region);
  const kept = region.slice(0, cut);
  const inside = truncationIn(kept);
  // A copy without its closing may have the page's notice just after its last sentence (…。 预览已结束，请下载完整版).
  const after =
    inside || isClosing(kept.at(-1) ?? '')
      ? null
      : truncationIn(region.slice(cut, cut + NOTICE_REACH));
  return {
    speech: {
      title,
      front,
      paragraphs: inside ? kept.slice(0, inside.paragraph + 1) : kept,
      truncation: inside?.notice ?? after?.notice ?? null,
    },
    dropped: [...between.filter(isSiteText), ...region.slice(cut)],
  };
}

/** Where a copy's text ends: after its (last) closing, before a list of other documents, or after its last sentence. */
function textEnd(region: readonly string[]): number {
  const footer = region.findIndex((paragraph, i) => i > 0 && isFooterHeading(paragraph));
  const limit = footer === -1 ? region.length : footer;
  for (let i = limit - 1; i >= 0; i--) if (isClosing(region[i]!)) return i + 1;
  let last = limit;
  while (last > 0 && !isBodyEnd(region[last - 1]!)) last--;
  return last === 0 ? limit : last;
}

/** The last paragraph of a speech ends a sentence (or says the text stops here) and is not the site's. */
function isBodyEnd(text: string): boolean {
  return (
    (endsSentence(text) && !isSiteText(text)) ||
    findTruncation(text) !== null ||
    (!isTitleLike(text) && !isSiteText(text) && Array.from(text).length > 40)
  );
}

/** The first truncation notice in the copy's text (one after its closing is the footer's, already cut off). */
function truncationIn(
  paragraphs: readonly string[],
): { notice: TruncationNotice; paragraph: number } | null {
  for (let i = 0; i < paragraphs.length; i++) {
    const notice = findTruncation(paragraphs[i]!);
    if (notice) return { notice, paragraph: i };
  }
  return null;
}
