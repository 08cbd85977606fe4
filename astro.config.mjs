// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import securityHeaders, { cspConfig } from './src/integrations/security-headers.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import rehypeRedactions from './src/plugins/rehype-redactions.ts';
import rehypeShortAnchors from './src/plugins/rehype-short-anchors.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Hash-based CSP in every page's <meta>; securityHeaders() writes the same
  // policy for all pages to dist/_headers (src/integrations/security-headers.ts).
  security: { csp: cspConfig },
  // serviceWorker() writes dist/sw.js for offline reading (src/offline/).
  integrations: [securityHeaders(), serviceWorker()],
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
