/**
 * Canonical links, the sitemap, link previews and citations carry absolute
 * URLs; a build for publishing without SITE_URL would point all of them at
 * the local preview. Say so in the build log, once, rather than silently.
 */
import type { AstroIntegration } from 'astro';
import { defaultSiteUrl } from '../routing/deployment.ts';

export default function siteUrlNotice(): AstroIntegration {
  return {
    name: 'site-url-notice',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env.SITE_URL?.trim()) return;
        logger.warn(
          `SITE_URL is not set: canonical links, the sitemap and citations name ${defaultSiteUrl}. Set SITE_URL (and BASE_PATH) when building to publish.`,
        );
      },
    },
  };
}
