import type { PartialText } from '../ingest/types.ts';

/** What a reader is told about a speech the source holds only in part. */
export function partialNote(partial: PartialText): string {
  const missing =
    partial.missing === null ? '缺少的字数不详' : `缺约 ${partial.missing.toLocaleString('zh')} 字`;
  const announced =
    partial.announced === null
      ? ''
      : `（来源称全文共 ${partial.announced.toLocaleString('zh')} 字）`;
  const said =
    partial.notice === null
      ? `，正文止于“${partial.endsWith}”`
      : `（原网页注明“${partial.notice}”）`;
  return `来源网页只有这篇讲话的一部分${said}，${missing}${announced}。`;
}
