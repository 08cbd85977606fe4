import type { ChangeLog } from './changes.ts';
import { cutSpans, type Span } from './cut.ts';

const N = String.raw`\d{1,4}`;
const DASH = '[-－—–―]';

/**
 * Page numbers and page counters a paged viewer or PDF copy leaves in the
 * text. Forms that say 页 (or Page) are unmistakable wherever they fall;
 * bare or dashed numbers only where nothing but spaces and Chinese text
 * surround them, never touching a digit or Latin letter (so 2019—2020 and
 * 10/12 in prose stay).
 */
const ANYWHERE: readonly RegExp[] = [
  new RegExp(String.raw`第 ?${N} ?页 ?[,，/／、]? ?共 ?${N} ?页`, 'gu'),
  new RegExp(String.raw`共 ?${N} ?页 ?[,，/／、]? ?第 ?${N} ?页`, 'gu'),
  new RegExp(String.raw`\bPage ?${N} ?(?:of|/) ?${N}\b`, 'giu'),
  new RegExp(String.raw`(?<![\dA-Za-z]|${DASH})${DASH}{1,2} ?${N} ?${DASH}{1,2}(?![\dA-Za-z]|${DASH})`, 'gu'),
  new RegExp(String.raw`(?<=^|[ \p{Script=Han}])${N} / ${N}(?=$|[ \p{Script=Han}])`, 'gmu'),
];

/** Forms that are page furniture only when they are the whole line: `12`, `第3页`, `3/12`. */
const WHOLE_LINE = new RegExp(String.raw`^ *(?:${N}|第 ?${N} ?页|${N} ?/ ?${N}) *$`, 'gmu');
/**
 * `第7页` inside a sentence could be the text's own (见第7页); it is taken
 * for furniture only where it continues the page numbering around it.
 */
const PAGE_ALONE = new RegExp(String.raw`第 ?(${N}) ?页(?! ?[,，/／、]? ?共)`, 'gu');

interface Numbered extends Span {
  page: number;
}

export function removePageNumbers(text: string, log: ChangeLog): string {
  const certain: Numbered[] = [];
  for (const pattern of [...ANYWHERE, WHOLE_LINE]) {
    for (const match of text.matchAll(pattern)) certain.push(numbered(match));
  }
  const kept = withoutOverlaps(certain) as Numbered[];
  const candidates = Array.from(text.matchAll(PAGE_ALONE), numbered).filter((candidate) => !kept.some((span) => candidate.start < span.end && span.start < candidate.end));
  return cutSpans(text, [...kept, ...inSequence(kept, candidates)], log, 'page-number');
}

function numbered(match: RegExpExecArray | RegExpMatchArray): Numbered {
  // The page is the number after 第, or the first number of the form.
  const page = /第 ?(\d+)/u.exec(match[0])?.[1] ?? /\d+/u.exec(match[0])?.[0] ?? '0';
  return { start: match.index!, end: match.index! + match[0].length, page: Number.parseInt(page, 10) };
}

/** The candidates that keep page numbers strictly rising through the text, when at least two numbers make a sequence. */
function inSequence(certain: readonly Numbered[], candidates: readonly Numbered[]): Numbered[] {
  const all = [...certain, ...candidates].sort((a, b) => a.start - b.start);
  if (all.length < 2) return [];
  const rising = all.every((span, i) => i === 0 || span.page > all[i - 1]!.page);
  return rising ? [...candidates] : [];
}

/** The first of overlapping spans wins; a longer one starting at the same place is preferred. */
export function withoutOverlaps(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
