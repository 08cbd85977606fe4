import type { SearchEvent } from '../search/browser/events.ts';

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

  let registered = false;
  let answered = false;
  let boxInUse = false;
  const askedByAddress =
    !!document.querySelector('[data-search-page]') &&
    !!new URLSearchParams(location.search).get('q')?.trim();

  const register = (): void => {
    if (registered) return;
    registered = true;
    navigator.serviceWorker
      .register(worker.url, { scope: worker.scope })
      .catch((error: unknown) => {
        // Offline reading is an extra: the page works the same without it.
        console.warn('offline copy unavailable:', error);
      });
  };
  // Only the search's results regions are ever busy (src/search/browser/attach.ts).
  const mayStart = (): boolean =>
    document.readyState === 'complete' &&
    !document.querySelector('[aria-busy="true"]') &&
    (answered || (!askedByAddress && !boxInUse));
  const tryWhenIdle = (): void => {
    if (mayStart()) whenIdle(() => mayStart() && register());
  };
  const searchBox = (event: Event): boolean => (event.target as Element).matches('[type="search"]');

  addEventListener('pagehide', register);
  document.addEventListener('search:answered' satisfies SearchEvent, () => {
    answered = true;
    tryWhenIdle();
  });
  document.addEventListener('focusin', (event) => {
    if (searchBox(event)) boxInUse = true;
  });
  // A reader who leaves the box without searching is no longer waiting for an answer.
  document.addEventListener('focusout', (event) => {
    if (!searchBox(event)) return;
    boxInUse = false;
    tryWhenIdle();
  });
  // readyState is already "complete" when load fires.
  addEventListener('load', tryWhenIdle);
  tryWhenIdle();
}
