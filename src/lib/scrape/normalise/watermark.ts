import type { ChangeLog } from './changes.ts';
import { cutSpans, type Span } from './cut.ts';
import { withoutOverlaps } from './furniture.ts';

/** A web address as watermarks print it: www.example.com, http://example.cn/path. */
const ADDRESS = /(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|cc|top|vip|info|biz|wang|xyz|site|me|co)(?:\/[\w./-]*)?/giu;
/** How far a watermark's text may reach on each side of its address. */
const REACH = 40;
/** With no copy standing on its own line, this many copies must agree before their shared text is trusted. */
const AGREEING_COPIES = 3;

/**
 * A site's watermark: a line with its web address, repeated at every page
 * break, often glued into the text mid-word. Its extent is known exactly
 * from a copy that stands on its own line; failing that, from what every
 * copy has in common around the address, when enough copies agree that the
 * shared text cannot be chance. Each copy is then cut out.
 */
export function removeWatermarks(text: string, log: ChangeLog): string {
  const byAddress = new Map<string, number[]>();
  for (const match of text.matchAll(ADDRESS)) {
    const key = match[0].toLowerCase();
    byAddress.set(key, [...(byAddress.get(key) ?? []), match.index]);
  }
  const spans: Span[] = [];
  for (const [address, starts] of byAddress) {
    if (starts.length < 2) continue;
    for (const mark of watermarkTexts(text, starts, address.length)) {
      for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length)) spans.push({ start: at, end: at + mark.length });
    }
  }
  return cutSpans(text, withoutOverlaps(spans), log, 'watermark');
}

/**
 * The watermark's text: the address with what every copy has around it,
 * reaching no further than each copy's piece of line. A copy that stands on
 * its own bounds the text exactly; otherwise enough copies must agree that
 * what they share cannot be the text's own characters by chance.
 */
function watermarkTexts(text: string, starts: readonly number[], length: number): string[] {
  const pieces = starts.map((start) => pieceBounds(text, start));
  const standalone = pieces.some((piece, i) => piece.end - piece.start - length <= REACH * 2 && piece.start >= starts[i]! - REACH && piece.end <= starts[i]! + length + REACH);
  if (!standalone && starts.length < AGREEING_COPIES) return [];
  const lefts = starts.map((start, i) => text.slice(Math.max(pieces[i]!.start, start - REACH), start));
  const rights = starts.map((start, i) => text.slice(start + length, Math.min(pieces[i]!.end, start + length + REACH)));
  const left = commonSuffix(lefts).replace(/^[，。、；：！？“”,.;:!? ]+/u, '');
  const right = commonPrefix(rights).replace(/[，。、；：！？“”,.;:!? ]+$/u, '');
  return [`${left}${text.slice(starts[0]!, starts[0]! + length)}${right}`];
}

function commonPrefix(texts: readonly string[]): string {
  let length = 0;
  while (texts.every((text) => length < text.length && text[length] === texts[0]![length])) length++;
  return texts[0]!.slice(0, length);
}

function commonSuffix(texts: readonly string[]): string {
  const reversed = texts.map((text) => [...text].reverse().join(''));
  return [...commonPrefix(reversed)].reverse().join('');
}

/** The piece of its line (between paragraph gaps) that holds `offset`. */
function pieceBounds(text: string, offset: number): { start: number; end: number } {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  const gapBefore = text.slice(start, offset).lastIndexOf('  ');
  if (gapBefore !== -1) start += gapBefore + 2;
  const gapAfter = text.slice(offset, end).indexOf('  ');
  if (gapAfter !== -1) end = offset + gapAfter;
  while (text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end };
}
