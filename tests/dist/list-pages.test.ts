import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlPages, readDist, requireDist } from '../support/dist.ts';
import { readSpeeches } from '../support/speech-text.ts';

/*
 * The archive's list pages (the home page, page/n/, c/<slug>/ and its
 * page/n/), read as a reader without JavaScript would: plain links only.
 * At two speeches there is one page of each list; `npm run bench:scale`
 * builds archives where these lists run to many pages.
 */

before(requireDist);

interface ListPage {
  url: string;
  /** Every link on the page, resolved to a site path. */
  links: string[];
  /** Links inside the pagination nav, with their rel and aria-current. */
  nav: { href: string; rel: string | undefined; current: string | undefined }[];
}

const listPath = /^(?:zh-hant\/)?(?:page\/\d+\/|c\/[^/]+\/(?:page\/\d+\/)?)?index\.html$/u;

function urlOf(file: string): string {
  return `/${file}`.replace(/index\.html$/u, '');
}

function readListPage(file: string): ListPage {
  const url = urlOf(file);
  const page: ListPage = { url, links: [], nav: [] };
  const resolve = (href: string): string => new URL(href, `http://site${url}`).pathname;
  visit(fromHtml(readDist(file)), 'element', (node: Element) => {
    if (node.tagName === 'a' && typeof node.properties.href === 'string')
      page.links.push(resolve(node.properties.href));
    if (node.tagName !== 'nav' || !String(node.properties.className ?? '').includes('page-nav'))
      return;
    visit(node, 'element', (link: Element) => {
      if (link.tagName !== 'a' || typeof link.properties.href !== 'string') return;
      const { rel, ariaCurrent } = link.properties;
      page.nav.push({
        href: resolve(link.properties.href),
        rel: Array.isArray(rel) ? rel.join(' ') : undefined,
        current: typeof ariaCurrent === 'string' ? ariaCurrent : undefined,
      });
    });
  });
  return page;
}

const lists = new Map(
  htmlPages()
    .filter((file) => listPath.test(file))
    .map((file) => [urlOf(file), readListPage(file)]),
);

/** "/c/x/page/3/" → 3; a list's first page is 1. */
function pageNumber(url: string): number {
  return Number(/\/page\/(\d+)\/$/u.exec(url)?.[1] ?? 1);
}

test('pagination marks the page shown as current, and nothing else', () => {
  const wrong: string[] = [];
  for (const page of lists.values()) {
    if (page.nav.length === 0) continue;
    const current = page.nav.filter((link) => link.current !== undefined);
    if (current.length === 0) wrong.push(`${page.url}: no link marked aria-current`);
    for (const link of current) {
      if (link.current !== 'page' || link.href !== page.url || link.rel !== undefined)
        wrong.push(`${page.url}: aria-current=${link.current} on ${link.href}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('rel="prev" and rel="next" link each list page to its neighbours, and the first and last have none beyond', () => {
  const wrong: string[] = [];
  for (const page of lists.values()) {
    if (page.nav.length === 0) continue;
    const n = pageNumber(page.url);
    for (const { href, rel } of page.nav) {
      if (rel === 'prev' && pageNumber(href) !== n - 1)
        wrong.push(`${page.url}: rel=prev → ${href}`);
      if (rel === 'next' && pageNumber(href) !== n + 1)
        wrong.push(`${page.url}: rel=next → ${href}`);
      if (
        (rel === 'prev' || rel === 'next') &&
        !lists.has(href) &&
        href !== '/' &&
        href !== '/zh-hant/'
      )
        wrong.push(`${page.url}: ${rel} → ${href}, not a list page`);
    }
    const prev = page.nav.filter((link) => link.rel === 'prev').length;
    if (n === 1 && prev > 0) wrong.push(`${page.url}: the first page links a previous one`);
    if (n > 1 && prev !== 1) wrong.push(`${page.url}: expected one rel=prev link, found ${prev}`);
  }
  assert.deepEqual(wrong, []);
});

/** Clicks from the home page to each page, following plain links between list pages (breadth first). */
function clicksFrom(home: string): Map<string, number> {
  const depth = new Map([[home, 0]]);
  const queue = [home];
  while (queue.length > 0) {
    const url = queue.shift()!;
    for (const link of lists.get(url)?.links ?? []) {
      if (depth.has(link)) continue;
      depth.set(link, depth.get(url)! + 1);
      if (lists.has(link)) queue.push(link);
    }
  }
  return depth;
}

/**
 * Home → a page of the list of compilations → a compilation → one of its
 * further pages → a speech. Opening the folded list of every page counts as
 * no click here: it is a <details>, in the page without script.
 */
const mostClicks = 4;

for (const prefix of ['/', '/zh-hant/']) {
  test(`without JavaScript every speech is at most ${mostClicks} clicks from ${prefix}`, (t) => {
    const depth = clicksFrom(prefix);
    const speeches = readSpeeches().map((speech) => `${prefix}${speech.slug}/`);
    const unreachable = speeches.filter((url) => !depth.has(url));
    assert.deepEqual(unreachable, [], 'speeches no list page leads to');
    const deepest = Math.max(...speeches.map((url) => depth.get(url)!));
    const listPages = [...lists.keys()].filter(
      (url) => url.startsWith('/zh-hant/') === (prefix === '/zh-hant/'),
    ).length;
    t.diagnostic(`deepest speech: ${deepest} clicks, over ${listPages} list pages`);
    assert.ok(deepest <= mostClicks, `a speech is ${deepest} clicks from the home page`);
  });
}
