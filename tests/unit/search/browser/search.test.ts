import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildGramIndex } from '../../../../src/search/build/gram-index.ts';
import { loadCorpus } from '../../../../src/search/browser/corpus.ts';
import { type Outcome, search } from '../../../../src/search/browser/search.ts';
import { fold } from '../../../../src/search/core/fold.ts';
import type { Manifest, TextChunk, TitleGroup } from '../../../../src/search/core/format.ts';
import { listFile } from '../../../../src/search/core/postings.ts';

/*
 * The browser's search over a real HTTP server, as a page runs it: the same
 * archive indexed twice, once with every list in the shards and once with
 * the long lists kept apart (src/search/core/postings.ts), must answer
 * every query alike, and kept apart the lists cost a no-hit query nothing.
 */

const blocksPerChunk = 8;
const speechesPerTitleGroup = 4;

/** 40 speeches: every one with the common paragraphs, speech k also with its own sentence. */
const common = ['坚持以人民为中心的发展思想。', '推动工会工作创新发展的重要举措。'];
const speeches = Array.from({ length: 40 }, (_, k) => ({
  slug: `speech-${k + 1}`,
  title: `第${k + 1}篇讲话`,
  blocks: [
    ...common,
    ...(k % 3 === 0 ? [`第${k + 1}号的工作法坚持以人民为中心。`] : []),
    ...common.map((text) => `${text}（${k + 1}）`),
  ],
}));

/** Writes the site's search data for `listBytes` into a folder, as the build lays it out. */
function writeSite(root: string, listBytes: number): void {
  const texts = speeches.map(({ title, blocks }) => [title, ...blocks]);
  const index = buildGramIndex(
    texts.map((blocks) => blocks.map((text) => [fold(text, new Map())])),
    { shardBytes: 256, listBytes },
  );
  const files = new Map<string, string | Uint8Array>();
  index.shards.forEach((shard, k) => files.set(`search-data/grams/${k}.bin`, shard));
  for (const [file, list] of index.lists) files.set(`search-data/grams/${file}`, list);
  speeches.forEach(({ slug, title }, speech) => {
    const ids = ['', ...speeches[speech]!.blocks.map((_, i) => `p${i + 1}`)];
    for (let part = 0; part * blocksPerChunk < ids.length; part++) {
      const chunk: TextChunk = {
        slug,
        title,
        href: `/${slug}/`,
        blocks: ids
          .slice(part * blocksPerChunk, (part + 1) * blocksPerChunk)
          .map((id, i) => [id, texts[speech]![part * blocksPerChunk + i]!]),
      };
      files.set(`search-data/text/${speech}-${part}.json`, JSON.stringify(chunk));
    }
  });
  for (let group = 0; group * speechesPerTitleGroup < speeches.length; group++) {
    const titles: TitleGroup = {
      speeches: speeches
        .slice(group * speechesPerTitleGroup, (group + 1) * speechesPerTitleGroup)
        .map(({ slug, title }) => [slug, title]),
    };
    files.set(`search-data/titles/${group}.json`, JSON.stringify(titles));
  }
  const manifest: Omit<Manifest, 'ui'> = {
    script: 'hans',
    searchPage: '/search/',
    index: {
      speeches: speeches.length,
      slotsPerSpeech: index.slotsPerSpeech,
      blocksPerChunk,
      speechesPerPage: 10,
      shards: index.shards.length,
      grams: `/${listBytes}/search-data/grams/`,
      text: `/${listBytes}/search-data/text/`,
      titles: `/${listBytes}/search-data/titles/`,
      speechesPerTitleGroup,
      pages: '/',
    },
  };
  files.set('search-data/manifest.json', JSON.stringify(manifest));
  files.set('search-data/variants.json', JSON.stringify({ classes: '' }));
  for (const [path, bytes] of files) {
    const file = join(root, String(listBytes), path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
}

let root: string;
let server: Server;
let origin: string;
/** The paths fetched, in order, and their bytes. */
const fetched: { path: string; bytes: number }[] = [];

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'search-test-'));
  writeSite(root, 1 << 30);
  writeSite(root, 16);
  server = createServer((request, response) => {
    try {
      const bytes = readFileSync(
        join(root, decodeURIComponent(new URL(request.url!, 'http://x').pathname)),
      );
      fetched.push({ path: request.url!, bytes: bytes.length });
      response.end(bytes);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The corpus fetches site-relative URLs, as a page does.
  const realFetch = globalThis.fetch;
  globalThis.fetch = (url, init) => realFetch(new URL(String(url), origin), init);
});

after(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

/** The outcome of `query` on a fresh corpus (nothing loaded before it), and what it fetched. */
async function cold(listBytes: number, query: string) {
  const corpus = await loadCorpus(
    `/${listBytes}/search-data/manifest.json?${query}`,
    `/${listBytes}/search-data/variants.json`,
  );
  const start = fetched.length;
  const outcome = await search(corpus, query, 10);
  return { outcome, fetched: fetched.slice(start) };
}

const plain = (outcome: Outcome) => JSON.parse(JSON.stringify(outcome)) as unknown;

describe('search over an index with long lists kept apart', () => {
  const queries = [
    '的',
    '工会工作',
    '第4号的工作法',
    '第40号的工作法',
    '人民 工作法',
    '第5号的工作法',
    '第4号的工作法坚持以人民',
    '人民的工会',
    '坚持以人民为中心的发展思想。推动',
  ];
  for (const query of queries) {
    it(`answers “${query}” as the index with every list in its shards does`, async () => {
      const inShards = await cold(1 << 30, query);
      const apart = await cold(16, query);
      assert.deepEqual(plain(apart.outcome), plain(inShards.outcome));
    });
  }

  it('settles a rare phrase with a common trigram without its long list', async () => {
    const { outcome, fetched: files } = await cold(16, '第4号的工作法坚持以人民');
    assert.deepEqual(
      outcome.results.map(({ entry, hits }) => [entry.slug, hits.length]),
      [['speech-4', 1]],
    );
    assert.ok(readFileSync(join(root, '16/search-data/grams', listFile('持以人'))).length > 16);
    assert.deepEqual(
      files.filter(({ path }) => /\/grams\/u/u.test(path)),
      [],
    );
  });

  it('has lists kept apart to test, and names the speeches where a word of a no-hit phrase occurs', async () => {
    assert.ok(readFileSync(join(root, '16/search-data/grams', listFile('的'))).length > 16);
    const { outcome, fetched: files } = await cold(16, '人民的工会');
    assert.equal(outcome.total, 0);
    assert.deepEqual(
      outcome.places.map(({ text, found, unchecked }) => [
        text,
        found.map(({ entry, count }) => [entry.slug, count]),
        unchecked,
      ]),
      [
        [
          '人民',
          [
            ['speech-1', 3],
            ['speech-2', 2],
            ['speech-3', 2],
          ],
          37,
        ],
        [
          '的',
          [
            // Speech 1 has its own sentence too.
            ['speech-1', 5],
            ['speech-2', 4],
            ['speech-3', 4],
          ],
          37,
        ],
        [
          '工会',
          [
            ['speech-1', 2],
            ['speech-2', 2],
            ['speech-3', 2],
          ],
          37,
        ],
      ],
    );
    // Every word's first speeches come from the summaries in the shards: no long list is fetched.
    assert.deepEqual(
      files.filter(({ path }) => /\/grams\/u/u.test(path)),
      [],
    );
  });
});
