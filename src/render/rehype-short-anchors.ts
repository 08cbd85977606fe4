import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** A numbered point opens with a Chinese numeral and 要 or 是: 一要…, 三是…. */
const pointLead = /^[一二三四五六七八九十]+[要是]/;

export interface Options {
  /** Accessible name of a paragraph's link; receives the paragraph number. */
  paragraphLabel?: (n: number) => string;
  /** Accessible name of a section's link; receives the anchor, e.g. "s2-3". */
  sectionLabel?: (anchor: string) => string;
}

const defaults: Required<Options> = {
  paragraphLabel: (n) => `第${n}段的链接`,
  sectionLabel: (anchor) => `本节的链接（${anchor}）`,
};

/**
 * Gives every citable place a short, stable anchor.
 *
 * - `<section id="sN">` around each h2 and what follows it;
 * - `<section id="sN-M">` around each h3 inside it, or `id="sN-M"` on the
 *   bold lead of the M-th numbered point (一要…) where a section has points;
 * - `id="pK"` on every paragraph, K counted through the document; the first
 *   (the salutation) and the last (the closing) are also classed as such.
 *
 * Headings keep their rehype-slug ids. Each heading and paragraph gets an
 * empty link to its short anchor: CSS draws the number, so the text of the
 * speech (for copying, search and text fragments) stays untouched.
 */
export default function rehypeShortAnchors(options: Options = {}) {
  const labels = { ...defaults, ...options };
  return function transform(tree: Root): void {
    let paragraph = 0;
    let section = 0;
    let item = 0;
    const out: RootContent[] = [];
    let h2Section: Element | null = null;
    let h3Section: Element | null = null;
    let first: Element | undefined;
    let last: Element | undefined;

    for (const node of tree.children) {
      const tagName = node.type === 'element' ? node.tagName : undefined;
      if (node.type === 'element' && tagName === 'h2') {
        section += 1;
        item = 0;
        h3Section = null;
        h2Section = sectionElement(`s${section}`, node, labels);
        out.push(h2Section);
        continue;
      }
      if (node.type === 'element' && tagName === 'h3' && h2Section) {
        item += 1;
        h3Section = sectionElement(`s${section}-${item}`, node, labels);
        h2Section.children.push(h3Section);
        continue;
      }
      if (node.type === 'element' && tagName === 'p') {
        paragraph += 1;
        first ??= node;
        last = node;
        node.properties.id = `p${paragraph}`;
        node.children.unshift(
          anchorLink(`p${paragraph}`, 'pnum', labels.paragraphLabel(paragraph)),
        );
        const lead = node.children[1];
        if (
          h2Section &&
          !h3Section &&
          lead?.type === 'element' &&
          lead.tagName === 'strong' &&
          pointLead.test(toString(lead))
        ) {
          item += 1;
          lead.properties.id = `s${section}-${item}`;
        }
      }
      const container = h3Section ?? h2Section;
      if (container) container.children.push(node as ElementContent);
      else out.push(node);
    }
    tree.children = out;
    if (first) addClass(first, 'salutation');
    if (last && last !== first) addClass(last, 'closing');
  };
}

function sectionElement(id: string, heading: Element, labels: Required<Options>): Element {
  heading.children.push(anchorLink(id, 'hnum', labels.sectionLabel(id)));
  return { type: 'element', tagName: 'section', properties: { id }, children: [heading] };
}

function anchorLink(id: string, className: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [className],
      href: `#${id}`,
      ariaLabel: label,
    },
    children: [],
  };
}

function addClass(element: Element, name: string): void {
  const current = element.properties.className;
  element.properties.className = [...(Array.isArray(current) ? current : []), name];
}
