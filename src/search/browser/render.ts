import type { Manifest, SearchStrings } from '../core/format.ts';
import { excerpt, type Hit } from '../core/match.ts';
import type { Outcome, Place } from './search.ts';

export interface View {
  /** Group headings: h2 on the results page; plain text in the header panel. */
  headings: boolean;
  /** Hits shown per speech, or all. */
  limit?: number;
  /** Whether a button may offer to check the next page of candidate speeches (the results page). */
  more: boolean;
}

/**
 * Draws an outcome into `region` with DOM calls and textContent only: the
 * query is the reader's text and never becomes markup.
 */
export function render(
  region: HTMLElement,
  outcome: Outcome,
  manifest: Manifest,
  view: View,
): void {
  const t = manifest.ui;
  const quoted = outcome.phrases.map((phrase) => `“${phrase.text}”`).join('、');
  const several = outcome.phrases.length > 1;
  const nodes: Node[] = [];

  if (outcome.phrases.length === 0) {
    nodes.push(el('p', 'search-summary', t.prompt), el('p', 'search-rules', t.rules));
  } else if (outcome.total === 0) {
    nodes.push(
      el(
        'p',
        'search-summary',
        checked(outcome, t) + fill(several ? t.noneAll : t.none, { q: quoted }),
      ),
    );
    if (outcome.places.length > 0) nodes.push(...places(outcome.places, several, manifest));
    nodes.push(...more(outcome, view, manifest), el('p', 'search-rules', t.rules));
  } else {
    const counts = { q: quoted, n: outcome.total, s: outcome.results.length };
    nodes.push(
      el(
        'p',
        'search-summary',
        checked(outcome, t) + fill(several ? t.foundAll : t.foundOne, counts),
      ),
    );
    for (const { entry, hits } of outcome.results) {
      const group = el('section', 'search-group');
      group.dataset.slug = entry.slug;
      group.dataset.count = String(hits.length);
      const heading = el(view.headings ? 'h2' : 'p', 'search-group-title');
      heading.append(
        link(entry.href, entry.title),
        ' ',
        el('span', 'search-count', fill(several ? t.paragraphs : t.places, { n: hits.length })),
      );
      const list = el('ol', 'search-hits');
      for (const hit of hits.slice(0, view.limit))
        list.append(el('li', '', hitLink(hit, entry.href, outcome.query, manifest)));
      group.append(heading, list);
      nodes.push(group);
    }
    nodes.push(...more(outcome, view, manifest));
    if (view.limit !== undefined)
      nodes.push(el('p', 'search-all', link(searchHref(manifest, outcome.query), t.viewAll)));
  }
  region.dataset.candidates = String(outcome.candidates);
  region.dataset.checked = String(outcome.checked);
  region.replaceChildren(...nodes);
}

/** Before the counts, while candidate speeches are left: how many of them the counts cover. */
function checked(outcome: Outcome, t: SearchStrings): string {
  return outcome.checked < outcome.candidates
    ? fill(t.checked, { c: outcome.candidates, n: outcome.checked })
    : '';
}

/** The button that checks the next page of candidates; attach.ts listens for it. */
function more(outcome: Outcome, view: View, manifest: Manifest): Node[] {
  const left = outcome.candidates - outcome.checked;
  if (!view.more || left === 0) return [];
  const button = el(
    'button',
    'search-more',
    fill(manifest.ui.more, { n: Math.min(left, manifest.index.speechesPerPage) }),
  );
  button.type = 'button';
  button.dataset.searchMore = '';
  return [el('p', '', button)];
}

/**
 * A hit links to its block, which the page highlights (?hl=). A hit in a
 * witness's reading is marked 异文 and links to its paragraph's item in the
 * 校勘记, without ?hl=: the reading text there does not hold the phrase.
 */
function hitLink(hit: Hit, pageHref: string, query: string, manifest: Manifest): HTMLAnchorElement {
  const t = manifest.ui;
  const { id, text } = hit.block;
  const a = hit.witnesses
    ? link(`${pageHref}#v-${id}`)
    : link(`${pageHref}?${new URLSearchParams({ hl: query })}${id ? `#${id}` : ''}`);
  a.dataset.hit = '';
  const where = el(
    'span',
    'search-where',
    id === '' ? t.title : id.startsWith('p') ? fill(t.paragraph, { n: id.slice(1) }) : t.heading,
  );
  const context = el('span', 'search-excerpt');
  for (const segment of excerpt(text, hit.focus, hit.ranges)) {
    context.append(segment.mark ? el('mark', '', segment.text) : segment.text);
  }
  if (hit.witnesses) {
    const strings = manifest.readings;
    if (!strings)
      throw new Error('A hit in a witness reading, but the manifest has no reading strings');
    a.dataset.reading = '';
    where.append(el('br', ''), strings.label);
    context.append(fill(strings.witnesses, { w: hit.witnesses.join('、') }));
  }
  a.append(where, context);
  return a;
}

/** Where the words of a query that found nothing occur, each a link to its own search. */
function places(list: readonly Place[], several: boolean, manifest: Manifest): Node[] {
  const t = manifest.ui;
  const items = el('ul', 'search-places');
  for (const place of list) {
    const where = place.found.map(
      ({ entry, count }) => `${entry.title} ${fill(t.paragraphs, { n: count })}`,
    );
    if (place.unchecked > 0) where.push(fill(t.placesMore, { n: place.unchecked }));
    items.append(
      el(
        'li',
        '',
        link(searchHref(manifest, place.text), `“${place.text}”`),
        `：${where.join('；') || t.nowhere}`,
      ),
    );
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
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...content: (string | Node)[]
): HTMLElementTagNameMap[K] {
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
