import type { APIContext } from 'astro';
import { siteHref } from '../../routing/links.ts';
import { scriptPaths } from '../../routing/script-routes.ts';

export const getStaticPaths = scriptPaths;

/**
 * The web app manifest, one per script: the name and language of the
 * script's pages, opening on its home page. Both share the site's scope,
 * which is the service worker's.
 */
export function GET({ locals }: APIContext): Response {
  const { t, lang, href } = locals.page;
  const manifest = {
    id: href(),
    name: t.siteName,
    short_name: t.siteName,
    lang,
    dir: 'ltr',
    start_url: href(),
    scope: siteHref(''),
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#9b1c1c',
    icons: [{ src: siteHref('favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
}
