/**
 * What other programs read about the built pages: canonical addresses and
 * hreflang twins on the deployed origin (SITE_URL + BASE_PATH), link-preview
 * tags, the sitemap, robots.txt and the 404 page. Runs over dist/, or over
 * DIST_DIR with the BASE_PATH it was built with.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { deploymentFromEnv } from '../../src/routing/deployment.ts';
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

const { site } = deploymentFromEnv(process.env);
const root = `${site}${basePath}`;

function attribute(tree: Root, selector: string, name: string): string | undefined {
  const value = select(selector, tree)?.properties[name];
  return typeof value === 'string' ? value : undefined;
}

/** The file an absolute URL on the deployed site is served from; fails for any other origin or path. */
function fileOfAddress(address: string): string {
  assert.ok(address.startsWith(root), `${address} is not under ${root}`);
  return fileForUrl(new URL(address).pathname);
}

const pages = htmlPages().filter((file) => file !== '404.html');
const isSpeech = (file: string) => /^(?:zh-hant\/)?speech-\d+\/index\.html$/u.test(file);

describe('every page names its canonical address and its twin in the other script', () => {
  for (const file of pages) {
    test(file, () => {
      const tree = fromHtml(readDist(file));
      const canonical = selectAll('link[rel="canonical"]', tree);
      assert.equal(canonical.length, 1, 'exactly one canonical link');
      const address = `${site}${urlOfPage(file)}`;
      assert.equal(canonical[0]!.properties.href, address);

      const lang = attribute(tree, 'html', 'lang');
      const alternates = new Map(
        selectAll('link[rel="alternate"][hreflang]', tree).map((link: Element) => [
          link.properties.hrefLang,
          link.properties.href as string,
        ]),
      );
      assert.deepEqual([...alternates.keys()].sort(), ['x-default', 'zh-Hans', 'zh-Hant']);
      assert.equal(
        alternates.get(lang!),
        address,
        'the alternate in its own script is the page itself',
      );
      assert.equal(
        alternates.get('x-default'),
        alternates.get('zh-Hans'),
        'x-default is the Simplified page',
      );
      for (const twin of alternates.values())
        assert.ok(existsSync(join(distDir, fileOfAddress(twin))), `${twin} is built`);
      const twinFiles = [alternates.get('zh-Hans')!, alternates.get('zh-Hant')!].map(fileOfAddress);
      assert.equal(
        twinFiles[1],
        `zh-hant/${twinFiles[0]}`,
        'the twins are the same path under the two prefixes',
      );
    });
  }
});

describe('every page carries a link preview', () => {
  for (const file of pages) {
    test(file, () => {
      const tree = fromHtml(readDist(file));
      const lang = attribute(tree, 'html', 'lang');
      const meta = (property: string) => attribute(tree, `meta[property="${property}"]`, 'content');
      const description = attribute(tree, 'meta[name="description"]', 'content');
      assert.ok(description && description.length > 0, 'a meta description');
      assert.equal(meta('og:description'), description);
      assert.equal(meta('og:url'), attribute(tree, 'link[rel="canonical"]', 'href'));
      assert.ok(meta('og:title'), 'og:title');
      assert.equal(
        meta('og:site_name'),
        toString(select('.site-name', tree)!),
        'og:site_name is the site name the header shows',
      );
      assert.equal(meta('og:locale'), lang === 'zh-Hant' ? 'zh_TW' : 'zh_CN');
      assert.equal(meta('og:locale:alternate'), lang === 'zh-Hant' ? 'zh_CN' : 'zh_TW');
      assert.equal(meta('og:type'), isSpeech(file) ? 'article' : 'website');
      assert.equal(attribute(tree, 'meta[name="twitter:card"]', 'content'), 'summary');
    });
  }

  test('a speech page previews its title and its opening words, verbatim', () => {
    const speeches = pages.filter(isSpeech);
    assert.ok(speeches.length >= 2);
    for (const file of speeches) {
      const tree = fromHtml(readDist(file));
      assert.equal(
        attribute(tree, 'meta[property="og:title"]', 'content'),
        toString(select('h1', tree)!),
      );
      const description = attribute(tree, 'meta[name="description"]', 'content')!;
      const opening = toString(select('#p2', tree)!);
      assert.ok(
        opening.startsWith(description.replace(/…$/u, '')),
        `${file}: "${description}" is not the start of paragraph 2`,
      );
    }
  });
});

describe('sitemap and robots.txt', () => {
  const locations = (xml: string) =>
    [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => match[1]!);

  test('robots.txt names the sitemap index, which names sitemaps that are built', () => {
    const robots = readDist('robots.txt');
    assert.match(robots, /^User-agent: \*$/mu);
    const sitemap = /^Sitemap: (\S+)$/mu.exec(robots)?.[1];
    assert.equal(sitemap, `${root}sitemap-index.xml`);
    const maps = locations(readDist(fileOfAddress(sitemap)));
    assert.ok(maps.length >= 1);
    for (const map of maps)
      assert.ok(existsSync(join(distDir, fileOfAddress(map))), `${map} is built`);
  });

  test('the sitemap lists every reading and list page once, in both scripts, and no print, search or 404 page', () => {
    const maps = locations(readDist('sitemap-index.xml')).map(fileOfAddress);
    const listed = maps.flatMap((map) => locations(readDist(map)));
    const expected = pages
      .filter((file) => !/(?:^|\/)(?:print|search)\/index\.html$/u.test(file))
      .map((file) => `${site}${urlOfPage(file)}`);
    assert.deepEqual([...listed].sort(), [...expected].sort());
  });

  test('each sitemap entry links its twin in the other script', () => {
    const xml = readDist('sitemap-0.xml');
    for (const entry of xml.split('<url>').slice(1)) {
      const langs = [...entry.matchAll(/hreflang="([^"]+)"/gu)].map((match) => match[1]);
      assert.deepEqual(langs, ['zh-Hans', 'zh-Hant'], entry.slice(0, 120));
    }
  });
});

describe('the 404 page', () => {
  const tree = () => fromHtml(readDist('404.html'));

  test('is built as 404.html, is not indexed and names no canonical address', () => {
    assert.equal(attribute(tree(), 'meta[name="robots"]', 'content'), 'noindex');
    assert.equal(select('link[rel="canonical"]', tree()), undefined);
  });

  test('speaks both scripts, each with a search form and a link home in its own script', () => {
    const sections = selectAll('section.not-found', tree());
    assert.deepEqual(
      sections.map((section) => section.properties.lang),
      ['zh-Hans', 'zh-Hant'],
    );
    const [hans, hant] = sections;
    assert.equal(
      attribute({ type: 'root', children: [hans!] }, 'form', 'action'),
      `${basePath}search/`,
    );
    assert.equal(
      attribute({ type: 'root', children: [hant!] }, 'form', 'action'),
      `${basePath}zh-hant/search/`,
    );
    assert.ok(selectAll('a', hans!).some((link) => link.properties.href === basePath));
    assert.ok(selectAll('a', hant!).some((link) => link.properties.href === `${basePath}zh-hant/`));
  });
});
