import { searchEvents } from '../search/browser/events.ts';

export interface OfflineWorker {
  /** The worker script (`<base>sw.js`). */
  url: string;
  /** The site's base, so the worker keeps the site under a sub-path too. */
  scope: string;
}

/** Network Information's one field read here; not in TypeScript's DOM typings. */
interface SaveDataNavigator extends Navigator {
  connection?: { saveData?: boolean };
}

/** Fallback wait where requestIdleCallback is missing (WebKit). */
const idleFallbackMs = 1000;
/** The longest a page that never goes idle (an animation, a busy main thread) holds the copy back. */
const idleTimeoutMs = 10_000;

const whenIdle = (then: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(then, { timeout: idleTimeoutMs });
  else setTimeout(then, idleFallbackMs);
};

/**
 * Registers the service worker that keeps the offline copy, without letting
 * its install (a precache of the whole site, about 1 MB on two speeches)
 * compete with what the reader came for: measured, a first search that
 * shared the network with it took 407–864 ms instead of 197–289 ms.
 *
 * It waits for `load` and then for the page to be idle; where a search was
 * asked for (?q= on the results page, or the reader in the search box) it
 * also waits for the first search to answer, and it never starts while a
 * search is in flight. Leaving the page (`pagehide`) registers at once, so
 * a reader who moves on before all that still gets the copy. With Save-Data
 * on, nothing is registered: the site works online, with no offline copy.
 */
export function registerWhenIdle(worker: OfflineWorker): void {
  if (!('serviceWorker' in navigator)) return;
  if ((navigator as SaveDataNavigator).connection?.saveData === true) return;

  let loaded = document.readyState === 'complete';
  let registered = false;
  let answered = false;
  let boxInUse = false;
  const askedByAddress =
    document.querySelector('[data-search-page]') !== null &&
    (new URLSearchParams(location.search).get('q') ?? '').trim() !== '';

  const register = (): void => {
    if (registered) return;
    registered = true;
    removeEventListener('pagehide', register);
    navigator.serviceWorker
      .register(worker.url, { scope: worker.scope })
      .catch((error: unknown) => {
        // Offline reading is an extra: the page works the same without it.
        console.warn('offline copy unavailable:', error);
      });
  };
  const searching = (): boolean =>
    document.querySelector(
      '[data-search-page][aria-busy="true"], [data-search-results][aria-busy="true"]',
    ) !== null;
  const mayStart = (): boolean =>
    loaded && !searching() && (answered || (!askedByAddress && !boxInUse));
  const tryWhenIdle = (): void => {
    if (mayStart()) whenIdle(() => mayStart() && register());
  };
  const isSearchBox = (target: EventTarget | null): boolean =>
    target instanceof HTMLInputElement && target.type === 'search';

  addEventListener('pagehide', register);
  document.addEventListener(searchEvents.answered, () => {
    answered = true;
    tryWhenIdle();
  });
  document.addEventListener('focusin', (event) => {
    if (isSearchBox(event.target)) boxInUse = true;
  });
  // A reader who leaves the box without searching is no longer waiting for an answer.
  document.addEventListener('focusout', (event) => {
    if (!isSearchBox(event.target)) return;
    boxInUse = false;
    tryWhenIdle();
  });
  if (loaded) tryWhenIdle();
  else
    addEventListener(
      'load',
      () => {
        loaded = true;
        tryWhenIdle();
      },
      { once: true },
    );
}
