import { expect, type Page, test } from '@playwright/test';
import { readCompilations } from '../support/compilations.ts';
import { waitForOfflineCopy } from '../support/offline.ts';

const base = process.env.BASE_PATH ?? '/';

/**
 * Every request the page makes, with its status: under a base path nothing
 * may be fetched from the origin's root, and nothing may fail.
 */
function recordRequests(page: Page): { url: string; status: number }[] {
  const seen: { url: string; status: number }[] = [];
  page.on('response', (response) => seen.push({ url: response.url(), status: response.status() }));
  page.on('requestfailed', (request) => seen.push({ url: request.url(), status: 0 }));
  return seen;
}

function outsideBaseOrFailed(seen: { url: string; status: number }[], allowed404 = ''): string[] {
  return seen
    .filter(
      ({ url, status }) =>
        !new URL(url).pathname.startsWith(base) ||
        ((status === 0 || status >= 400) && new URL(url).pathname !== allowed404),
    )
    .map(({ url, status }) => `${status} ${url}`);
}

test.beforeAll(() => expect(base, 'scripts/test-base-path.ts sets BASE_PATH').not.toBe('/'));

test('the home page links to speeches that open with their styles and scripts, all under the base path', async ({
  page,
}) => {
  const seen = recordRequests(page);
  await page.goto(base);
  await page.locator('a[href$="/speech-1/"]').first().click();
  await expect(page).toHaveURL(`${base}speech-1/`);
  await expect(page.locator('h1')).toBeVisible();
  // The stylesheet applied: the reading column is narrower than the window.
  const width = await page
    .locator('.reader-main')
    .evaluate((element) => element.getBoundingClientRect().width);
  expect(width).toBeLessThan(1000);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`${base}speech-1/$`, 'u'),
  );
  expect(outsideBaseOrFailed(seen)).toEqual([]);
});

test('section and paragraph anchors land under the base path', async ({ page }) => {
  await page.goto(`${base}speech-2/#s2-3`);
  await expect(page.locator('[id="s2-3"]')).toBeInViewport();
  await page.goto(`${base}zh-hant/speech-1/#p12`);
  await expect(page.locator('#p12')).toBeInViewport();
});

test('the script switch keeps the page under the base path', async ({ page }) => {
  await page.goto(`${base}speech-2/`);
  await page.locator('.script-switch').click();
  await expect(page).toHaveURL(new RegExp(`^http://[^/]+${base}zh-hant/speech-2/`, 'u'));
});

test('search fetches its data under the base path, and its hits lead there and highlight', async ({
  page,
}) => {
  const seen = recordRequests(page);
  await page.goto(`${base}search/?q=${encodeURIComponent('两个健康')}`);
  const hits = page.locator('[data-search-page] a[data-hit]');
  await expect(hits.first()).toBeVisible();
  const hrefs = await hits.evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.startsWith(`${base}speech-`)).toBe(true);
  await hits.first().click();
  await page.waitForFunction(() => (CSS.highlights.get('search-hit')?.size ?? 0) > 0);
  expect(outsideBaseOrFailed(seen)).toEqual([]);
});

test('the header search box answers under the base path', async ({ page }) => {
  await page.goto(`${base}zh-hant/`);
  await page.locator('#site-search').fill('兩個健康');
  await expect(page.locator('[data-search-panel] a[data-hit]').first()).toBeVisible();
  const href = await page.locator('[data-search-panel] a[data-hit]').first().getAttribute('href');
  expect(href?.startsWith(`${base}zh-hant/speech-`)).toBe(true);
});

test('each compilation’s print edition renders under the base path and prints', async ({
  page,
}) => {
  for (const { path } of readCompilations()) {
    const seen = recordRequests(page);
    await page.goto(`${base}${path}print/`);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    expect((await page.pdf()).length).toBeGreaterThan(10_000);
    expect(outsideBaseOrFailed(seen)).toEqual([]);
  }
});

test('a missing page answers 404 with the styled not-found page', async ({ page }) => {
  const seen = recordRequests(page);
  const missing = `${base}no-such-page/`;
  const response = await page.goto(missing);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await expect(page.locator('.not-found-page')).toHaveCSS('max-width', /px$/u);
  await page.locator('#not-found-q-hant').fill('兩個健康');
  await page.locator('#not-found-q-hant').press('Enter');
  await expect(page).toHaveURL(new RegExp(`${base}zh-hant/search/\\?q=`, 'u'));
  await expect(page.locator('[data-search-page] a[data-hit]').first()).toBeVisible();
  expect(outsideBaseOrFailed(seen, missing)).toEqual([]);
});

test.describe('offline under the base path', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the worker is scoped to the base path, and after one visit a speech, an anchor and a search work with no network', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await page.goto(base);
    await waitForOfflineCopy(page);
    const scope = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.scope,
    );
    expect(new URL(scope!).pathname).toBe(base);
    await context.setOffline(true);
    await page.goto(`${base}zh-hant/speech-2/#s2-3`);
    await expect(page.locator('[id="s2-3"]')).toBeInViewport();
    await page.goto(`${base}search/?q=${encodeURIComponent('两个健康')}`);
    const hits = page.locator('[data-search-page] a[data-hit]');
    await expect(hits.first()).toBeVisible();
    for (const href of await hits.evaluateAll((links) =>
      links.map((link) => (link as HTMLAnchorElement).pathname),
    ))
      expect(href.startsWith(`${base}speech-`)).toBe(true);
  });
});
