import type { PartialText } from '../ingest/types.ts';

const unchanged = (text: string): string => text;

/**
 * What a reader is told about a speech the source holds only in part. The
 * note is the site's (Simplified, into the page's script by `ui`); what it
 * quotes is the source's (into the page's script by `quoted`).
 */
export function partialNote(
  partial: PartialText,
  { ui = unchanged, quoted = unchanged } = {},
): string {
  const missing =
    partial.missing === null
      ? ui('缺少的字数不详')
      : ui(`缺约 ${partial.missing.toLocaleString('zh')} 字`);
  const announced =
    partial.announced === null
      ? ''
      : ui(`（来源称全文共 ${partial.announced.toLocaleString('zh')} 字）`);
  const said =
    partial.notice === null
      ? `${ui('，正文止于')}“${quoted(partial.endsWith)}”`
      : `${ui('（原网页注明')}“${quoted(partial.notice)}”）`;
  return `${ui('来源网页只有这篇讲话的一部分')}${said}${ui('，')}${missing}${announced}${ui('。')}`;
}
