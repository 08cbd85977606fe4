/**
 * Links to a passage with a text directive (URL Fragment Text Directives,
 * WICG): `…/speech-1/#p12:~:text=<start>,<end>`. The part before `:~:` is an
 * ordinary fragment, so a browser without text fragments still lands on the
 * paragraph; one with them scrolls to the passage and highlights it.
 */

/**
 * Percent-encodes one term of a text directive. encodeURIComponent already
 * encodes `&`, `,` and everything that is not URL-safe; the directive's own
 * syntax also gives `-` a meaning (prefix-, -suffix), so it is encoded too.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/gu, '%2D');
}

/** A selection in the text of a page, as the browser shell measures it. */
export interface Passage {
  /**
   * The page's visible text from its start to the end of the part that can
   * hold the selection, with "\n" between blocks (a term cannot cross one).
   */
  text: string;
  /** Where the selection starts and ends in `text`. */
  start: number;
  end: number;
  /**
   * Offsets in `text` where words begin and end, ascending (Intl.Segmenter's
   * words). Browsers match a term only at word boundaries, so a term that
   * began or ended inside a word would match nothing.
   */
  wordBoundaries: readonly number[];
}

export interface DirectiveOptions {
  /** Passages up to this many characters within one block are quoted whole. */
  exactMax: number;
  /** A start or end term of a longer passage has at least this many characters. */
  termMin: number;
}

const defaults: DirectiveOptions = { exactMax: 24, termMin: 6 };

/**
 * The text directive (`text=…`) that picks out the selected passage and no
 * earlier text on the page. Browsers take the first match from the top of
 * the page, so each term grows, a word at a time, until its first
 * occurrence is the selected one:
 *
 * - a short passage inside one block is quoted whole (`text=<passage>`);
 * - a longer one, or one across blocks, is `text=<start>,<end>`: the start
 *   from its first block, the end from its last;
 * - where the start still occurs earlier (a heading is also in the table of
 *   contents), the words before it, in its block or the block before, are
 *   added as a prefix (`text=<prefix>-,…`).
 *
 * The passage is widened to whole words first (see `wordBoundaries`).
 */
export function textDirective(passage: Passage, options: Partial<DirectiveOptions> = {}): string {
  const { exactMax, termMin } = { ...defaults, ...options };
  const { text } = passage;
  const words = passage.wordBoundaries;
  let start = words.findLast((offset) => offset <= passage.start) ?? passage.start;
  let end = words.find((offset) => offset >= passage.end) ?? passage.end;
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  if (start === end)
    throw new Error('Expected a selection holding some text, got only white space');

  const selected = text.slice(start, end);
  const firstBreak = selected.indexOf('\n');
  const oneBlock = firstBreak === -1;
  const inside = (from: number, to: number) =>
    words.filter((offset) => offset > from && offset < to);
  const firstHere = (from: number, to: number) => text.indexOf(text.slice(from, to)) === from;

  if (oneBlock && selected.length <= exactMax)
    return withPrefix(passage, start, end, encodeTextTerm(selected));

  // The start term ends at a word boundary in the first block (in the first half of a one-block passage).
  const half = start + Math.floor(selected.length / 2);
  const startLimit = oneBlock
    ? (words.findLast((offset) => offset > start && offset <= half) ?? half)
    : start + firstBreak;
  const startEnds = [
    ...inside(start, startLimit).filter((offset) => offset - start >= termMin),
    startLimit,
  ];
  const startEnd = startEnds.find((to) => firstHere(start, to)) ?? startLimit;
  // The end term begins at a word boundary in the last block, after the start term.
  const endFloor = Math.max(oneBlock ? start : start + selected.lastIndexOf('\n') + 1, startEnd);
  const endStarts = [
    ...inside(endFloor, end)
      .reverse()
      .filter((offset) => end - offset >= termMin),
    endFloor,
  ];
  const endStart =
    endStarts.find((from) => text.indexOf(text.slice(from, end), startEnd) === from) ?? endFloor;
  const terms = `${encodeTextTerm(text.slice(start, startEnd))},${encodeTextTerm(text.slice(endStart, end))}`;
  return withPrefix(passage, start, startEnd, terms);
}

/**
 * `text=<terms>`, with a prefix if the first term (`text[start, termEnd)`)
 * occurs earlier on the page: the fewest words before it, from its own block
 * or else from the end of the block before, that make it first occur here.
 * Browsers let white space, block breaks included, stand between the two.
 */
function withPrefix(
  { text, wordBoundaries }: Passage,
  start: number,
  termEnd: number,
  terms: string,
): string {
  if (text.indexOf(text.slice(start, termEnd)) === start) return `text=${terms}`;
  const blockStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = blockStart === start ? blockStart - 1 : start;
  const from = before <= 0 ? -1 : text.lastIndexOf('\n', before - 1) + 1;
  const starts = wordBoundaries.filter((offset) => offset >= from && offset < before).reverse();
  const prefixStart = starts.find((offset) => text.indexOf(text.slice(offset, termEnd)) === offset);
  if (from === -1 || prefixStart === undefined) return `text=${terms}`;
  return `text=${encodeTextTerm(text.slice(prefixStart, before))}-,${terms}`;
}

/** `pageUrl` (any fragment dropped) with the fragment `#<id>:~:<directive>`. */
export function textFragmentUrl(pageUrl: string, id: string, directive: string): string {
  const hash = pageUrl.indexOf('#');
  return `${hash === -1 ? pageUrl : pageUrl.slice(0, hash)}#${id}:~:${directive}`;
}
