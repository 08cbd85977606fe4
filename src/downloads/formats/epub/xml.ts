import type { Element, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';

/** A whole XML document: the declaration, an optional doctype, one root element. */
export function xmlDocument(root: Element, doctype?: string): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      ...(doctype ? [{ type: 'doctype' as const, name: doctype }] : []),
      root,
    ],
  };
  // closeEmpty: <meta/> rather than <meta></meta>, as XHTML is usually written.
  return `${toXml(tree, { closeEmptyElements: true, tightClose: true })}\n`;
}
