import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { freePort, type Preview, startPreview } from '../../scripts/lib/preview.ts';
import { makeWorkspace } from '../../scripts/lib/workspace.ts';
import { toTraditional } from '../../src/i18n/to-traditional.ts';
import { precachedUrls, waitForOfflineCopy } from '../support/offline.ts';
import { readSpeeches } from '../support/speech-text.ts';

test.use({ serviceWorkers: 'allow' });

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const [speech, unread] = readSpeeches();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Words the second build adds to the second paragraph of the first speech; they occur nowhere else. */
const added = '第二次构建加上的字';

/**
 * The second build: a copy of the project with one speech's Markdown changed,
 * built by `astro build` alone (ingest would write the Markdown afresh from
 * the raw page). Its precache
 * limit is 1 byte, so its worker is the one a large archive gets: only the
 * shell precached, and the speeches' pages, search shards, text chunks,
 * titles and downloads kept as used.
 */
async function buildChanged(): Promise<string> {
  const dir = makeWorkspace(root, 'offline-update', ['content/raw']);
  const file = join(dir, 'content', 'speeches', `${speech!.slug}.md`);
  const markdown = readFileSync(file, 'utf8');
  const opening = speech!.paragraphs[1]!.slice(0, 8);
  if (!markdown.includes(opening))
    throw new Error(`${file}: expected its second paragraph to open with ${opening}`);
  writeFileSync(file, markdown.replace(opening, `${added}${opening}`));
  await run(process.execPath, [join(dir, 'node_modules', '.bin', 'astro'), 'build'], {
    cwd: dir,
    env: { ...process.env, OFFLINE_PRECACHE_LIMIT_BYTES: '1' },
  });
  return dir;
}

async function secondParagraph(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return page.locator('#p2').innerText();
}

/** The names of the caches the page's origin holds. */
function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

async function searchFor(page: Page, origin: string, query: string): Promise<void> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-page]')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('a[data-hit]')).toHaveCount(1);
  await expect(page.locator('a[data-hit]')).toHaveAttribute(
    'href',
    `/${speech!.slug}/?hl=${encodeURIComponent(query)}#p2`,
  );
}

/** The precached URL of the first speech's Simplified page, with its revision. */
async function precachedPage(page: Page): Promise<string[]> {
  return (await precachedUrls(page)).filter(
    (url) => new URL(url).pathname === `/${speech!.slug}/index.html`,
  );
}

test('a new build replaces the offline copy on the next visit: new text online, then offline; a large build keeps what was read as used', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const dir = await buildChanged();
  const port = await freePort();
  let preview: Preview | undefined;
  try {
    preview = await startPreview(root, { port });
    const origin = preview.origin;
    expect(await secondParagraph(page, `${origin}/${speech!.slug}/`)).not.toContain(added);
    await waitForOfflineCopy(page);
    expect(await precachedPage(page)).toHaveLength(1);
    // What an older large-archive build would have left: activating a new build deletes it.
    await page.evaluate(() =>
      caches
        .open('offline-as-used-0123456789ab')
        .then((cache) => cache.put('/stale', new Response('stale'))),
    );
    await preview.stop();

    // The same origin now serves the second build.
    preview = await startPreview(dir, { port });
    expect(await secondParagraph(page, `${origin}/${speech!.slug}/`)).toContain(added);
    // The visit found a new sw.js: its worker precaches the shell (install) and drops the old
    // build's revisions (activate), the speech page's among them.
    await expect.poll(() => precachedPage(page), { timeout: 60_000 }).toEqual([]);
    await waitForOfflineCopy(page);
    // Not precached in this build: the speech pages and the search's shards and chunks are kept
    // once read, in this build's cache; the older build's is gone.
    const precached = await precachedUrls(page);
    expect(precached.some((url) => url.includes('/search-data/grams/'))).toBe(false);
    expect(precached.some((url) => /\/speech-\d+\//u.test(url))).toBe(false);
    expect(precached.some((url) => new URL(url).pathname === '/index.html')).toBe(true);
    await searchFor(page, origin, added);
    // Read under the new worker, in both scripts: kept for offline reading.
    expect(await secondParagraph(page, `${origin}/${speech!.slug}/`)).toContain(added);
    expect(await secondParagraph(page, `${origin}/zh-hant/${speech!.slug}/`)).toContain(
      toTraditional(added),
    );
    const kept = (await cacheNames(page)).filter((name) => name.startsWith('offline-as-used-'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).not.toBe('offline-as-used-0123456789ab');
    await preview.stop();
    preview = undefined;

    await context.setOffline(true);
    expect(await secondParagraph(page, `${origin}/${speech!.slug}/`)).toContain(added);
    expect(await secondParagraph(page, `${origin}/zh-hant/${speech!.slug}/`)).toContain(
      toTraditional(added),
    );
    await searchFor(page, origin, added);
    // A page never read under this worker: said so, in the page's script, with the way home.
    for (const [prefix, lang, title] of [
      ['', 'zh-Hans', '这一页没有保存在这台设备上'],
      ['zh-hant/', 'zh-Hant', toTraditional('这一页没有保存在这台设备上')],
    ] as const) {
      const response = await page.goto(`${origin}/${prefix}${unread!.slug}/`);
      expect(response?.status()).toBe(504);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await page.getByRole('link').click();
      await expect(page).toHaveURL(`${origin}/${prefix}`);
      await page.goBack();
      expect(
        (await new AxeBuilder({ page, axeSource }).withTags(tags).analyze()).violations,
      ).toEqual([]);
    }
  } finally {
    await preview?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
