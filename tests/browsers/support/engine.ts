/**
 * What the cross-browser checks need from a browser, whichever protocol
 * drives it: WebDriver BiDi through puppeteer-core (Firefox) or classic
 * WebDriver through selenium-webdriver (WebKitGTK).
 */
export interface Engine {
  readonly name: string;
  /** Whether a script can run before the page's own: to remove an API, or to watch from the first byte. */
  readonly preloads: boolean;
  open(url: string): Promise<void>;
  /** Runs the body of an async function in the page and returns its (JSON) result. */
  evaluate<T>(body: string): Promise<T>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  pressEnter(selector: string): Promise<void>;
  reload(): Promise<void>;
  /** Prints the page at `url` to PDF as the engine prints it, without the browser's header and footer; `prepare` runs in the page first. */
  pdf(url: string, prepare?: string): Promise<Buffer>;
  /** Runs `steps` with the CSS Custom Highlight API removed before page scripts run (engines that preload only). */
  withoutHighlightApi(steps: () => Promise<void>): Promise<void>;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Installed in every page: reports CSP violations and uncaught errors as
 * console errors (one channel for both engines) and keeps them in
 * window.__problems for engines whose driver cannot read the console.
 */
export const watchProblems = `(() => {
  if (window.__problems) return;
  const problems = (window.__problems = []);
  const report = (text) => {
    problems.push(text);
    console.error(text);
  };
  document.addEventListener('securitypolicyviolation', (event) => report('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI), true);
  // Loads the page started and the browser cut off because it is leaving (a reload, the next address)
  // are no error of the page's: Firefox reports them as error events, Chromium does not.
  let leaving = false;
  addEventListener('beforeunload', () => (leaving = true));
  addEventListener('pagehide', () => (leaving = true));
  addEventListener('error', (event) => leaving || report('uncaught: ' + (event.message || event.target?.src || event.target?.href || event.type)), true);
  addEventListener('unhandledrejection', (event) => report('unhandled rejection: ' + event.reason));
  const error = console.error.bind(console);
  console.error = (...args) => {
    if (!problems.includes(args.join(' '))) problems.push(args.join(' '));
    error(...args);
  };
})();`;

/** Deletes what feature detection looks at, as in engines that lack the API. */
export const removeHighlightApi = `delete CSS.highlights; delete window.Highlight;`;

/** Polls `body` (an async function body) until it returns something truthy. */
export async function waitFor<T>(
  engine: Engine,
  body: string,
  expected: string,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      last = await engine.evaluate<T>(body);
      if (last) return last as T;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${engine.name}: expected ${expected} within ${timeout} ms; last saw ${String(last)}`,
  );
}
