import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { type Plugin, unified } from 'unified';
import type { Root } from 'hast';

/** Runs one rehype plugin over an HTML fragment that was already rendered. */
export function transformHtml<Options>(
  html: string,
  plugin: Plugin<[Options], Root>,
  options: Options,
): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(plugin, options)
      .use(rehypeStringify)
      .processSync(html),
  );
}
