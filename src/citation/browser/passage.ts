import { type Passage, textDirective, textFragmentUrl } from '../text-fragment.ts';

/** Elements whose text stands apart: a text directive's term never runs across two of them. */
const blocks =
  'p, h1, h2, h3, h4, li, dt, dd, pre, summary, td, th, div, section, article, nav, header, footer, form, details, main, body';
/** Text nobody reads on the page, so no term can match it. */
const unseen = 'script, style, template, button, [hidden]';

/**
 * The page's text from the top to the end of `upTo`, blocks separated by
 * "\n", with where `range` starts and ends in it and the words of the
 * page's language (Intl.Segmenter, the ICU word breaks Chromium matches at).
 */
export function readPassage(range: Range, upTo: Element): Passage {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(unseen) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  let block: Element | null = null;
  let start = -1;
  let end = -1;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (
      !upTo.contains(node) &&
      upTo.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING
    )
      break;
    // A boundary point before this node (between elements) falls before its block break.
    if (start < 0 && range.comparePoint(node, 0) >= 0) start = text.length;
    if (end < 0 && range.comparePoint(node, 0) > 0) end = text.length;
    const here = node.parentElement!.closest(blocks);
    if (here !== block && text !== '') text += '\n';
    block = here;
    if (node === range.startContainer) start = text.length + range.startOffset;
    if (node === range.endContainer) end = text.length + range.endOffset;
    text += node.data;
  }
  if (end < 0) end = text.length;
  const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
  const wordBoundaries = [...segmenter.segment(text)].map(({ index }) => index).concat(text.length);
  return { text, start, end, wordBoundaries };
}

/** The link to the selection: its first block's anchor (#p12, or #s2 in a heading) with a text fragment. */
export function selectionUrl(range: Range, body: Element): string | null {
  const first = (
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement
  )?.closest('p[id], section[id]');
  if (!first) return null;
  const passage = readPassage(range, body);
  if (passage.start < 0 || passage.text.slice(passage.start, passage.end).trim() === '')
    return null;
  return textFragmentUrl(location.href, first.id, textDirective(passage));
}
