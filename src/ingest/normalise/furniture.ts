import type { ChangeLog } from './changes.ts';
import { cutSpans, type Span } from './cut.ts';

/** A page number, in ASCII or full-width digits. */
const N = '[0-9０-９]{1,4}';
/** 页 in either script. */
const YE = '[页頁]';
const DASH = '[-－—–―]';

/**
 * Page numbers and page counters a paged viewer or PDF copy leaves in the
 * text. Forms that say 页 (or Page) are unmistakable wherever they fall;
 * bare or dashed numbers only where nothing but spaces and Chinese text
 * surround them, never touching a digit or Latin letter (so 2019—2020 and
 * 10/12 in prose stay).
 */
const ANYWHERE: readonly RegExp[] = [
  new RegExp(String.raw`第 ?${N} ?${YE} ?[,，/／、]? ?共 ?${N} ?${YE}`, 'gu'),
  new RegExp(String.raw`共 ?${N} ?${YE} ?[,，/／、]? ?第 ?${N} ?${YE}`, 'gu'),
  new RegExp(String.raw`\bPage ?${N} ?(?:of|/) ?${N}\b`, 'giu'),
  new RegExp(
    String.raw`(?<![\dA-Za-z]|${DASH})${DASH}{1,2} ?${N}(?: ?/ ?${N})? ?${DASH}{1,2}(?![\dA-Za-z]|${DASH})`,
    'gu',
  ),
  new RegExp(String.raw`(?<=^|[ \p{Script=Han}])${N} / ${N}(?=$|[ \p{Script=Han}])`, 'gmu'),
];

/** Forms that are page furniture only when they are the whole line: `12`, `第3页`, `3/12`, `Page 3`. */
const WHOLE_LINE = new RegExp(
  String.raw`^ *(?:${N}|第 ?${N} ?${YE}|${N} ?/ ?${N}|[Pp]age ?${N}|[Pp]\. ?${N}) *$`,
  'gmu',
);
/**
 * `第7页` or a spaced ` 7/12 ` inside a sentence could be the text's own
 * (见第7页); they are taken for furniture only where they continue the page
 * numbering around them.
 */
const WEAK: readonly RegExp[] = [
  new RegExp(String.raw`第 ?(${N}) ?${YE}(?! ?[,，/／、]? ?共)`, 'gu'),
  new RegExp(
    String.raw`(?<=[\p{Script=Han}，。、；：！？“”,.;:!?] )${N}/${N}(?= [\p{Script=Han}，。、；：！？“”,.;:!?])`,
    'gu',
  ),
];

interface Numbered extends Span {
  page: number;
  /** The form with its numbers and spaces blanked: 第N页, N/N, —N—. */
  form: string;
}

export function removePageNumbers(text: string, log: ChangeLog): string {
  const certain: Numbered[] = [];
  for (const pattern of [...ANYWHERE, WHOLE_LINE]) {
    for (const match of text.matchAll(pattern)) certain.push(numbered(match));
  }
  const kept = withoutOverlaps(certain) as Numbered[];
  const weak = WEAK.flatMap((pattern) => {
    const candidates = Array.from(text.matchAll(pattern), numbered).filter(
      (candidate) => !kept.some((span) => candidate.start < span.end && span.start < candidate.end),
    );
    return inSequence(kept, candidates);
  });
  return cutSpans(text, [...kept, ...weak], log, 'page-number');
}

function numbered(match: RegExpExecArray | RegExpMatchArray): Numbered {
  // The page is the number after 第, or the first number of the form.
  const digits = match[0].normalize('NFKC');
  const page = /第 ?(\d+)/u.exec(digits)?.[1] ?? /\d+/u.exec(digits)?.[0] ?? '0';
  const form = digits.replace(/\d+/gu, 'N').replace(/ /gu, '');
  return {
    start: match.index!,
    end: match.index! + match[0].length,
    page: Number.parseInt(page, 10),
    form,
  };
}

/**
 * Candidates of one form, kept when they number pages: together with the
 * certain page numbers of the same form (第7页 with 第7页, 7/12 with 7/12),
 * at least two numbers, rising through the text.
 */
function inSequence(certain: readonly Numbered[], candidates: readonly Numbered[]): Numbered[] {
  const forms = new Set(candidates.map((candidate) => candidate.form));
  return [...forms].flatMap((form) => {
    const own = candidates.filter((candidate) => candidate.form === form);
    const all = [...certain.filter((span) => span.form === form), ...own].sort(
      (a, b) => a.start - b.start,
    );
    return all.length >= 2 && rising(all) ? own : [];
  });
}

function rising(spans: readonly Numbered[]): boolean {
  return spans.every((span, i) => i === 0 || span.page > spans[i - 1]!.page);
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
