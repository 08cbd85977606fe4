import { HEADING_START } from '../structure/headings.ts';
import type { ChangeKind, ChangeLog } from './changes.ts';

/** A stretch of the text to remove: [start, end) in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Ends a paragraph: a sentence-final mark or a colon, then any closing quotes or brackets (a closing quote alone may be mid-sentence: “两个健康”既是…; a semicolon almost never ends one). */
export const PARAGRAPH_END = /[。！？!?…:：][”’」』）)]*$/u;
/** Lines that stand on their own whatever follows: numbered headings. */
const INDENT = /^ {2}/u;
const GAP_INSIDE = /\S {2,}\S/u;

/**
 * Removes inserted furniture (page numbers, watermarks) and mends the text it
 * cut. Inline, the spaces around a removal go with it, unless one side had a
 * paragraph gap (two or more spaces), which is kept. A removal that empties
 * its line takes the line (and blank lines around it) away; a removal at a
 * line's edge marks a page break there. Across a page break the two lines
 * are joined again when the first does not end its paragraph, so a sentence
 * cut by a page number reads as one.
 */
export function cutSpans(
  text: string,
  spans: readonly Span[],
  log: ChangeLog,
  kind: ChangeKind,
): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  // Offsets in `out` where a page break sits between two lines.
  const breaks: number[] = [];
  for (const span of sorted) {
    if (span.start < at) continue;
    log.record(kind, text.slice(span.start, span.end).trim());
    let before = text.slice(at, span.start);
    let end = span.end;
    const leftSpaces = /( *)$/u.exec(before)![1]!.length;
    before = before.slice(0, before.length - leftSpaces);
    let rightSpaces = 0;
    while (text[end] === ' ') {
      end++;
      rightSpaces++;
    }
    out += before;
    const lineStart = out.length === 0 || out.endsWith('\n');
    const lineEnd = end >= text.length || text[end] === '\n';
    if (lineStart || lineEnd) breaks.push(out.length);
    else if (leftSpaces >= 2 || rightSpaces >= 2) out += '   ';
    at = end;
  }
  out += text.slice(at);
  return mendBreaks(out, breaks);
}

/** Rejoins the lines around each page break, dropping the empty lines a removal left. */
function mendBreaks(text: string, breaks: readonly number[]): string {
  let out = text;
  const indentsParagraphs = marksParagraphsByIndent(text);
  // From the end, so earlier offsets stay valid.
  for (const offset of [...breaks].reverse()) {
    const head = out.slice(0, offset);
    const tail = out.slice(offset);
    const headTrim = head.replace(/[ \n]*$/u, '');
    const tailTrim = tail.replace(/^[ \n]*/u, '');
    const gap = out.slice(headTrim.length, out.length - tailTrim.length);
    if (headTrim === '' || tailTrim === '') {
      out = headTrim + (headTrim && tailTrim ? gap : '') + tailTrim;
      continue;
    }
    const lastLine = headTrim.slice(headTrim.lastIndexOf('\n') + 1).trim();
    const nextLine = tailTrim.slice(
      0,
      tailTrim.indexOf('\n') === -1 ? undefined : tailTrim.indexOf('\n'),
    );
    // Where paragraphs are gaps within long lines (the seed's format), a line break is only the page's: the gap decides.
    if (GAP_INSIDE.test(lastLine) || GAP_INSIDE.test(nextLine)) {
      out = headTrim + (/ {2}/u.test(gap) ? '   ' : joiner(headTrim, tailTrim)) + tailTrim;
      continue;
    }
    const nextIndented = INDENT.test(tail.replace(/^ *\n/gu, '').replace(/^\n+/u, ''));
    // Where paragraphs open indented, a long line that is not indented continues one, even after a full stop.
    const continuesByIndent =
      indentsParagraphs &&
      !nextIndented &&
      isProseLine(nextLine) &&
      /\n/u.test(gap) &&
      !/\n *\n *\n/u.test(gap);
    const joins =
      continuesByIndent ||
      (!PARAGRAPH_END.test(lastLine) &&
        !isHeadingLine(lastLine) &&
        !HEADING_START.test(nextLine) &&
        !nextIndented);
    if (joins) out = headTrim + joiner(headTrim, tailTrim) + tailTrim;
    else out = headTrim + separator(gap) + tail.replace(/^(?:[ ]*\n)+/u, '');
  }
  return out;
}

/** Whether the text opens its paragraphs with an indent: enough of its lines start with one. */
function marksParagraphsByIndent(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const indented = lines.filter((line) => /^ {2,}\S/u.test(line)).length;
  return indented >= 3 && indented >= lines.length * 0.1;
}

/** A line that could continue a paragraph: not a heading, a salutation or a title (a short line with no sentence in it). */
function isProseLine(line: string): boolean {
  const length = Array.from(line).length;
  const titleLike =
    length <= 60 &&
    !/[。！？!?，,；;]/u.test(line) &&
    (line.match(/\p{Script=Han}/gu)?.length ?? 0) >= 4;
  return !HEADING_START.test(line) && !(length <= 40 && /[:：]$/u.test(line)) && !titleLike;
}

/** A heading standing on its line: numbered, short, not a sentence (a wrapped line that starts with （三） is not one). */
function isHeadingLine(line: string): boolean {
  return HEADING_START.test(line) && !/[。！？!?]/u.test(line) && Array.from(line).length <= 30;
}

/** Lines of Chinese join with nothing between; two Latin words or numbers keep a space. */
export function joiner(left: string, right: string): string {
  return /[A-Za-z0-9]$/u.test(left) && /^[A-Za-z0-9]/u.test(right) ? ' ' : '';
}

/**
 * The break kept where a removal sat between paragraphs: a blank line if
 * there was one besides the removed line (whose own two line ends make
 * two newlines), else a newline.
 */
function separator(gap: string): string {
  return (gap.match(/\n/gu)?.length ?? 0) >= 3 ? '\n\n' : '\n';
}
