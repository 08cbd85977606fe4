import type { Manifest, SearchStrings } from './data.ts';
import { excerpt, type Hit } from './match.ts';
import type { Outcome, Place } from './search.ts';

export interface View {
  /** Group headings: h2 on the results page; plain text in the header panel. */
  headings: boolean;
  /** Hits shown per speech, or all. */
  limit?: number;
}

/**
 * Draws an outcome into `region` with DOM calls and textContent only: the
 * query is the reader's text and never becomes markup.
 */
export function render(region: HTMLElement, outcome: Outcome, manifest: Manifest, view: View): void {
  const t = manifest.ui;
  const quoted = outcome.phrases.map((phrase) => `“${phrase.text}”`).join('、');
  const several = outcome.phrases.length > 1;
  const nodes: Node[] = [];

  if (outcome.phrases.length === 0) {
    nodes.push(el('p', 'search-summary', t.prompt), el('p', 'search-rules', t.rules));
  } else if (outcome.total === 0) {
    nodes.push(el('p', 'search-summary', fill(several ? t.noneAll : t.none, { q: quoted })));
    if (outcome.places.length > 0) nodes.push(...places(outcome.places, several, manifest));
    nodes.push(el('p', 'search-rules', t.rules));
  } else {
    const counts = { q: quoted, n: outcome.total, s: outcome.results.length };
    nodes.push(el('p', 'search-summary', fill(several ? t.foundAll : t.foundOne, counts)));
    for (const { entry, hits } of outcome.results) {
      const group = el('section', 'search-group');
      group.dataset.slug = entry.slug;
      group.dataset.count = String(hits.length);
      const heading = el(view.headings ? 'h2' : 'p', 'search-group-title');
      heading.append(link(entry.href, entry.title), ' ', el('span', 'search-count', fill(several ? t.paragraphs : t.places, { n: hits.length })));
      const list = el('ol', 'search-hits');
      for (const hit of hits.slice(0, view.limit)) list.append(el('li', '', hitLink(hit, entry.href, outcome.query, t)));
      group.append(heading, list);
      nodes.push(group);
    }
    if (view.limit !== undefined) nodes.push(el('p', 'search-all', link(searchHref(manifest, outcome.query), t.viewAll)));
  }
  region.replaceChildren(...nodes);
}

function hitLink(hit: Hit, pageHref: string, query: string, t: SearchStrings): HTMLAnchorElement {
  const { id, text } = hit.block;
  const a = link(`${pageHref}?${new URLSearchParams({ hl: query })}${id ? `#${id}` : ''}`);
  a.dataset.hit = '';
  const where = id === '' ? t.title : id.startsWith('p') ? fill(t.paragraph, { n: id.slice(1) }) : t.heading;
  const context = el('span', 'search-excerpt');
  for (const segment of excerpt(text, hit.focus, hit.ranges)) {
    context.append(segment.mark ? el('mark', '', segment.text) : segment.text);
  }
  a.append(el('span', 'search-where', where), context);
  return a;
}

/** Where the words of a query that found nothing occur, each a link to its own search. */
function places(list: readonly Place[], several: boolean, manifest: Manifest): Node[] {
  const t = manifest.ui;
  const items = el('ul', 'search-places');
  for (const place of list) {
    const where = place.found.map(({ entry, count }) => `${entry.title} ${fill(t.places, { n: count })}`);
    items.append(el('li', '', link(searchHref(manifest, place.text), `“${place.text}”`), `：${where.join('；') || t.nowhere}`));
  }
  return [el('p', '', several ? t.separately : t.parts), items];
}

function searchHref(manifest: Manifest, query: string): string {
  return `${manifest.searchPage}?${new URLSearchParams({ q: query })}`;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

/** An element holding `content`: strings become text nodes, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...content: (string | Node)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...content);
  return element;
}

function link(href: string, ...content: (string | Node)[]): HTMLAnchorElement {
  const a = el('a', '', ...content);
  a.href = href;
  return a;
}
