import { expect, type Page, test } from '@playwright/test';
import { readCompilations } from '../support/compilations.ts';
import { precachedUrls, waitForOfflineCopy } from '../support/offline.ts';
import { expectedHits, phrases } from '../support/phrases.ts';

// The other specs block service workers to keep each test a first visit; these are about one.
test.use({ serviceWorkers: 'allow' });

const [compilation] = readCompilations();
const phrase = phrases.find((candidate) => expectedHits(candidate).groups.length > 1)!;

interface Seen {
  path: string;
  /** Made by the service worker (its precache), not by the page. */
  byWorker: boolean;
  at: number;
}

/** Every request of the context, the worker's included, with the wall-clock time it was made. */
function recordRequests(page: Page): Seen[] {
  const seen: Seen[] = [];
  page.context().on('request', (request) =>
    seen.push({
      path: new URL(request.url()).pathname,
      byWorker: request.serviceWorker() !== null,
      at: Date.now(),
    }),
  );
  return seen;
}

/** Records, in the page, the wall-clock time the first hit reached the DOM. */
function watchFirstHit(): void {
  const found = new MutationObserver(() => {
    if (!document.querySelector('a[data-hit]')) return;
    (window as unknown as { firstHitAt: number }).firstHitAt = Date.now();
    found.disconnect();
  });
  found.observe(document, { subtree: true, childList: true });
}

/** Whether the page has a worker registration (installing, waiting or active). */
function registrations(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
}

/** Resolves in the page after the idle callbacks queued before it have run. */
function afterIdle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve, 0))),
  );
}

test('on /search/?q= the first hit comes before anything is precached; the offline copy is made afterwards', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const seen = recordRequests(page);
  await page.addInitScript(watchFirstHit);
  await page.goto(`/search/?q=${encodeURIComponent(phrase.query)}`);
  await expect(page.locator('a[data-hit]').first()).toBeVisible();
  const firstHitAt = await page.evaluate(
    () => (window as unknown as { firstHitAt: number }).firstHitAt,
  );

  const before = seen.filter((request) => request.at <= firstHitAt);
  expect(before.filter((request) => request.byWorker)).toEqual([]);
  // What the results page asks for itself: its HTML, code, styles, icon and search data.
  const pageOwn = /^\/(?:search\/|_astro\/|search-data\/|favicon\.svg$|manifest\.webmanifest$)/u;
  expect(before.filter((request) => !pageOwn.test(request.path)).map((r) => r.path)).toEqual([]);

  await waitForOfflineCopy(page);
  const kept = (await precachedUrls(page)).map((url) => new URL(url).pathname);
  expect(kept).toContain('/print/index.html');
  expect(kept).toContain(`/${compilation!.path}print/index.html`);
  const precaching = seen.filter((request) => request.byWorker);
  expect(precaching.length).toBeGreaterThan(0);
  expect(Math.min(...precaching.map((request) => request.at))).toBeGreaterThanOrEqual(firstHitAt);
});

test('a reading page registers the worker once it is idle', async ({ page }) => {
  await page.goto('/speech-1/');
  await afterIdle(page);
  // register() has been called; the browser lists the registration once its job has begun.
  await expect.poll(() => registrations(page)).toBe(1);
  await waitForOfflineCopy(page);
});

test('with Save-Data on, no worker registers, idle or leaving, and the page still searches', async ({
  page,
}) => {
  const seen = recordRequests(page);
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { saveData: true } }),
  );
  await page.goto('/speech-1/');
  await afterIdle(page);
  // Leaving fires pagehide, which registers at once when Save-Data is off.
  await page.goto(`/search/?q=${encodeURIComponent(phrase.query)}`);
  await expect(page.locator('a[data-hit]').first()).toBeVisible();
  await afterIdle(page);
  expect(await registrations(page)).toBe(0);
  expect(seen.filter((request) => request.path === '/sw.js' || request.byWorker)).toEqual([]);
});

test('a reader who leaves before the first search answers still gets the offline copy (pagehide)', async ({
  page,
}) => {
  // The search never answers: its gram shards are held back.
  await page.route('**/search-data/grams/**', () => {});
  await page.goto(`/search/?q=${encodeURIComponent(phrase.query)}`);
  await expect(page.locator('[data-search-page]')).toHaveAttribute('aria-busy', 'true');
  await afterIdle(page);
  expect(await registrations(page)).toBe(0);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  // A file with no scripts of its own, so any registration it sees was made by the page left.
  await page.goto('/search-data/manifest.json');
  await expect.poll(() => registrations(page)).toBe(1);
});
