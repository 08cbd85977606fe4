import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';

/** Markdown → HTML through the same plain unified chain Astro runs, plus `plugins`. */
export function render(markdown: string, plugins: PluggableList): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeSlug)
      .use(plugins)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}
