/**
 * The exact search of a built synthetic archive, measured as a reader meets
 * it, for bench:scale. About 150 queries of three kinds:
 *
 * - selective: 7 to 16 characters of the sentence only one speech has
 *   (synthetic-compilations.ts), as a reader quotes a speech they remember;
 * - common: the browser tests' phrase table (tests/support/phrases.ts), whose
 *   phrases come from the real paragraphs that every synthetic speech reuses,
 *   so they hit up to half of the archive;
 * - absent: phrases in no speech, among them unique sentences of speeches
 *   past the archive's end, which share most grams with real ones.
 *
 * Each query is opened cold (a fresh browser context) at /search/?q=, timed
 * from navigation to drawn results, its bytes and requests counted; then the
 * "check more" button is pressed until every candidate is checked (when
 * maxPages pages can do it), and the hits are compared with an independent substring
 * scan of the generated Markdown (expectedHitsIn). Then every query is typed
 * again into one warm page, timed from input to results, and its first page
 * compared with the cold one: the answer must not depend on earlier searches.
 */
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { expectedHitsIn, phrases, sourceBlocks, type Source } from '../../tests/support/phrases.ts';
import { chromiumFlags, chromiumPath, firstVisit, startPreview } from './preview.ts';
import { uniqueSentence } from './synthetic-compilations.ts';

type Kind = 'selective' | 'common' | 'absent';

interface Query {
  query: string;
  /** The query as the Markdown spells it, when typed (partly) in Traditional. */
  simplified?: string;
  kind: Kind;
}

export interface QueryResult extends Query {
  expectedHits: number;
  expectedSpeeches: number;
  /** Hits shown once every page was checked, or as many pages as maxPages allows. */
  shownHits: number;
  correct: number;
  /** Every candidate checked: recall is then over the whole answer. */
  complete: boolean;
  /** The index's candidate speeches, at least the speeches that hold the query. */
  candidates: number;
  coldMs: number;
  /** Everything the cold page transferred, HTML included; and the search data alone. */
  coldBytes: number;
  coldSearchDataBytes: number;
  coldRequests: number;
  warmMs: number;
  /** The warm page's first page of hits equals the cold one's. */
  sameWarm: boolean;
  /** What stopped the paging, if anything did. */
  error?: string;
}

export interface ExactSearch {
  queries: QueryResult[];
}

/** Pages of results checked per query, at most: enough to finish every selective and most common queries below 1,000 speeches. */
const maxPages = 30;

function queriesFor(speeches: number): Query[] {
  const queries: Query[] = [];
  for (let k = 0; k < 90; k++) {
    const sentence = uniqueSentence(1 + Math.floor((k * speeches) / 90));
    const length = 7 + (k % 10);
    // From its start (the town and village), or ending at the method named after them.
    const start = k % 2 === 0 ? 0 : Math.max(0, sentence.indexOf('工作法') + 3 - length);
    queries.push({ query: sentence.slice(start, start + length), kind: 'selective' });
  }
  for (let k = 0; k < 10; k++)
    queries.push({
      query: uniqueSentence(speeches + 1 + k * 7919).slice(0, 8 + k),
      kind: 'absent',
    });
  for (const phrase of phrases) {
    queries.push({
      query: phrase.query,
      simplified: phrase.simplified,
      kind: phrase.kind === 'neither' ? 'absent' : 'common',
    });
  }
  const seen = new Set<string>();
  return queries.filter(({ query }) => !seen.has(query) && Boolean(seen.add(query)));
}

/** Records when each query's results reach the DOM, and the last input into the box. */
function instrument(): void {
  const state = { input: 0, rendered: new Map<string, number>() };
  (window as unknown as { bench: typeof state }).bench = state;
  addEventListener('input', () => (state.input = performance.now()), { capture: true });
  new MutationObserver((records) => {
    for (const record of records) {
      const region = record.target as HTMLElement;
      if (region.dataset.query !== undefined && region.getAttribute('aria-busy') === 'false')
        state.rendered.set(region.dataset.query, performance.now());
    }
  }).observe(document, { subtree: true, attributeFilter: ['data-query', 'aria-busy'] });
}

async function settled(page: Page, query: string, checkedAbove = -1): Promise<void> {
  await page.waitForFunction(
    ([q, above]) => {
      const region = document.querySelector<HTMLElement>('[data-search-page]');
      return (
        region?.dataset.query === q &&
        region.getAttribute('aria-busy') === 'false' &&
        Number(region.dataset.checked) > above
      );
    },
    [query, checkedAbove] as const,
    { timeout: 60_000 },
  );
}

/** The hits shown, as path#id, and the region's counts. */
function shown(
  page: Page,
): Promise<{ hits: string[]; candidates: number; checked: number; more: boolean }> {
  return page.evaluate(() => {
    const region = document.querySelector<HTMLElement>('[data-search-page]')!;
    return {
      hits: [...region.querySelectorAll<HTMLAnchorElement>('a[data-hit]')].map(
        (a) => `${new URL(a.href).pathname}#${new URL(a.href).hash.slice(1)}`,
      ),
      candidates: Number(region.dataset.candidates),
      checked: Number(region.dataset.checked),
      more: region.querySelector('[data-search-more]') !== null,
    };
  });
}

function expectedOf(source: Source, query: Query): string[] {
  return expectedHitsIn(source, {
    query: query.query,
    simplified: query.simplified,
    kind: 'across',
  }).groups.flatMap((group) => group.hits.map((hit) => `/${hit.slug}/#${hit.id}`));
}

/** How many of `shown` are in `expected`, each expected hit matched once. */
function matched(expected: readonly string[], shownHits: readonly string[]): number {
  const left = new Map<string, number>();
  for (const hit of expected) left.set(hit, (left.get(hit) ?? 0) + 1);
  let correct = 0;
  for (const hit of shownHits) {
    const n = left.get(hit) ?? 0;
    if (n > 0) {
      left.set(hit, n - 1);
      correct += 1;
    }
  }
  return correct;
}

async function cold(
  browser: Browser,
  origin: string,
  query: Query,
  expected: string[],
): Promise<Omit<QueryResult, 'warmMs' | 'sameWarm'> & { firstPage: string[] }> {
  const context = await browser.newContext(firstVisit);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query.query)}`);
  await settled(page, query.query);
  const timing = await page.evaluate((q) => {
    const { bench } = window as unknown as { bench: { rendered: Map<string, number> } };
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      ms: bench.rendered.get(q)!,
      bytes:
        navigation.transferSize + resources.reduce((sum, entry) => sum + entry.transferSize, 0),
      searchData: resources
        .filter((entry) => entry.name.includes('/search-data/'))
        .reduce((sum, entry) => sum + entry.transferSize, 0),
      requests: 1 + resources.length,
    };
  }, query.query);
  let state = await shown(page);
  const firstPage = state.hits;
  let error: string | undefined;
  try {
    // A query with more candidates than maxPages can check stays at its first page: it cannot be completed anyway.
    const pageable = state.candidates <= maxPages * state.checked;
    for (let pages = 1; pageable && state.more && pages < maxPages; pages++) {
      await page.click('[data-search-more]');
      await settled(page, query.query, state.checked);
      state = await shown(page);
    }
  } catch (thrown) {
    // Counted as incomplete and reported, so one stuck query does not lose the whole run.
    error = `after ${state.checked} speeches checked: ${String(thrown).split('\n')[0]}`;
  }
  await context.close();
  return {
    ...query,
    expectedHits: expected.length,
    expectedSpeeches: new Set(expected.map((hit) => hit.split('#')[0])).size,
    shownHits: state.hits.length,
    correct: matched(expected, state.hits),
    complete: !state.more && error === undefined,
    ...(error === undefined ? {} : { error }),
    candidates: state.candidates,
    coldMs: timing.ms,
    coldBytes: timing.bytes,
    coldSearchDataBytes: timing.searchData,
    coldRequests: timing.requests,
    firstPage,
  };
}

/** Input to drawn results for each query in turn, in one page that has searched before. */
async function warm(
  browser: Browser,
  origin: string,
  queries: readonly Query[],
): Promise<{ ms: number; firstPage: string[] }[]> {
  const context = await browser.newContext(firstVisit);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  await page.click('#site-search');
  const results = [];
  for (const { query } of queries) {
    await page.fill('#site-search', '');
    await page.keyboard.insertText(query);
    await settled(page, query);
    const ms = await page.evaluate((q) => {
      const { bench } = window as unknown as {
        bench: { input: number; rendered: Map<string, number> };
      };
      return bench.rendered.get(q)! - bench.input;
    }, query);
    results.push({ ms, firstPage: (await shown(page)).hits });
  }
  await context.close();
  return results;
}

export async function exactSearch(projectDir: string, speeches: number): Promise<ExactSearch> {
  const source = sourceBlocks(join(projectDir, 'content', 'speeches'));
  const queries = queriesFor(speeches);
  const preview = await startPreview(projectDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags.filter((flag) => !flag.startsWith('--headless')),
  });
  try {
    // One query first, not counted: the browser's first contexts and the preview's first
    // requests are slower than any after them, and would be charged to the smallest archive.
    await cold(browser, preview.origin, queries[0]!, []);
    const colds = [];
    for (const query of queries)
      colds.push(await cold(browser, preview.origin, query, expectedOf(source, query)));
    const warms = await warm(browser, preview.origin, queries);
    return {
      queries: colds.map(({ firstPage, ...result }, i) => ({
        ...result,
        warmMs: warms[i]!.ms,
        sameWarm: JSON.stringify(warms[i]!.firstPage) === JSON.stringify(firstPage),
      })),
    };
  } finally {
    await browser.close();
    await preview.stop();
  }
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/**
 * Markdown: each size's cold median per kind of query as a multiple of the
 * smallest archive's: absolute times drift on a shared machine, the ratio
 * says what the archive itself adds. It holds best for sizes measured in
 * one run; rows kept from earlier runs compare across runs (the machine
 * line of bench/scale.md gives each row's load).
 */
export function ratioTable(rows: readonly { speeches: number; search: ExactSearch }[]): string[] {
  const sorted = [...rows].sort((a, b) => a.speeches - b.speeches);
  const floor = sorted[0];
  if (!floor || sorted.length < 2) return [];
  const kinds = ['selective', 'common', 'absent'] as const;
  const median = (search: ExactSearch, kind: Kind) =>
    percentile(
      search.queries.filter((q) => q.kind === kind).map((q) => q.coldMs),
      0.5,
    );
  return [
    `Cold median as a multiple of the ${floor.speeches}-speech site's:`,
    '',
    `| speeches | ${kinds.join(' | ')} |`,
    `| ---: | ${kinds.map(() => '---:').join(' | ')} |`,
    ...sorted
      .slice(1)
      .map(
        ({ speeches, search }) =>
          `| ${speeches} | ${kinds.map((kind) => `${(median(search, kind) / median(floor.search, kind)).toFixed(2)}×`).join(' | ')} |`,
      ),
  ];
}

/** Markdown: one row per size and kind of query, and one for all. */
export function searchTable(rows: readonly { speeches: number; search: ExactSearch }[]): string[] {
  const lines = [
    '| speeches | queries | kind | complete | recall (complete) | precision | candidates ⊇ truth | same warm | cold median / p90 ms | cold KB median / p90 (search data) | requests median | warm median / p90 ms |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { speeches, search } of rows) {
    for (const kind of ['selective', 'common', 'absent', 'all'] as const) {
      const qs = search.queries.filter((q) => kind === 'all' || q.kind === kind);
      if (qs.length === 0) continue;
      const complete = qs.filter((q) => q.complete);
      const sum = (list: readonly QueryResult[], key: 'correct' | 'expectedHits' | 'shownHits') =>
        list.reduce((total, q) => total + q[key], 0);
      lines.push(
        `| ${speeches} | ${qs.length} | ${kind} | ${complete.length} | ${percent(sum(complete, 'correct'), sum(complete, 'expectedHits'))} | ${percent(sum(qs, 'correct'), sum(qs, 'shownHits'))} | ${qs.filter((q) => q.candidates >= q.expectedSpeeches).length} / ${qs.length} | ${qs.filter((q) => q.sameWarm).length} / ${qs.length} | ${percentile(
          qs.map((q) => q.coldMs),
          0.5,
        ).toFixed(0)} / ${percentile(
          qs.map((q) => q.coldMs),
          0.9,
        ).toFixed(0)} | ${kb(
          percentile(
            qs.map((q) => q.coldBytes),
            0.5,
          ),
        )} / ${kb(
          percentile(
            qs.map((q) => q.coldBytes),
            0.9,
          ),
        )} (${kb(
          percentile(
            qs.map((q) => q.coldSearchDataBytes),
            0.5,
          ),
        )} / ${kb(
          percentile(
            qs.map((q) => q.coldSearchDataBytes),
            0.9,
          ),
        )}) | ${percentile(
          qs.map((q) => q.coldRequests),
          0.5,
        )} | ${percentile(
          qs.map((q) => q.warmMs),
          0.5,
        ).toFixed(1)} / ${percentile(
          qs.map((q) => q.warmMs),
          0.9,
        ).toFixed(1)} |`,
      );
    }
  }
  const absent = rows.flatMap(({ speeches, search }) =>
    search.queries
      .filter((q) => q.kind === 'absent' && q.shownHits > 0)
      .map((q) => `${speeches}: “${q.query}”`),
  );
  lines.push(
    '',
    `Absent phrases with any hit shown: ${absent.length === 0 ? 'none' : absent.join(', ')}.`,
  );
  const errors = rows.flatMap(({ speeches, search }) =>
    search.queries.flatMap((q) => (q.error ? [`${speeches}: “${q.query}” ${q.error}`] : [])),
  );
  if (errors.length > 0)
    lines.push('', 'Paging stopped:', '', ...errors.map((error) => `- ${error}`));
  const misses = rows.flatMap(({ speeches, search }) =>
    search.queries
      .filter((q) => q.correct !== q.shownHits || (q.complete && q.correct !== q.expectedHits))
      .map(
        (q) =>
          `${speeches}: “${q.query}” expected ${q.expectedHits}, shown ${q.shownHits}, correct ${q.correct}`,
      ),
  );
  lines.push(
    '',
    `Queries whose hits differ from the scan: ${misses.length === 0 ? 'none' : misses.join('; ')}.`,
  );
  return lines;
}
