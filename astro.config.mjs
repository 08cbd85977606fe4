// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import securityHeaders, { cspConfig } from './src/integrations/security-headers.ts';
import siteUrlNotice from './src/integrations/site-url-notice.ts';
import dataFiles from './src/integrations/data-files.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import speechEditions from './src/integrations/speech-editions.ts';
import rehypeRedactions from './src/render/rehype-redactions.ts';
import rehypeShortAnchors from './src/render/rehype-short-anchors.ts';
import { sitemapFilter, sitemapLocales } from './src/routing/sitemap.ts';
import { DeploymentError, deploymentFromEnv } from './src/routing/deployment.ts';

/** SITE_URL and BASE_PATH (src/routing/deployment.ts); a bad value stops the build in one line. */
function deployment() {
  try {
    return deploymentFromEnv(process.env);
  } catch (error) {
    if (!(error instanceof DeploymentError)) throw error;
    console.error(`astro.config.mjs: ${error.message}`);
    process.exit(1);
  }
}

const { site, base } = deployment();

export default defineConfig({
  site,
  base,
  // OUT_DIR: a second build beside dist/ (the BASE_PATH test, scripts/test-base-path.ts).
  outDir: process.env.OUT_DIR || 'dist',
  trailingSlash: 'always',
  // Several routes at once: rendering waits on writing files, so one at a time left the
  // build idle for a third of its time (measured at 1,000 speeches: 62 s → 37 s rebuilt).
  build: { format: 'directory', concurrency: 8 },
  // Hash-based CSP in every page's <meta>; securityHeaders() writes the same
  // policy for all pages to dist/_headers (src/integrations/security-headers.ts).
  security: { csp: cspConfig },
  // serviceWorker() last: it lists every file the others wrote (the sitemap included) for offline reading (src/offline/).
  integrations: [
    speechEditions(),
    dataFiles(),
    siteUrlNotice(),
    securityHeaders(),
    sitemap({ filter: sitemapFilter, i18n: sitemapLocales }),
    serviceWorker(),
  ],
  markdown: {
    // No code in the speeches: no highlighter (and no Shiki styles for the CSP).
    syntaxHighlight: false,
    // The speeches are verbatim: no smart quotes, no GFM autolinks or
    // strikethrough, just CommonMark, as any other parser would read it.
    processor: unified({
      gfm: false,
      smartypants: false,
      rehypePlugins: [rehypeSlug, rehypeShortAnchors, rehypeRedactions],
    }),
  },
});
