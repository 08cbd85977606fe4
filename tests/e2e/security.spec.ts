import {
  type BrowserContext,
  type ConsoleMessage,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { parseHeadersFile } from '../../src/integrations/security-headers.ts';
import { readDist } from '../support/dist.ts';
import { readCompilations } from '../support/compilations.ts';
import { readSpeeches } from '../support/speech-text.ts';

/**
 * Every page type in both scripts, served with the headers of dist/_headers
 * (as a host would send them) on top of the per-page <meta> policy, so both
 * policies are enforced at once. A page passes only if it loads nothing from
 * another origin, violates neither policy and logs no error.
 */

const query = '两个健康';
/** Each compilation's page and its print edition. */
const compilationPaths = readCompilations().flatMap(({ path }) => [
  path,
  `${path}print/`,
  `${path}source/`,
]);
const paths = [
  '',
  'print/',
  'source/',
  `search/?q=${encodeURIComponent(query)}`,
  ...readSpeeches().map((speech) => `${speech.slug}/`),
  ...compilationPaths,
];
const prefixes = ['/', '/zh-hant/'];

/** The headers `_headers` gives every path (its one `/*` rule). */
function siteHeaders(): Record<string, string> {
  const rules = parseHeadersFile(readDist('_headers'));
  expect(rules.map((rule) => rule.path)).toEqual(['/*']);
  return rules[0]!.headers;
}

async function serveWithSiteHeaders(context: BrowserContext): Promise<void> {
  const headers = siteHeaders();
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
}

interface Observed {
  foreignRequests: string[];
  violations: string[];
  errors: string[];
}

/** Records requests, console errors and CSP violations from the page and its workers. */
async function observe(page: Page, origin: string): Promise<Observed> {
  const observed: Observed = { foreignRequests: [], violations: [], errors: [] };
  // The context sees the requests of the page's workers too (the service worker's among them).
  page.context().on('request', (request) => {
    if (new URL(request.url()).origin !== origin) observed.foreignRequests.push(request.url());
  });
  const record = (message: ConsoleMessage): void => {
    if (message.type() === 'error') observed.errors.push(message.text());
    // Chromium reports violations on the console too, which is the only way to see them in a worker.
    if (/Content Security Policy/iu.test(message.text())) observed.violations.push(message.text());
  };
  page.on('console', record);
  page.on('worker', (worker) => worker.on('console', record));
  page.on('pageerror', (error) => observed.errors.push(error.message));
  await page.exposeFunction('reportViolation', (text: string) => observed.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return observed;
}

function expectClean(observed: Observed): void {
  expect(observed.foreignRequests, 'requests to other origins').toEqual([]);
  expect(observed.violations, 'CSP violations').toEqual([]);
  expect(observed.errors, 'console errors').toEqual([]);
}

test.beforeEach(async ({ context }) => serveWithSiteHeaders(context));

/** Search results as the search page and the header panel draw them (see src/search/browser/render.ts). */
const pageHits = '[data-search-page] a[data-hit]';
const panelHits = '[data-search-panel] a[data-hit]';

for (const prefix of prefixes) {
  for (const path of paths) {
    test(`${prefix}${path} loads only from its own origin, with no CSP violation or console error`, async ({
      page,
      baseURL,
    }) => {
      const observed = await observe(page, new URL(baseURL!).origin);
      await page.goto(`${prefix}${path}`);
      // The search page must have run its search, so the search's code and data loaded under the policy.
      if (path.startsWith('search/')) await page.locator(pageHits).first().waitFor();
      await page.waitForLoadState('networkidle');
      expectClean(observed);
    });
  }

  test(`${prefix}: a query typed into the header search box runs under the policy`, async ({
    page,
    baseURL,
  }) => {
    const observed = await observe(page, new URL(baseURL!).origin);
    await page.goto(prefix);
    const box = page.locator('#site-search');
    await box.fill(query);
    await page.locator(panelHits).first().waitFor();
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    await page.locator(pageHits).first().waitFor();
    await page.waitForLoadState('networkidle');
    expectClean(observed);
  });
}

test('the policy refuses to compile WebAssembly: nothing the site runs needs it', async ({
  page,
}) => {
  await page.goto('/');
  // Let the page's own requests finish first: the route above answers them.
  await page.waitForLoadState('networkidle');
  const refused = await page.evaluate(async () => {
    // The smallest valid module: the magic number and version 1.
    const empty = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
    return WebAssembly.compile(empty).then(
      () => 'compiled',
      (error: Error) => error.name,
    );
  });
  expect(refused).toBe('CompileError');
});
