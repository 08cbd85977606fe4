import rehypeTraditional from './rehype-traditional.ts';
import { transformHtml } from './html-transform.ts';

/** Converts rendered speech HTML to Traditional, leaving markup and ids as they are. */
export function htmlToTraditional(html: string): string {
  return transformHtml(html, rehypeTraditional, undefined);
}
