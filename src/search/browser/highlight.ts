import { loadVariants } from './corpus.ts';
import { findHits, prepare } from '../core/match.ts';
import { parseQuery } from '../core/fold.ts';

/** The blocks a search hit can point at, as the search data lists them. */
const blocks = '.speech-title, .speech-body p[id], .speech-body section[id] > :is(h2, h3)';

/** A hit within one block: [start, end) of the concatenated text of its text nodes. */
interface BlockHits {
  nodes: Text[];
  ranges: (readonly [number, number])[];
}

/**
 * Marks every occurrence of the query (?hl=) on a speech page with the CSS
 * Custom Highlight API: the DOM stays as it is, so copying, text fragments
 * (#:~:text=) and the paragraph anchors are untouched. Text is folded the
 * same way as in the search, so a Simplified query lights up Traditional
 * text and the other way round. Engines without the API (Firefox before 140,
 * Safari before 17.2, older in-app browsers) get <mark> elements instead.
 */
export async function highlight(variantsUrl: string, query: string): Promise<void> {
  const variants = await loadVariants(variantsUrl);
  const terms = parseQuery(query, variants).map((phrase) => phrase.term);
  const found: BlockHits[] = [];
  for (const element of document.querySelectorAll('article.speech')) {
    for (const block of element.querySelectorAll(blocks)) {
      const nodes = textNodes(block);
      const [prepared] = prepare(
        [{ id: '', text: nodes.map((node) => node.data).join('') }],
        variants,
      );
      const ranges = findHits([prepared!], terms).flatMap((hit) => hit.ranges);
      if (ranges.length > 0) found.push({ nodes, ranges });
    }
  }
  if ('highlights' in CSS) {
    const ranges = found.flatMap(({ nodes, ranges }) =>
      ranges.map(([start, end]) => domRange(nodes, start, end)),
    );
    CSS.highlights.set('search-hit', new Highlight(...ranges));
  } else {
    for (const { nodes, ranges } of found) markRanges(nodes, ranges);
  }
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** A DOM Range for [start, end) of the concatenated text of `nodes`, which may span several of them. */
function domRange(nodes: readonly Text[], start: number, end: number): Range {
  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    const length = node.data.length;
    if (start >= offset && start < offset + length) range.setStart(node, start - offset);
    if (end > offset && end <= offset + length) {
      range.setEnd(node, end - offset);
      break;
    }
    offset += length;
  }
  return range;
}

/**
 * The pieces of `ranges` (over the concatenated text of nodes of the given
 * lengths) that fall in each node, as [node index, from, to] within that
 * node, last first. Overlapping ranges (two phrases sharing characters) are
 * merged first, so no two pieces overlap.
 */
export function markPieces(
  lengths: readonly number[],
  ranges: readonly (readonly [number, number])[],
): [number, number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const out: [number, number, number][] = [];
  let offset = 0;
  for (const [index, length] of lengths.entries()) {
    for (const [start, end] of merged) {
      const from = Math.max(start, offset);
      const to = Math.min(end, offset + length);
      if (from < to) out.push([index, from - offset, to - offset]);
    }
    offset += length;
  }
  return out.reverse();
}

/**
 * Wraps each range in <mark class="search-hit">, one per text node it
 * crosses, so no element is split and the block's text, ids and links stay
 * exactly as they were. Working from the last piece back keeps the offsets
 * of the earlier ones valid: splitting a text node leaves its start in place.
 */
function markRanges(nodes: readonly Text[], ranges: readonly (readonly [number, number])[]): void {
  for (const [index, from, to] of markPieces(
    nodes.map((node) => node.data.length),
    ranges,
  )) {
    const node = nodes[index]!;
    node.splitText(to);
    const hit = node.splitText(from);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    hit.replaceWith(mark);
    mark.append(hit);
  }
}
