// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import rehypeRedactions from './src/plugins/rehype-redactions.ts';
import rehypeShortAnchors from './src/plugins/rehype-short-anchors.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The speeches are verbatim: no smart quotes, no GFM autolinks or
    // strikethrough, just CommonMark, as any other parser would read it.
    processor: unified({
      gfm: false,
      smartypants: false,
      rehypePlugins: [rehypeSlug, rehypeShortAnchors, rehypeRedactions],
    }),
  },
});
