import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precachePlan } from '../../../src/offline/precache-plan.ts';

const site = [
  { url: 'index.html', bytes: 300 },
  { url: 'page/2/index.html', bytes: 300 },
  { url: 'speech-1/index.html', bytes: 300 },
  { url: 'zh-hant/speech-12/index.html', bytes: 300 },
  { url: 'c/000-9a817715ca601c67/print/index.html', bytes: 300 },
  { url: 'zh-hant/print/index.html', bytes: 300 },
  { url: 'search/index.html', bytes: 300 },
  { url: 'search-data/manifest.json', bytes: 100 },
  { url: 'search-data/variants.json', bytes: 100 },
  { url: 'search-data/grams/3.bin', bytes: 400 },
  { url: 'zh-hant/search-data/text/0-1.json', bytes: 400 },
  { url: 'search-data/titles/0.json', bytes: 100 },
  { url: 'download/speech-1.epub', bytes: 400 },
  { url: 'zh-hant/download/c/a.txt', bytes: 400 },
  { url: '_astro/search.abc123.js', bytes: 200 },
];
/** Never cached, whatever the limit. */
const never = [
  { url: '_headers', bytes: 100 },
  { url: 'sw.js', bytes: 100 },
  { url: 'sitemap-index.xml', bytes: 100 },
  { url: 'sitemap-0.xml', bytes: 100 },
];
const total = site.reduce((sum, file) => sum + file.bytes, 0);
const urls = (files: readonly { url: string }[]) => files.map((file) => file.url);

const cases = [
  {
    name: 'a site within the limit is precached whole',
    limit: total,
    precache: urls(site),
    asUsed: [],
  },
  {
    name: "above the limit, only the shell is precached: a speech's or a compilation's pages, search shards, text chunks, title groups and downloads are kept as used",
    limit: total - 1,
    precache: [
      'index.html',
      'page/2/index.html',
      'zh-hant/print/index.html',
      'search/index.html',
      'search-data/manifest.json',
      'search-data/variants.json',
      '_astro/search.abc123.js',
    ],
    asUsed: [
      'speech-1/index.html',
      'zh-hant/speech-12/index.html',
      'c/000-9a817715ca601c67/print/index.html',
      'search-data/grams/3.bin',
      'zh-hant/search-data/text/0-1.json',
      'search-data/titles/0.json',
      'download/speech-1.epub',
      'zh-hant/download/c/a.txt',
    ],
  },
];

for (const { name, limit, precache, asUsed } of cases) {
  test(name, () => {
    const plan = precachePlan([...never, ...site], limit);
    assert.deepEqual(
      { precache: urls(plan.precache), asUsed: urls(plan.asUsed), totalBytes: plan.totalBytes },
      { precache, asUsed, totalBytes: total },
    );
  });
}
