import type { APIContext } from 'astro';
import { ui } from '../../i18n/ui.ts';
import { pageHref, siteHref } from '../../routing/links.ts';
import { langTag } from '../../i18n/scripts.ts';
import { scriptFromParam, scriptPaths } from '../../routing/script-routes.ts';

export const getStaticPaths = scriptPaths;

/**
 * The web app manifest, one per script: the name and language of the
 * script's pages, opening on its home page. Both share the site's scope,
 * which is the service worker's.
 */
export function GET({ params }: APIContext): Response {
  const script = scriptFromParam(params.script);
  const t = ui(script);
  const manifest = {
    id: pageHref(script),
    name: t.siteName,
    short_name: t.siteName,
    lang: langTag[script],
    dir: 'ltr',
    start_url: pageHref(script),
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
