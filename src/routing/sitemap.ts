/**
 * What the sitemap lists (@astrojs/sitemap): the reading pages and their
 * lists, each with its twin in the other script as an alternate.
 */
import { langTag } from '../i18n/scripts.ts';
import { routeParam } from './script-routes.ts';

/**
 * Pages only (search data and downloads are files, not pages), and not the
 * pages that duplicate others or hold nothing to index: the print editions
 * repeat the speech pages, and the search page is empty until a query.
 */
export function sitemapFilter(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') && !/\/(?:print|search)\/$/u.test(pathname);
}

/**
 * The sitemap's i18n option keys locales by their first path segment;
 * Simplified has none (it lives at the root), so any URL without the
 * Traditional prefix counts as Simplified.
 */
export const sitemapLocales = {
  defaultLocale: 'zh-hans',
  locales: { 'zh-hans': langTag.hans, [routeParam.hant!]: langTag.hant },
};
