import puppeteer, { type Page } from 'puppeteer-core';
import { firefoxPath } from './binaries.ts';
import { type Engine, removeHighlightApi, watchProblems } from './engine.ts';

/**
 * Firefox loads a page's favicon itself, after the page, and in about one
 * test:browsers run in five reports the worker's answer to that load as an
 * error when the driver moves on, whatever the answer (a 504 on a miss, a
 * copy from the cache). Leaving while the worker waits on the network is
 * not it (firefox-leaving.test.ts provokes that, and Firefox reports
 * nothing), so only this report about this file is set aside; every other
 * worker error fails the run.
 */
export function isLeavingFaviconReport(text: string): boolean {
  return /favicon\.svg’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/u.test(
    text,
  );
}

/** Debian's Firefox ESR, headless, driven over WebDriver BiDi by puppeteer-core. */
export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // Tests load localhost only; no updates, telemetry or remote settings in the way.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const page: Page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !problems.includes(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? error.message : String(error);
    if (!isLeavingFaviconReport(text)) problems.push(`uncaught: ${text}`);
  });
  await page.evaluateOnNewDocument(watchProblems);

  return {
    name: 'Firefox',
    preloads: true,
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <T>(body: string) => page.evaluate(`(async () => { ${body} })()`) as Promise<T>,
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    async pressEnter(selector) {
      await page.focus(selector);
      await page.keyboard.press('Enter');
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async pdf(url, prepare) {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready');
      if (prepare) await page.evaluate(prepare);
      return Buffer.from(await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: false }));
    },
    async withoutHighlightApi(steps) {
      const { identifier } = await page.evaluateOnNewDocument(removeHighlightApi);
      try {
        await steps();
      } finally {
        await page.removeScriptToEvaluateOnNewDocument(identifier);
      }
    },
    problems: async () => [...problems],
    close: () => browser.close(),
  };
}
