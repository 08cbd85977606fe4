/*
 * The service worker (bundled by src/integrations/service-worker.ts into
 * dist/sw.js, scoped to the site's base). Online, every page and data file
 * comes from the network, so a reader never sees an old build while a new
 * one is deployed; the copy it keeps is for when the network fails.
 *
 * - Install: precache (workbox-precaching) every file the build listed with
 *   its revision; a new deploy changes sw.js, the new worker fetches only
 *   what changed and, on activate, drops what the new build no longer has.
 * - Hashed assets (_astro/) come from the precache: their names change with
 *   their content.
 * - Everything else: network first; on failure, the precached copy (the
 *   directory's index.html for a page; any query string, such as ?q= or
 *   ?hl=, ignored) or, for files kept as used, the copy kept by this build;
 *   failing both, a 504, never a rejected response: for a page, one that
 *   says in the reader's script that it was not kept (missing-page.ts).
 * - Files kept as used live in a cache named after the build; activating a
 *   new build deletes the caches of older ones.
 */
import { clientsClaim } from 'workbox-core';
import { addRoute, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { type MissingPage, missingPage } from './missing-page.ts';

/** What the build defines (esbuild `define`). */
declare const OFFLINE_BUILD: string;
declare const OFFLINE_AS_USED: string;
declare const OFFLINE_MISSING: MissingPage[];

/** The parts of ServiceWorkerGlobalScope used here; the project's DOM typings do not include worker globals. */
interface ActivateEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  registration: { scope: string };
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: ActivateEvent) => void): void;
}
declare const self: WorkerScope;

const scope = new URL(self.registration.scope).pathname;
const asUsedPrefix = 'offline-as-used-';
const asUsedCache = `${asUsedPrefix}${OFFLINE_BUILD}`;
const asUsed = new RegExp(OFFLINE_AS_USED, 'u');

/** The path below the worker's scope ("speech-1/"), or null outside it. */
function inScope(url: URL): string | null {
  return url.origin === self.location.origin && url.pathname.startsWith(scope)
    ? url.pathname.slice(scope.length)
    : null;
}

/** What a gateway answers when it has nothing to give: a 504 with `body`. */
function notKept(body: string, type: 'text/html' | 'text/plain'): Response {
  return new Response(body, {
    status: 504,
    statusText: 'Gateway Timeout',
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
}

/** The precache key of a request: the file the build listed, without its query. */
function precacheKey(url: URL): string {
  const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  return new URL(path, url.origin).href;
}

self.skipWaiting();
clientsClaim();
precache(self.__WB_MANIFEST);

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(asUsedPrefix) && name !== asUsedCache)
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

registerRoute(
  ({ url, request }) => {
    const path = inScope(url);
    return request.method === 'GET' && path !== null && !path.startsWith('_astro/');
  },
  new NetworkFirst({
    cacheName: asUsedCache,
    matchOptions: { ignoreSearch: true },
    plugins: [
      {
        // Only files kept as used go to this cache; the rest have their precached copy.
        cacheWillUpdate: async ({ request, response }) =>
          response.ok && asUsed.test(inScope(new URL(request.url)) ?? '') ? response : null,
        // Network and cache both missed (offline, or the fetch aborted as its page left): a
        // rejected respondWith is an error in the page's console, so answer as a gateway would,
        // and to a reader opening a page, in words.
        handlerDidError: async ({ request }) =>
          (await matchPrecache(precacheKey(new URL(request.url)))) ??
          (request.mode === 'navigate'
            ? notKept(
                missingPage(OFFLINE_MISSING, inScope(new URL(request.url)) ?? ''),
                'text/html',
              )
            : notKept(
                'Not available offline: this file was not kept for offline reading.',
                'text/plain',
              )),
      },
    ],
  }),
);

// Hashed assets, cache first; anything else in scope and not precached goes to the network.
addRoute({ ignoreURLParametersMatching: [/.*/u], directoryIndex: 'index.html', cleanURLs: false });
