import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { freePort, type Preview, startPreview } from '../../scripts/lib/preview.ts';
import { makeWorkspace } from '../../scripts/lib/workspace.ts';
import { SEED_PATH } from '../support/ingest.ts';
import { sourceBlocks } from '../support/phrases.ts';
import { hitsWithWitnesses } from '../support/witness-hits.ts';
import { type ReadingEdit, witnessOf } from '../support/witnesses.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const seedFile = '000_9a817715ca601c67.txt';
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The apparatus spec's archive: the seed and two copies. Both copies read
 * 持续完善机制 where the seed reads 进一步完善机制 (paragraph 12: the seed is
 * outvoted); site-b alone drops 进一步 before 规范商会建设 (paragraph 13:
 * site-b is outvoted, and its text joins 工程， to 规范).
 */
const copies: { file: string; edits: ReadingEdit[] }[] = [
  {
    file: 'site-b.txt',
    edits: [
      { find: '进一步完善机制', replace: '持续完善机制' },
      { find: '进一步规范商会建设', replace: '规范商会建设' },
    ],
  },
  { file: 'site-c.txt', edits: [{ find: '进一步完善机制', replace: '持续完善机制' }] },
];

async function buildCollated(): Promise<string> {
  const dir = makeWorkspace(root, 'search-readings', ['content/raw', 'content/speeches']);
  const raw = join(dir, 'content', 'raw');
  mkdirSync(raw);
  const seed = readFileSync(SEED_PATH, 'utf8');
  copyFileSync(SEED_PATH, join(raw, seedFile));
  for (const { file, edits } of copies) writeFileSync(join(raw, file), witnessOf(seed, edits));
  await run(process.execPath, ['scripts/ingest.ts'], { cwd: dir });
  await run(process.execPath, [join(dir, 'node_modules', '.bin', 'astro'), 'build'], { cwd: dir });
  return dir;
}

/**
 * A copy's speeches as its own Markdown would give them: the seed's
 * (content/speeches, ingested alone) with the copy's edits, each in the one
 * speech that holds it.
 */
function copyMarkdown(into: string, edits: readonly ReadingEdit[]): string {
  mkdirSync(into, { recursive: true });
  const seedSpeeches = join(root, 'content', 'speeches');
  const files = readdirSync(seedSpeeches).filter((name) => name.endsWith('.md'));
  const used = new Set<ReadingEdit>();
  for (const name of files) {
    const text = readFileSync(join(seedSpeeches, name), 'utf8');
    const own = edits.filter((edit) => text.includes(edit.find));
    own.forEach((edit) => used.add(edit));
    writeFileSync(join(into, name), witnessOf(text, own));
  }
  expect(used.size).toBe(edits.length);
  return into;
}

/** Every hit on the results page: where it links, whether it is a reading's, its marks and its text. */
async function hits(page: Page, path: string, query: string) {
  await page.goto(`${path}?q=${encodeURIComponent(query)}`);
  const region = page.locator('[data-search-page]');
  await expect(region).toHaveAttribute('data-query', query);
  await expect(region).toHaveAttribute('aria-busy', 'false');
  return region.locator('a[data-hit]').evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return {
        target: `${url.pathname}${url.search}${url.hash}`,
        reading: (a as HTMLElement).dataset.reading !== undefined,
        where: a.querySelector('.search-where')!.textContent,
        marks: [...a.querySelectorAll('mark')].map((mark) => mark.textContent),
        text: a.querySelector('.search-excerpt')!.textContent,
      };
    }),
  );
}

test.describe.configure({ mode: 'serial' });

let dir = '';
let preview: Preview | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = await buildCollated();
  preview = await startPreview(dir, { port: await freePort() });
});

test.afterAll(async () => {
  await preview?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a phrase only an outvoted witness has is found once, marked 异文, naming the witness and linking to the 校勘记', async ({
  page,
}) => {
  const found = await hits(page, `${preview!.origin}/search/`, '进一步完善机制');
  expect(found.map(({ text, ...hit }) => hit)).toEqual([
    {
      target: '/speech-1/#v-p12',
      reading: true,
      where: '第12段异文',
      marks: ['进一步完善机制'],
    },
  ]);
  expect(found[0]!.text).toBe(
    '…了积极促进作用。我们要认真总结经验，进一步完善机制，发挥好《民企社情》参政议政工作“直…（据000_9a817715ca601c67.txt）',
  );

  const results = await new AxeBuilder({ page, axeSource }).withTags(tags).analyze();
  expect(results.violations.map(({ id }) => id)).toEqual([]);

  await page.locator('[data-search-page] a[data-hit]').click();
  await expect(page).toHaveURL(/\/speech-1\/#v-p12$/u);
  await expect(page.locator('#v-p12')).toBeInViewport();
  await expect(page.locator('#v-p12')).toContainText('000_9a817715ca601c67.txt作「进一步」');
});

test('the reading text is found once, not again in the witnesses that share it', async ({
  page,
}) => {
  expect(await hits(page, `${preview!.origin}/search/`, '持续完善机制')).toEqual([
    {
      target: `/speech-1/?hl=${encodeURIComponent('持续完善机制')}#p12`,
      reading: false,
      where: '第12段',
      marks: ['持续完善机制'],
      text: '…了积极促进作用。我们要认真总结经验，持续完善机制，发挥好《民企社情》参政议政工作“直…',
    },
  ]);
});

test('a phrase in the reading text and, elsewhere, in a witness is found at each place once', async ({
  page,
}) => {
  // 进一步 stands in the reading text wherever all three copies have it, and in
  // the seed's reading of paragraph 12; site-b's omission in paragraph 13 takes
  // away no hit of the reading text's.
  const found = await hits(page, `${preview!.origin}/search/`, '进一步');
  await page.goto(`${preview!.origin}/speech-1/`);
  const inText =
    (await page.locator('[data-speech-body] .speech-body').textContent())!.split('进一步').length -
    1;
  expect(
    found
      .filter((hit) => hit.reading)
      .map(({ target, text }) => [target, text.endsWith('（据000_9a817715ca601c67.txt）')]),
  ).toEqual([['/speech-1/#v-p12', true]]);
  expect(found.filter((hit) => !hit.reading && hit.target.startsWith('/speech-1/'))).toHaveLength(
    inText,
  );
  expect(found.some((hit) => hit.target.endsWith('#p13'))).toBe(true);
});

test('a phrase across the edge of a reading, and one an omission joined, are found in the witness', async ({
  page,
}) => {
  const across = await hits(page, `${preview!.origin}/search/`, '总结经验，进一步');
  expect(across.map(({ target, marks }) => ({ target, marks }))).toEqual([
    { target: '/speech-1/#v-p12', marks: ['总结经验，进一步'] },
  ]);
  const joined = await hits(page, `${preview!.origin}/search/`, '提升工程，规范商会');
  expect(joined.map(({ target, marks }) => ({ target, marks }))).toEqual([
    { target: '/speech-1/#v-p13', marks: ['提升工程，规范商会'] },
  ]);
  expect(joined[0]!.text).toMatch(/（据site-b\.txt）$/u);
});

test('on the Traditional pages a reading is found in either script, marked 異文', async ({
  page,
}) => {
  for (const query of ['進一步完善機制', '进一步完善机制']) {
    const found = await hits(page, `${preview!.origin}/zh-hant/search/`, query);
    expect(found.map(({ text, ...hit }) => hit)).toEqual([
      {
        target: '/zh-hant/speech-1/#v-p12',
        reading: true,
        where: '第12段異文',
        marks: ['進一步完善機制'],
      },
    ]);
    expect(found[0]!.text).toMatch(/（據000_9a817715ca601c67\.txt）$/u);
  }
});

test('every phrase across the edges of the readings, and the reading text there, gives the hits an independent scan finds', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const reading = sourceBlocks(join(dir, 'content', 'speeches'));
  const witnesses = [
    sourceBlocks(join(root, 'content', 'speeches')),
    ...copies.map(({ file, edits }) =>
      sourceBlocks(copyMarkdown(join(dir, 'copies', file), edits)),
    ),
  ];
  // Around each place a witness differs: phrases of several lengths that end
  // in, start at and straddle the difference, and the reading text's at the same place.
  const queries = new Set<string>();
  for (const witness of witnesses)
    for (const { slug, blocks } of witness)
      for (const { id, text } of blocks) {
        const base = reading
          .find((speech) => speech.slug === slug)!
          .blocks.find((block) => block.id === id)!.text;
        if (base === text) continue;
        let from = 0;
        while (text[from] === base[from]) from++;
        let back = 0;
        while (
          text.at(-1 - back) === base.at(-1 - back) &&
          back < Math.min(text.length, base.length) - from
        )
          back++;
        for (const length of [2, 3, 5, 8, 12])
          for (const start of [
            from - length + 1,
            from - Math.floor(length / 2),
            text.length - back - 1,
          ])
            for (const source of [text, base])
              if (start >= 0 && start + length <= source.length)
                queries.add(source.slice(start, start + length));
      }
  expect(queries.size).toBeGreaterThan(40);
  const wrong: { query: string; shown: string[]; expected: string[] }[] = [];
  for (const query of queries) {
    const shown = (await hits(page, `${preview!.origin}/search/`, query))
      .map(({ target }) => {
        const url = new URL(target, preview!.origin);
        return `${url.pathname.replaceAll('/', '')}#${url.hash.slice(1)}`;
      })
      .sort();
    const expected = hitsWithWitnesses(reading, witnesses, query);
    if (shown.join(' ') !== expected.join(' ')) wrong.push({ query, shown, expected });
  }
  expect(wrong).toEqual([]);
});
