import { expect, type Page, test } from '@playwright/test';
import { readCompilations } from '../support/compilations.ts';
import { precachedUrls, waitForOfflineCopy } from '../support/offline.ts';
import { expectedHits, phrases } from '../support/phrases.ts';
import { readSpeeches } from '../support/speech-text.ts';

// The other specs block service workers to keep each test a first visit; these need one.
test.use({ serviceWorkers: 'allow' });

const speeches = readSpeeches();
const [compilation] = readCompilations();
const scripts = [
  { name: 'Simplified', prefix: '/', lang: 'zh-Hans' },
  { name: 'Traditional', prefix: '/zh-hant/', lang: 'zh-Hant' },
] as const;
/** A phrase that occurs, with the hits the independent scan of the Markdown expects. */
const phrase = phrases.find((candidate) => expectedHits(candidate).groups.length > 1)!;

async function searchOffline(page: Page, prefix: string): Promise<void> {
  await page.goto(`${prefix}search/?q=${encodeURIComponent(phrase.query)}`);
  const results = page.locator('[data-search-page]');
  await expect(results).toHaveAttribute('data-query', phrase.query);
  await expect(results).toHaveAttribute('aria-busy', 'false');
  const expected = expectedHits(phrase).groups.flatMap((group) =>
    group.hits.map((hit) => `${prefix}${group.slug}/${hit.id ? `#${hit.id}` : ''}`),
  );
  const shown = await page
    .locator('a[data-hit]')
    .evaluateAll((links) =>
      links.map((a) => `${(a as HTMLAnchorElement).pathname}${(a as HTMLAnchorElement).hash}`),
    );
  expect(shown).toEqual(expected);
}

test('after one visit, with no network, both scripts read every page type, follow #s2-3 and search the archive', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/iu.test(message.text()))
      errors.push(message.text());
  });
  await page.goto('/');
  await waitForOfflineCopy(page);
  expect(errors, 'console errors and CSP violations while the worker installs').toEqual([]);
  await context.setOffline(true);
  // The network is really gone for the page and its worker: a file the worker never keeps is
  // answered by the worker itself with a 504, not a rejection (which a browser reports as an error).
  expect(
    await page.evaluate(() =>
      fetch('/_headers').then(
        (response) => response.status,
        () => 'failed',
      ),
    ),
  ).toBe(504);
  errors.length = 0;

  for (const script of scripts) {
    for (const speech of speeches) {
      await page.goto(`${script.prefix}${speech.slug}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', script.lang);
      await expect(page.locator('.speech-body p')).toHaveCount(speech.paragraphs.length);
      if (script.lang === 'zh-Hans')
        await expect(page.locator('.speech-body p').last()).toHaveText(speech.paragraphs.at(-1)!);
    }
    await page.goto(`${script.prefix}${speeches[1]!.slug}/`);
    await page.locator('.toc a[href="#s2-3"]').first().click();
    await expect(page).toHaveURL(/#s2-3$/u);
    await expect(page.locator('[id="s2-3"]')).toBeInViewport();

    await page.goto(`${script.prefix}${compilation!.path}print/`);
    await expect(page.locator('.speech-title')).toHaveCount(compilation!.speeches.length);

    await searchOffline(page, script.prefix);
  }
  expect(errors, 'console errors and CSP violations offline').toEqual([]);
});

test('the worker precaches the whole two-speech site: pages, print editions, search data and downloads', async ({
  page,
}) => {
  await page.goto('/');
  await waitForOfflineCopy(page);
  const paths = (await precachedUrls(page)).map((url) => new URL(url).pathname);
  for (const prefix of ['/', '/zh-hant/']) {
    for (const path of [
      'index.html',
      'search/index.html',
      'print/index.html',
      `${compilation!.path}print/index.html`,
      'search-data/manifest.json',
      `download/${speeches[0]!.slug}.epub`,
    ]) {
      expect(paths, `${prefix}${path}`).toContain(`${prefix}${path}`);
    }
  }
  expect(paths.some((path) => path.startsWith('/search-data/grams/'))).toBe(true);
  // The host's headers file and the worker itself are never precached.
  expect(paths).not.toContain('/_headers');
  expect(paths).not.toContain('/sw.js');
});
