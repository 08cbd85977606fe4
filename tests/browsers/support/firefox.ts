import puppeteer, { type Page } from 'puppeteer-core';
import { firefoxPath } from './binaries.ts';
import { type Engine, removeHighlightApi, watchProblems } from './engine.ts';

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
    // Firefox's own favicon load, which it starts late and outside the page, is reported this way
    // in about one run in five when the driver moves on: the worker answering it with a 504 on
    // a miss, and answering it from its cache, both left the report unchanged. Only this
    // message about this file is set aside; every other worker error still fails the run.
    if (
      /favicon\.svg’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/u.test(
        text,
      )
    )
      return;
    problems.push(`uncaught: ${text}`);
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
