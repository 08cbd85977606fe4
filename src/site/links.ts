import { pathPrefix, type Script } from './script/scripts.ts';

/** A site-relative URL for a file that both scripts share (e.g. "favicon.svg"). */
export function siteHref(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
}

/**
 * A site-relative URL for `path` (e.g. "speech-1/" or "") in a script.
 * Paths end in a slash, matching Astro's `trailingSlash: 'always'`.
 */
export function pageHref(script: Script, path = ''): string {
  return siteHref(`${pathPrefix[script]}${path}`);
}
