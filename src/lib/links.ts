import { pathPrefix, type Script } from './script/scripts.ts';

/**
 * A site-relative URL for `path` (e.g. "speech-1/" or "") in a script.
 * Paths end in a slash, matching Astro's `trailingSlash: 'always'`.
 */
export function pageHref(script: Script, path = ''): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${pathPrefix[script]}${path}`;
}
