import { loadVariants } from './data.ts';
import { findHits, prepare } from './match.ts';
import { parseQuery } from './normalise.ts';

/** The blocks a search hit can point at, as the search data lists them. */
const blocks = '.speech-title, .speech-body p[id], .speech-body section[id] > :is(h2, h3)';

/**
 * Marks every occurrence of the query (?hl=) on a speech page with the CSS
 * Custom Highlight API: the DOM stays as it is, so copying, text fragments
 * (#:~:text=) and the paragraph anchors are untouched. Text is folded the
 * same way as in the search, so a Simplified query lights up Traditional
 * text and the other way round.
 */
export async function highlight(variantsUrl: string, query: string): Promise<void> {
  if (!('highlights' in CSS)) return;
  const variants = await loadVariants(variantsUrl);
  const terms = parseQuery(query, variants).map((phrase) => phrase.term);
  const ranges: Range[] = [];
  for (const element of document.querySelectorAll('article.speech')) {
    for (const block of element.querySelectorAll(blocks)) {
      const nodes = textNodes(block);
      const [prepared] = prepare([{ id: '', text: nodes.map((node) => node.data).join('') }], variants);
      for (const hit of findHits([prepared!], terms)) {
        for (const [start, end] of hit.ranges) ranges.push(domRange(nodes, start, end));
      }
    }
  }
  CSS.highlights.set('search-hit', new Highlight(...ranges));
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
