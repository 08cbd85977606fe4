import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import {
  basePath,
  distDir,
  fileForUrl,
  htmlPages,
  readDist,
  requireDist,
  urlOfPage,
} from '../support/dist.ts';

before(requireDist);

/** Stand-in origin for resolving links; a link that resolves elsewhere is external. */
const site = 'http://site.invalid';

/** Attributes that name a URL the site must serve. */
const urlAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  form: ['action'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
};

interface ParsedPage {
  /** Every element id on the page. */
  ids: Set<string>;
  /** Every URL the page links to or loads, as written. */
  urls: string[];
}

function parsePage(file: string): ParsedPage {
  const page: ParsedPage = { ids: new Set(), urls: [] };
  visit(fromHtml(readDist(file)), 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') page.ids.add(node.properties.id);
    for (const attribute of urlAttributes[node.tagName] ?? []) {
      const value = node.properties[attribute];
      if (typeof value === 'string') page.urls.push(value);
    }
  });
  return page;
}

const pages = new Map(htmlPages().map((file) => [file, parsePage(file)]));

/** What is wrong with one link on a page, or null if it resolves. */
function brokenLink(pageFile: string, written: string): string | null {
  const url = new URL(written, `${site}${urlOfPage(pageFile)}`);
  if (url.origin !== site) return null;
  if (!url.pathname.startsWith(basePath)) return `${written}: outside the base path ${basePath}`;
  const target = fileForUrl(url.pathname);
  if (!existsSync(join(distDir, target))) return `${written}: no file ${target} in dist/`;
  // Text fragments (#:~:text=…) select text, not an element.
  const fragment = decodeURIComponent(url.hash.slice(1)).replace(/:~:.*$/u, '');
  if (fragment === '') return null;
  const targetPage = pages.get(target);
  if (!targetPage) return `${written}: #${fragment} points into ${target}, which is not a page`;
  return targetPage.ids.has(fragment)
    ? null
    : `${written}: no element with id "${fragment}" on ${target}`;
}

test('the site has pages in both scripts to check', () => {
  const files = [...pages.keys()];
  assert.ok(
    files.some((file) => file.startsWith('zh-hant/')),
    'expected Traditional pages under zh-hant/',
  );
  assert.ok(
    files.some((file) => !file.startsWith('zh-hant/')),
    'expected Simplified pages at the root',
  );
});

for (const [file, page] of pages) {
  test(`every internal link, form action and fragment on ${file} resolves`, () => {
    const broken = page.urls.flatMap((url) => brokenLink(file, url) ?? []);
    assert.deepEqual(broken, []);
  });
}
