/**
 * The address a citation gives for a site-relative `href`: absolute under
 * the site's configured address (Astro's `site`). Until one is configured
 * the static page can only give the path; the browser script then makes it
 * absolute from `location`.
 */
export function citableUrl(href: string, site: URL | undefined): string {
  return site ? new URL(href, site).href : href;
}
