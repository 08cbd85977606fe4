import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { miniBrowserPath } from './binaries.ts';
import { type Engine, watchProblems } from './engine.ts';
import { freePort } from './preview.ts';

const printScript = fileURLToPath(new URL('webkit-print.py', import.meta.url));

async function waitForDriver(url: string, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected WebKitWebDriver to answer at ${url} within 20 s`);
}

/**
 * WebKitGTK's MiniBrowser in automation mode, driven by WebKitWebDriver
 * (classic WebDriver, through selenium-webdriver). Needs an X display
 * (xvfb-run). The driver has no BiDi and cannot read the console, so
 * problems are watched from the moment each page is handed over; the pages
 * printed are watched from their first byte by the print helper.
 */
export async function launchWebKit(): Promise<Engine> {
  const binary = miniBrowserPath();
  if (!binary)
    throw new Error(
      'expected MiniBrowser under /usr/lib/<arch>/webkit2gtk-4.1/ (apt-get install webkit2gtk-driver)',
    );
  const port = await freePort();
  const server = `http://127.0.0.1:${port}`;
  const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  await waitForDriver(server, driverProcess);
  const driver: WebDriver = await new Builder()
    .usingServer(server)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    })
    .build();
  await driver.manage().window().setRect({ width: 1280, height: 800 });
  const problems: string[] = [];

  /** Keeps what the page now open has seen, before it is left. */
  async function harvest(): Promise<void> {
    try {
      const seen = (await driver.executeScript('return window.__problems || []')) as string[];
      for (const text of seen) if (!problems.includes(text)) problems.push(text);
    } catch {
      // No page yet.
    }
  }
  async function arrived(): Promise<void> {
    await driver.executeScript(watchProblems);
  }

  return {
    name: 'WebKit',
    preloads: false,
    async open(url) {
      await harvest();
      await driver.get(url);
      await arrived();
    },
    // Every call first makes sure the page is watched: after a click or Enter
    // that navigated, the new page is watched from the first look at it.
    evaluate: (body) =>
      driver
        .executeAsyncScript(
          `const done = arguments[arguments.length - 1];
        ${watchProblems}
        (async () => { ${body} })().then(done, (error) => done({ __error: String(error) }));`,
        )
        .then((result) => {
          if (result && typeof result === 'object' && '__error' in result)
            throw new Error(String((result as { __error: string }).__error));
          return result as never;
        }),
    async click(selector) {
      await harvest();
      await driver.findElement(By.css(selector)).click();
    },
    async type(selector, text) {
      await driver.findElement(By.css(selector)).sendKeys(text);
    },
    async pressEnter(selector) {
      await harvest();
      await driver.findElement(By.css(selector)).sendKeys(Key.ENTER);
    },
    async reload() {
      await harvest();
      await driver.navigate().refresh();
      await arrived();
    },
    async pdf(url, prepare) {
      const dir = mkdtempSync(join(tmpdir(), 'webkit-print-'));
      try {
        const out = join(dir, 'page.pdf');
        const { stdout } = await promisify(execFile)(
          '/usr/bin/python3',
          [printScript, url, out, ...(prepare ? [prepare] : [])],
          { timeout: 90_000 },
        );
        // The print helper watches its page from before the first script.
        for (const line of stdout.split('\n'))
          if (line.startsWith('problem: ') && !problems.includes(line)) problems.push(line);
        return readFileSync(out);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    async withoutHighlightApi() {
      throw new Error(
        'expected an engine that can run a script before the page does; WebKitWebDriver cannot',
      );
    },
    async problems() {
      await harvest();
      return [...problems];
    },
    async close() {
      try {
        await driver.quit();
      } finally {
        driverProcess.kill('SIGTERM');
      }
    },
  };
}
