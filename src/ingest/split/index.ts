import { IngestError, quote } from '../errors.ts';
import type { LocatedSpeech, TruncationNotice } from '../locate/index.ts';
import { endsSentence } from '../locate/roles.ts';

/** One speech's text, every copy of it reconciled, still as scraped. */
export interface RawSpeech {
  title: string;
  front: string[];
  paragraphs: string[];
  /** Set only when the page holds part of the speech and partial publishing was asked for. */
  partial: PartialText | null;
}

export interface PartialText {
  /** The page's own notice that the text is cut short; null when the text just stops mid-sentence. */
  notice: string | null;
  /** The last characters the page holds. */
  endsWith: string;
  /** Characters the page says the whole speech has, when it says so. */
  announced: number | null;
  /** Characters missing, when the page lets us know. */
  missing: number | null;
}

export interface RemovedCopy {
  title: string;
  kind: 'preview' | 'duplicate';
  paragraphs: number;
  characters: number;
  text: string;
}

export interface Split {
  speeches: RawSpeech[];
  removed: RemovedCopy[];
}

export interface SplitOptions {
  allowPartial: boolean;
  /** The page's compilation title, which must name exactly the speeches found. */
  compilationTitle: string | null;
}

/**
 * Stage 3: one speech per title. Sites repeat a speech's opening as a
 * preview before the whole text, and some print the whole text twice: a
 * copy that another copy continues is dropped (reported), copies that
 * differ otherwise are an error, since choosing one would be a guess.
 * A speech the page holds only in part is refused unless asked for.
 */
export function splitSpeeches(copies: readonly LocatedSpeech[], options: SplitOptions): Split {
  const removed: RemovedCopy[] = [];
  const byTitle = new Map<string, LocatedSpeech[]>();
  for (const copy of copies)
    byTitle.set(copy.title, [
      ...(byTitle.get(copy.title) ?? []),
      { ...copy, paragraphs: withoutNotice(copy) },
    ]);
  const speeches = [...byTitle.values()].map((group) => {
    const fullest = group.reduce((best, copy) => (length(copy) > length(best) ? copy : best));
    for (const copy of group) {
      if (copy === fullest) continue;
      if (!continues(fullest, copy)) {
        throw new IngestError(
          `the page holds two different texts under the title ${quote(fullest.title)} (${length(copy)} and ${length(fullest)} characters, differing at ${quote(firstDifference(copy, fullest))}); expected one text per speech`,
        );
      }
      const whole = length(copy) === length(fullest) && copy.truncation === null;
      removed.push({
        title: copy.title,
        kind: whole ? 'duplicate' : 'preview',
        paragraphs: copy.paragraphs.length,
        characters: length(copy),
        text: copy.paragraphs.join('\n'),
      });
    }
    return toRaw(fullest, options);
  });
  if (options.compilationTitle !== null)
    assertNamesAll(
      options.compilationTitle,
      speeches.map((speech) => speech.title),
    );
  return { speeches, removed };
}

const COMPILATION_SUFFIX =
  /稿?(?:合[编編]|[汇匯彙][编編]|合集|[选選][编編]|精[选選]|[两兩]篇|[二三四五六七八九十\d]+篇)$/u;
const JOINERS = ['和', '及', '与', '與', '暨', '、'];

/**
 * A compilation title lists its speeches' titles, joined by 和, 及 or 、
 * (「A讲话和B讲话稿合编」). Every speech it names must be on the page, and
 * only those: a speech missing from the text, or one the title does not
 * name, means the page was not read as the site meant.
 */
function assertNamesAll(compilationTitle: string, titles: readonly string[]): void {
  let rest = compilationTitle.replace(COMPILATION_SUFFIX, '');
  titles.forEach((title, i) => {
    const named = rest.startsWith(title);
    if (named) rest = rest.slice(title.length).replace(/^稿/u, '');
    const joiner = JOINERS.find((candidate) => rest.startsWith(candidate));
    if (named && i < titles.length - 1 && joiner) rest = rest.slice(joiner.length);
    else if (!named || (i < titles.length - 1 && !joiner)) rest = `\0${rest}`;
  });
  if (rest !== '') {
    throw new IngestError(
      `the compilation title ${quote(compilationTitle)} does not name exactly the ${titles.length} speeches found (${titles.map(quote).join(', ')}); expected every speech it names on the page, in order, and no other`,
    );
  }
}

function toRaw(copy: LocatedSpeech, options: SplitOptions): RawSpeech {
  const partial = partialText(copy);
  if (copy.paragraphs.length === 0)
    throw new IngestError(
      `the speech ${quote(copy.title)} has no text; expected paragraphs after its title`,
    );
  if (partial && !options.allowPartial) {
    const reason =
      partial.notice === null
        ? `the text stops mid-sentence at ${quote(partial.endsWith)} with no closing`
        : `the page says ${quote(partial.notice)}`;
    throw new IngestError(
      `the speech ${quote(copy.title)} is incomplete (${reason}); expected the whole text (--allow-partial publishes it marked as a fragment)`,
    );
  }
  return { title: copy.title, front: copy.front, paragraphs: copy.paragraphs, partial };
}

function partialText(copy: LocatedSpeech): PartialText | null {
  const last = copy.paragraphs.at(-1) ?? '';
  const endsWith = [...last].slice(-12).join('');
  if (copy.truncation) return fromNotice(copy.truncation, length(copy), endsWith);
  if (endsSentence(last)) return null;
  return { notice: null, endsWith, announced: null, missing: null };
}

function fromNotice(notice: TruncationNotice, shown: number, endsWith: string): PartialText {
  const missing =
    notice.hidden ??
    (notice.announced !== null ? notice.announced - (notice.shown ?? shown) : null);
  return { notice: notice.text.trim(), endsWith, announced: notice.announced, missing };
}

/** The copy's paragraphs with the truncation notice (and anything after it in its paragraph) cut away. */
function withoutNotice(copy: LocatedSpeech): string[] {
  if (!copy.truncation) return copy.paragraphs;
  const paragraphs = [...copy.paragraphs];
  const last = paragraphs.pop() ?? '';
  const at = last.indexOf(copy.truncation.text);
  // The notice stood after the copy's last sentence: the text itself is whole up to there.
  if (at === -1) return [...paragraphs, last];
  const kept = (at === -1 ? last : last.slice(0, at)).replace(/[…\.\s]+$/u, '').trim();
  return kept === '' ? paragraphs : [...paragraphs, kept];
}

/** Whether `longer` continues `copy`: the same paragraphs, the last one possibly cut short. */
function continues(longer: LocatedSpeech, copy: LocatedSpeech): boolean {
  return (
    copy.paragraphs.every((paragraph, i) => {
      const other = longer.paragraphs[i];
      if (other === undefined) return false;
      return i === copy.paragraphs.length - 1 ? other.startsWith(paragraph) : other === paragraph;
    }) && copy.front.every((line, i) => longer.front[i] === line)
  );
}

function firstDifference(a: LocatedSpeech, b: LocatedSpeech): string {
  const left = a.paragraphs.join('\n');
  const right = b.paragraphs.join('\n');
  let i = 0;
  while (i < left.length && left[i] === right[i]) i++;
  return left.slice(i, i + 12);
}

function length(copy: LocatedSpeech): number {
  return copy.paragraphs.reduce((sum, paragraph) => sum + Array.from(paragraph).length, 0);
}
