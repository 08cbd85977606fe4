import type { ChangeLog } from './changes.ts';
import { cutSpans, PARAGRAPH_END, type Span } from './cut.ts';

/** A line that could be a running head: a title's length, no sentence in it, some Chinese. */
const HEAD_LIKE = /^(?=[^。！？!?；;]{4,60}$)(?=(?:.*\p{Script=Han}){4})/u;
const SALUTATION_OR_SUBTITLE = /^(?:[^。！？!?]{2,40}[:：]|[—─―-]{1,2}\S)/u;
/** A running head is printed at the top of every page: three copies at least. */
const MIN_COPIES = 3;

/**
 * A PDF's running head: the document's title printed at the top of every
 * page, which a copy puts on a line of its own between the last line of one
 * page and the first of the next, often mid-sentence. A title-like line is
 * taken for one when it stands on its own line three times or more and at
 * least one copy cuts a sentence. Every copy goes, except where the title
 * really stands: the page's first line, and a copy that opens a speech (a
 * salutation or subtitle follows it).
 */
export function removeRunningHeads(text: string, log: ChangeLog): string {
  const lines = text.split('\n');
  const offsets: number[] = [];
  lines.reduce((at, line) => (offsets.push(at), at + line.length + 1), 0);
  const copies = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (HEAD_LIKE.test(trimmed)) copies.set(trimmed, [...(copies.get(trimmed) ?? []), i]);
  });
  const firstLine = lines.findIndex((line) => line.trim() !== '');
  const spans: Span[] = [];
  for (const indices of copies.values()) {
    if (indices.length < MIN_COPIES || !indices.some((i) => cutsSentence(lines, i))) continue;
    for (const i of indices) {
      if (i === firstLine || opensSpeech(lines, i)) continue;
      spans.push({ start: offsets[i]!, end: offsets[i]! + lines[i]!.length });
    }
  }
  return cutSpans(text, spans, log, 'running-head');
}

function neighbour(lines: readonly string[], from: number, step: 1 | -1): string {
  for (let i = from + step; i >= 0 && i < lines.length; i += step)
    if (lines[i]!.trim() !== '') return lines[i]!.trim();
  return '';
}

function cutsSentence(lines: readonly string[], i: number): boolean {
  const before = neighbour(lines, i, -1);
  return before !== '' && neighbour(lines, i, 1) !== '' && !PARAGRAPH_END.test(before);
}

function opensSpeech(lines: readonly string[], i: number): boolean {
  return SALUTATION_OR_SUBTITLE.test(neighbour(lines, i, 1));
}
