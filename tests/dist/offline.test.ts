import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { precachePlan } from '../../src/offline/precache-plan.ts';
import {
  basePath,
  distDir,
  distFiles,
  fileForUrl,
  htmlPages,
  readDist,
  requireDist,
} from '../support/dist.ts';

before(requireDist);

const scripts = [
  { name: 'Simplified', prefix: '', lang: 'zh-Hans', siteName: '讲话稿合编' },
  { name: 'Traditional', prefix: 'zh-hant/', lang: 'zh-Hant', siteName: '講話稿合編' },
] as const;

interface WebManifest {
  id: string;
  name: string;
  lang: string;
  start_url: string;
  scope: string;
  icons: { src: string; type: string }[];
}

for (const { name, prefix, lang, siteName } of scripts) {
  test(`${name}: the web app manifest names the site in its script and language, opening on its home page`, () => {
    const manifest = JSON.parse(readDist(`${prefix}manifest.webmanifest`)) as WebManifest;
    assert.deepEqual(
      {
        name: manifest.name,
        lang: manifest.lang,
        start_url: manifest.start_url,
        id: manifest.id,
        scope: manifest.scope,
      },
      {
        name: siteName,
        lang,
        start_url: `${basePath}${prefix}`,
        id: `${basePath}${prefix}`,
        scope: basePath,
      },
    );
    for (const icon of manifest.icons)
      assert.ok(existsSync(join(distDir, fileForUrl(icon.src))), `icon ${icon.src} is in dist/`);
  });
}

test('every page links the manifest of its own script', () => {
  for (const file of htmlPages()) {
    const links: string[] = [];
    visit(fromHtml(readDist(file)), 'element', (node: Element) => {
      const rel = node.properties.rel;
      if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('manifest'))
        links.push(String(node.properties.href));
    });
    assert.deepEqual(
      links,
      [`${basePath}${file.startsWith('zh-hant/') ? 'zh-hant/' : ''}manifest.webmanifest`],
      file,
    );
  }
});

test('sw.js precaches what the plan says: on a site this size every page, all search data and downloads; never the headers file, the worker itself or the sitemaps', () => {
  const worker = readDist('sw.js');
  const files = distFiles().map((url) => ({ url, bytes: statSync(join(distDir, url)).size }));
  const plan = precachePlan(files);
  assert.deepEqual(plan.asUsed, [], 'the two-speech site is below the precache limit');
  const missing = plan.precache.filter((file) => !worker.includes(JSON.stringify(file.url)));
  assert.deepEqual(missing, [], 'files the worker does not precache');
  const pages = files.filter(({ url }) => url.endsWith('.html'));
  assert.ok(pages.length > 0 && pages.every(({ url }) => worker.includes(JSON.stringify(url))));
  assert.ok(files.some(({ url }) => url.startsWith('sitemap-')));
  assert.doesNotMatch(worker, /url"?:\s*"(?:_headers|sw\.js|sitemap-[^"]*)"/u);
});
