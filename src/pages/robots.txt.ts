/**
 * robots.txt: everything readable may be crawled; the search data is files
 * for the search box, not pages. It names the
 * sitemap @astrojs/sitemap writes. (Crawlers read robots.txt only at an
 * origin's root: under a BASE_PATH the host's own root file decides.)
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const root = new URL(import.meta.env.BASE_URL, site);
  const lines = [
    'User-agent: *',
    `Disallow: ${root.pathname}search-data/`,
    '',
    `Sitemap: ${new URL('sitemap-index.xml', root).href}`,
  ];
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
