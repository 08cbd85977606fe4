import { type Script } from '../i18n/scripts.ts';
import { pathPrefix } from './script-routes.ts';

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

/**
 * The absolute URL of `path` in a script, on the deployed origin (Astro's
 * `site`, from SITE_URL): what canonical links, link previews and citations carry.
 */
export function pageUrl(site: URL | undefined, script: Script, path = ''): string {
  if (!site) throw new Error('Astro `site` is not set: astro.config.mjs reads it from SITE_URL');
  return new URL(pageHref(script, path), site).href;
}
