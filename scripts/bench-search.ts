/**
 * Search benchmark against the built site (run `npm run build` first):
 * serves dist/ with `astro preview` on a free port, drives Debian's Chromium
 * and measures
 *
 * - cold: a freshly loaded reading page, click the header box and commit a
 *   phrase (as an input method does); time from that input to the results
 *   being in the DOM, and the bytes that search transferred;
 * - first visit: /search/?q=<phrase> opened in a fresh browser context, once
 *   with the service worker allowed (as a reader meets it: the offline copy's
 *   precache must wait for the first answer) and once blocked; time from the
 *   search being asked (its search:asked event) to the first hit in the DOM,
 *   from navigation to that hit, the bytes fetched by then (the worker's
 *   included) and, when allowed, when the precache began and what it fetched;
 * - warm: the median of the same over ~30 more phrases on that page, and on
 *   the results page, which draws every hit;
 * - recall and precision of the results page over the phrase table shared
 *   with the browser tests, in both scripts.
 *
 * Prints a Markdown table and writes bench/search.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page, type Request } from '@playwright/test';
import { expectedHits, phrases } from '../tests/support/phrases.ts';
import type { SearchEvent } from '../src/search/browser/events.ts';
import { chromiumFlags, chromiumPath, firstVisit, startPreview } from './lib/preview.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const coldRuns = 5;
const coldPhrase = '两个健康';

interface Timing {
  ms: number;
  bytes: number;
  gzipBytes: number;
  files: { path: string; bytes: number }[];
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'search-data/manifest.json'))) {
    throw new Error('No built site with search data in dist/: run "npm run build" first');
  }
  const server = await startPreview(root);
  const base = server.origin;
  // Playwright adds its own headless switch.
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags.filter((flag) => !flag.startsWith('--headless')),
  });
  try {
    const cold: Timing[] = [];
    for (let run = 0; run < coldRuns; run++) cold.push(await coldSearch(browser, base));
    const arrivals = { allow: [] as Arrival[], block: [] as Arrival[] };
    for (let run = 0; run < coldRuns; run++)
      for (const workers of ['allow', 'block'] as const)
        arrivals[workers].push(await arrival(browser, base, workers));
    const warmPanel = await warm(browser, `${base}/speech-1/`);
    const warmPage = await warm(browser, `${base}/search/`);
    const accuracy = await measureAccuracy(browser, base);
    report({ chromium: browser.version(), cold, arrivals, warmPanel, warmPage, accuracy });
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Records, in the page, the last input into the search box and when each query's results reached the DOM. */
function instrument(): void {
  const state = { input: 0, rendered: new Map<string, number>() };
  (window as unknown as { bench: typeof state }).bench = state;
  addEventListener('input', () => (state.input = performance.now()), { capture: true });
  new MutationObserver((records) => {
    for (const record of records) {
      const query = (record.target as HTMLElement).dataset.query;
      if (query !== undefined && !state.rendered.has(query))
        state.rendered.set(query, performance.now());
    }
  }).observe(document, { subtree: true, attributeFilter: ['data-query'] });
}

/** Commits `query` into the focused box at once, as an input method does, and returns ms from input to results. */
async function timeQuery(page: Page, query: string): Promise<number> {
  await page.keyboard.insertText(query);
  const selector = '[data-search-page], [data-search-results]';
  await page.waitForFunction(
    ([q, s]) =>
      [...document.querySelectorAll<HTMLElement>(s)].some(
        (r) => r.dataset.query === q && r.getAttribute('aria-busy') === 'false',
      ),
    [query, selector] as const,
  );
  return page.evaluate((q) => {
    const { bench } = window as unknown as {
      bench: { input: number; rendered: Map<string, number> };
    };
    return bench.rendered.get(q)! - bench.input;
  }, query);
}

async function coldSearch(browser: Browser, base: string): Promise<Timing> {
  const context = await browser.newContext(firstVisit);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(`${base}/speech-1/`, { waitUntil: 'networkidle' });
  const before = await page.evaluate(() => performance.now());
  await page.click('#site-search');
  const ms = await timeQuery(page, coldPhrase);
  await page.waitForLoadState('networkidle');
  const entries = await page.evaluate(
    (t0) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= t0)
        .map((entry) => ({
          url: entry.name,
          size: (entry as PerformanceResourceTiming).transferSize,
        })),
    before,
  );
  await context.close();
  const files = entries.map((entry) => ({ path: new URL(entry.url).pathname, bytes: entry.size }));
  return {
    ms,
    bytes: entries.reduce((sum, entry) => sum + entry.size, 0),
    gzipBytes: files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, file.path))).length,
      0,
    ),
    files,
  };
}

interface Arrival {
  /** From the search being asked to its first hit in the DOM. */
  searchMs: number;
  /** From navigation start to the first hit. */
  pageMs: number;
  /** Transferred by the time of the first hit: the page's finished requests and any the worker began. */
  bytesByFirstHit: number;
  /** Requests the service worker had begun by then (its precache). */
  workerRequestsByFirstHit: number;
  /** When the worker's first request began, after the first hit (ms; null if it never ran). */
  precacheAfterHitMs: number | null;
  /** What the worker fetched in all (its precache), once the offline copy was made. */
  precacheBytes: number;
}

/** Records, in the page, when the first search was asked and when its first hit reached the DOM. */
function watchArrival(asked: string): void {
  const state = { asked: 0, hit: 0, hitAt: 0 };
  (window as unknown as { arrival: typeof state }).arrival = state;
  addEventListener(asked, () => (state.asked ||= performance.now()), { capture: true });
  const found = new MutationObserver(() => {
    if (!document.querySelector('a[data-hit]')) return;
    state.hit = performance.now();
    state.hitAt = Date.now();
    found.disconnect();
  });
  found.observe(document, { subtree: true, childList: true });
}

async function arrival(
  browser: Browser,
  base: string,
  workers: 'allow' | 'block',
): Promise<Arrival> {
  const context = await browser.newContext({ serviceWorkers: workers });
  await context.addInitScript(watchArrival, 'search:asked' satisfies SearchEvent);
  const byWorker: { start: number; bytes: Promise<number> }[] = [];
  const sizeOf = (request: Request) =>
    request.sizes().then(
      (sizes) => sizes.responseHeadersSize + sizes.responseBodySize,
      () => 0,
    );
  context.on('requestfinished', (request) => {
    if (request.serviceWorker())
      byWorker.push({ start: request.timing().startTime, bytes: sizeOf(request) });
  });
  const page = await context.newPage();
  await page.goto(`${base}/search/?q=${encodeURIComponent(coldPhrase)}`);
  await page.locator('a[data-hit]').first().waitFor();
  const seen = await page.evaluate(() => {
    const { arrival: state } = window as unknown as {
      arrival: { asked: number; hit: number; hitAt: number };
    };
    const document = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.responseEnd <= state.hit)
      .reduce((sum, entry) => sum + entry.transferSize, 0);
    return { ...state, pageBytes: document.transferSize + resources };
  });
  if (workers === 'allow') {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  const early = byWorker.filter((request) => request.start <= seen.hitAt);
  const starts = byWorker.map((request) => request.start);
  return {
    searchMs: seen.hit - seen.asked,
    pageMs: seen.hit,
    bytesByFirstHit:
      seen.pageBytes +
      (await Promise.all(early.map((request) => request.bytes))).reduce((a, b) => a + b, 0),
    workerRequestsByFirstHit: early.length,
    precacheAfterHitMs: starts.length ? Math.min(...starts) - seen.hitAt : null,
    precacheBytes: (await Promise.all(byWorker.map((request) => request.bytes))).reduce(
      (a, b) => a + b,
      0,
    ),
  };
}

/** Warm keystroke-to-results times over the phrase table, on a page whose search is already loaded. */
async function warm(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext(firstVisit);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.click('#site-search');
  await timeQuery(page, coldPhrase);
  const times: number[] = [];
  for (const { query } of phrases.filter((phrase) => phrase.query !== coldPhrase).slice(0, 30)) {
    await page.fill('#site-search', '');
    times.push(await timeQuery(page, query));
  }
  await context.close();
  return times;
}

interface Accuracy {
  expected: number;
  shown: number;
  correct: number;
  exactPhrases: number;
  phrases: number;
  misses: { script: string; query: string; expected: string[]; shown: string[] }[];
}

/** Compares the results page with the independently computed hits: counts as multisets of speech#block. */
async function measureAccuracy(browser: Browser, base: string): Promise<Accuracy> {
  const context = await browser.newContext(firstVisit);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const total: Accuracy = {
    expected: 0,
    shown: 0,
    correct: 0,
    exactPhrases: 0,
    phrases: 0,
    misses: [],
  };
  for (const prefix of ['/', '/zh-hant/']) {
    await page.goto(`${base}${prefix}search/`, { waitUntil: 'networkidle' });
    await page.click('#site-search');
    for (const phrase of phrases) {
      await page.fill('#site-search', '');
      await timeQuery(page, phrase.query);
      const shown = await page.locator('[data-search-page] a[data-hit]').evaluateAll((links) =>
        links.map((a) => {
          const url = new URL((a as HTMLAnchorElement).href);
          return `${url.pathname}${url.hash || '#'}`;
        }),
      );
      const expected = expectedHits(phrase).groups.flatMap((group) =>
        group.hits.map((hit) => `${prefix}${hit.slug}/#${hit.id}`),
      );
      const left = [...expected];
      let correct = 0;
      for (const hit of shown) {
        const at = left.indexOf(hit);
        if (at !== -1) {
          left.splice(at, 1);
          correct += 1;
        }
      }
      total.expected += expected.length;
      total.shown += shown.length;
      total.correct += correct;
      total.phrases += 1;
      if (correct === expected.length && correct === shown.length) total.exactPhrases += 1;
      else total.misses.push({ script: prefix, query: phrase.query, expected, shown });
    }
  }
  await context.close();
  return total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function report(result: {
  chromium: string;
  cold: Timing[];
  arrivals: Record<'allow' | 'block', Arrival[]>;
  warmPanel: number[];
  warmPage: number[];
  accuracy: Accuracy;
}): void {
  const { cold, arrivals, warmPanel, warmPage, accuracy } = result;
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const ms = (value: number) => value.toFixed(1);
  const recall = accuracy.expected ? accuracy.correct / accuracy.expected : 1;
  const precision = accuracy.shown ? accuracy.correct / accuracy.shown : 1;
  const rows = [
    [
      'Cold: input → first results (median of 5 fresh pages)',
      `${ms(median(cold.map((c) => c.ms)))} ms`,
      '≤ 250 ms',
    ],
    ['Cold: slowest of 5', `${ms(Math.max(...cold.map((c) => c.ms)))} ms`, '≤ 250 ms'],
    [
      'Cold: transferred by the first search (as served, headers included)',
      `${kb(cold[0]!.bytes)} KB`,
      '≤ 120 KB',
    ],
    ['Cold: the same files gzipped', `${kb(cold[0]!.gzipBytes)} KB`, ''],
    ...(['allow', 'block'] as const).flatMap((workers) => {
      const runs = arrivals[workers];
      const worker = workers === 'allow' ? 'worker allowed' : 'worker blocked';
      const budget = (limit: string) => (workers === 'allow' ? limit : '');
      return [
        [
          `First visit, ${worker}: /search/?q= asked → first hit (median of ${runs.length}, slowest)`,
          `${ms(median(runs.map((r) => r.searchMs)))} ms, ${ms(Math.max(...runs.map((r) => r.searchMs)))} ms`,
          budget('≤ 100 ms'),
        ],
        [
          `First visit, ${worker}: navigation → first hit (median)`,
          `${ms(median(runs.map((r) => r.pageMs)))} ms`,
          '',
        ],
        [
          `First visit, ${worker}: fetched by the first hit, page and worker (median, most); worker requests by then`,
          `${kb(median(runs.map((r) => r.bytesByFirstHit)))} KB, ${kb(Math.max(...runs.map((r) => r.bytesByFirstHit)))} KB; ${Math.max(...runs.map((r) => r.workerRequestsByFirstHit))}`,
          budget('≤ 60 KB; 0'),
        ],
      ];
    }),
    [
      'First visit, worker allowed: precache began after the first hit (earliest); fetched in all (median)',
      `${ms(Math.min(...arrivals.allow.map((r) => r.precacheAfterHitMs ?? Infinity)))} ms; ${kb(median(arrivals.allow.map((r) => r.precacheBytes)))} KB`,
      '≥ 0 ms',
    ],
    [
      `Warm: input → results in the header panel (median of ${warmPanel.length})`,
      `${ms(median(warmPanel))} ms`,
      '≤ 30 ms',
    ],
    [
      `Warm: input → results on /search/, every hit drawn (median of ${warmPage.length})`,
      `${ms(median(warmPage))} ms`,
      '≤ 30 ms',
    ],
    [
      `Recall over ${accuracy.phrases} phrase×script cases`,
      `${(recall * 100).toFixed(1)} %`,
      '100 %',
    ],
    ['Precision', `${(precision * 100).toFixed(1)} %`, '100 %'],
    [
      'Phrases with exactly the expected hits',
      `${accuracy.exactPhrases} / ${accuracy.phrases}`,
      '',
    ],
  ];
  console.log(`Search benchmark (Chromium ${result.chromium})\n`);
  console.log('| Measure | Result | Budget |\n| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(
    `\nFirst search fetched: ${cold[0]!.files.map((file) => `${file.path} (${kb(file.bytes)} KB)`).join(', ')}\n`,
  );
  for (const miss of accuracy.misses)
    console.log(
      `Mismatch ${miss.script} “${miss.query}”: expected ${miss.expected.join(' ')}; shown ${miss.shown.join(' ')}`,
    );

  mkdirSync(join(root, 'bench'), { recursive: true });
  const json = {
    date: new Date().toISOString(),
    chromium: result.chromium,
    cold: { runs: cold, medianMs: median(cold.map((c) => c.ms)) },
    firstVisit: {
      workerAllowed: {
        runs: arrivals.allow,
        searchMedianMs: median(arrivals.allow.map((r) => r.searchMs)),
        bytesByFirstHitMedian: median(arrivals.allow.map((r) => r.bytesByFirstHit)),
      },
      workerBlocked: {
        runs: arrivals.block,
        searchMedianMs: median(arrivals.block.map((r) => r.searchMs)),
        bytesByFirstHitMedian: median(arrivals.block.map((r) => r.bytesByFirstHit)),
      },
    },
    warm: {
      panelMs: warmPanel,
      panelMedianMs: median(warmPanel),
      pageMs: warmPage,
      pageMedianMs: median(warmPage),
    },
    accuracy: { ...accuracy, recall, precision },
  };
  writeFileSync(join(root, 'bench/search.json'), `${JSON.stringify(json, null, 2)}\n`);
}

await main();
