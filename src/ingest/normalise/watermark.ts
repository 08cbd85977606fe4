import type { ChangeLog } from './changes.ts';
import { cutSpans, type Span } from './cut.ts';
import { withoutOverlaps } from './furniture.ts';

/** A web address as watermarks print it: www.example.com, http://example.cn/path. */
const ADDRESS =
  /(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|cc|top|vip|info|biz|wang|xyz|site|me|co)(?:\/[\w./-]*)?/giu;
/** Words only a site's slogan uses, which stand in for the address in a watermark that has none. */
const SITE_SLOGAN =
  /每日更新|转载请注明|更多精品|免费下载|版权所有|[文范]库|[文范][档檔]网|范文网|资源网/gu;
/** How far a watermark's text may reach on each side of its address. */
const REACH = 40;
/** With no copy standing on its own line, this many copies must agree before their shared text is trusted. */
const AGREEING_COPIES = 3;

/**
 * A site's watermark: a line with its web address (or a slogan only sites
 * use), repeated at every page break, often glued into the text mid-word.
 * Found once, on the whole text, from the copies of each address that
 * occurs more than once.
 */
export function findWatermarks(text: string): string[] {
  const byAddress = new Map<string, number[]>();
  for (const match of [...text.matchAll(ADDRESS), ...text.matchAll(SITE_SLOGAN)]) {
    const key = match[0].toLowerCase();
    byAddress.set(key, [...(byAddress.get(key) ?? []), match.index]);
  }
  return [...byAddress].flatMap(([address, starts]) =>
    starts.length < 2 ? [] : watermarkTexts(text, starts, address.length),
  );
}

/** Cuts every copy of the watermarks out of the text. */
export function removeWatermarks(text: string, marks: readonly string[], log: ChangeLog): string {
  const spans: Span[] = [];
  for (const mark of marks) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length))
      spans.push({ start: at, end: at + mark.length });
  }
  return cutSpans(text, withoutOverlaps(spans), log, 'watermark');
}

/**
 * The watermark's text: the address with what most of its copies have
 * around it, reaching no further than each copy's piece of line. A copy
 * that stands on its own bounds the text; otherwise at least three copies
 * must agree, so that what they share cannot be the text's own characters
 * by chance. A majority rather than all copies decides, so one copy stamped
 * beside or inside another does not cut the watermark short.
 */
function watermarkTexts(text: string, starts: readonly number[], length: number): string[] {
  const pieces = starts.map((start) => pieceBounds(text, start));
  const standalone = pieces.some(
    (piece, i) => piece.start >= starts[i]! - REACH && piece.end <= starts[i]! + length + REACH,
  );
  if (!standalone && starts.length < AGREEING_COPIES) return [];
  const lefts = starts.map((start, i) =>
    [...text.slice(Math.max(pieces[i]!.start, start - REACH), start)].reverse().join(''),
  );
  const rights = starts.map((start, i) =>
    text.slice(start + length, Math.min(pieces[i]!.end, start + length + REACH)),
  );
  const left = [...majorityPrefix(lefts)]
    .reverse()
    .join('')
    .replace(/^[，。、；：！？“”,.;:!? ]+/u, '');
  const right = majorityPrefix(rights).replace(/[，。、；：！？“”,.;:!? ]+$/u, '');
  return [`${left}${text.slice(starts[0]!, starts[0]! + length)}${right}`];
}

/** The longest prefix that more than half of the texts share. */
function majorityPrefix(texts: readonly string[]): string {
  let prefix = '';
  for (let length = 1; length <= REACH; length++) {
    const counts = new Map<string, number>();
    for (const text of texts)
      if (text.length >= length)
        counts.set(text.slice(0, length), (counts.get(text.slice(0, length)) ?? 0) + 1);
    const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (count * 2 <= texts.length) break;
    prefix = best;
  }
  return prefix;
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
