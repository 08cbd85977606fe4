import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { decodeUnlabelled, type Encoding } from '../decode.ts';
import { IngestError } from '../errors.ts';
import type { ReadDocument, Reader, SetAside, StatedBlock } from './document.ts';

export const EXPECTED_HTML = 'an HTML page in UTF-8, UTF-16, GBK/GB2312/GB18030 or Big5';

/** How far into the file the markup that identifies a page, and its charset declaration, must appear. */
const PREFIX_BYTES = 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

// Elements whose content is never text a reader sees on the page.
const DROPPED = new Set(['script', 'style', 'noscript', 'template']);

// Elements that start a paragraph of their own; anything else flows into the paragraph around it.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const HEADING = /^h([1-6])$/u;

// HTML's own whitespace; U+3000 and NBSP are the page's text and are left to normalise.
const HTML_SPACE = /[ \t\n\f\r]+/gu;

/** An HTML page: the text its browser would show, one block per paragraph, with what its markup states. */
export function readHtml(bytes: Uint8Array): ReadDocument {
  if (bytes.length === 0) {
    throw new IngestError(`file is empty (0 bytes); expected ${EXPECTED_HTML}`);
  }
  const { text, encoding } = decodeHtml(bytes);
  return readHtmlText(text, encoding);
}

/** An HTML page already decoded to characters (by its own bytes here, or by the MIME part an .mhtml wraps it in). */
export function readHtmlText(source: string, encoding: Encoding): ReadDocument {
  const tree = fromHtml(source);
  const walk = new Walk();
  walk.visit(tree);
  walk.flush();
  const title = walk.title.replace(HTML_SPACE, ' ').trim();
  const paragraphs = title === '' ? walk.paragraphs : [title, ...walk.paragraphs];
  if (paragraphs.length === 0) {
    throw new IngestError(
      `is an HTML page that shows no text; expected ${EXPECTED_HTML} holding a speech`,
    );
  }
  return {
    format: 'html',
    encoding,
    text: paragraphs.join('\n\n'),
    setAside: walk.setAside(),
    stated: walk.stated(),
    site: walk.site,
  };
}

export function decodeHtml(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (UTF8_BOM.every((byte, i) => bytes[i] === byte)) {
    return { text: decodeStrictly('utf-8', bytes, 'its byte-order mark'), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeStrictly('utf-16le', bytes, 'its byte-order mark'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeStrictly('utf-16be', bytes, 'its byte-order mark'), encoding: 'utf-16be' };
  }
  const declared = declaredCharset(bytes);
  if (declared !== null) {
    const encoding = encodingOf(declared);
    return { text: decodeStrictly(encoding, bytes, `its <meta> charset ${declared}`), encoding };
  }
  const decoded = decodeUnlabelled(bytes);
  if (decoded !== null) return decoded;
  throw new IngestError(
    `is neither valid UTF-8, GB18030 nor Big5 and declares no charset; expected ${EXPECTED_HTML}`,
  );
}

/** The charset a <meta charset> or <meta http-equiv="Content-Type"> in the first 1024 bytes names, lower case. */
function declaredCharset(bytes: Uint8Array): string | null {
  const prefix = latin1(bytes.subarray(0, PREFIX_BYTES));
  for (const meta of prefix.matchAll(/<meta\b[^>]*>/giu)) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(meta[0]);
    if (charset) return charset[1]!.toLowerCase();
  }
  return null;
}

/** The decoder for a declared charset (lower case); a charset ingest does not read is refused. */
export function encodingOf(charset: string): Encoding {
  if (charset === 'utf-8' || charset === 'utf8') return 'utf-8';
  // GB2312 and GBK are subsets of GB18030, and pages labelled with them routinely use characters beyond them.
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn'].includes(charset)) return 'gb18030';
  // Big5-HKSCS is what browsers decode every Big5 label as (the WHATWG big5 decoder).
  if (['big5', 'big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5', 'cp950'].includes(charset))
    return 'big5';
  throw new IngestError(`declares charset ${charset}; expected ${EXPECTED_HTML}`);
}

export function decodeStrictly(label: string, bytes: Uint8Array, announced: string): string {
  const text = tryDecode(label, bytes);
  if (text === null) {
    throw new IngestError(
      `is not valid ${label}, the encoding ${announced} announces; expected ${EXPECTED_HTML}`,
    );
  }
  return text;
}

/** Decodes strictly (TextDecoder drops a matching BOM itself); null if any byte sequence is invalid. */
function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

/** The file's first 1024 bytes as characters: UTF-16 when a BOM says so, else byte for byte, which keeps ASCII markup legible in any ASCII-compatible charset. */
function prefixText(bytes: Uint8Array): string {
  const prefix = bytes.subarray(0, PREFIX_BYTES);
  if (prefix[0] === 0xff && prefix[1] === 0xfe) return new TextDecoder('utf-16le').decode(prefix);
  if (prefix[0] === 0xfe && prefix[1] === 0xff) return new TextDecoder('utf-16be').decode(prefix);
  return latin1(prefix).replace(/^\u00ef\u00bb\u00bf/u, '');
}

/** One pass over the tree: paragraphs in page order, the <title>, and what was dropped or stated on the way. */
class Walk {
  readonly paragraphs: string[] = [];
  title = '';
  /** The site's name as its page states it for sharing and for apps; never guessed from the <title>, whose suffix may as well be 在线阅读. */
  site: string | null = null;
  readonly #dropped = new Map<string, number>();
  readonly #headings: { level: number; text: string }[] = [];
  readonly #leads: string[] = [];
  #line = '';

  visit(node: Nodes): void {
    if (node.type === 'comment') {
      this.#drop('<!-- -->');
    } else if (node.type === 'text') {
      this.#line += node.value;
    } else if (node.type === 'root') {
      this.#children(node);
    } else if (node.type === 'element') {
      this.#element(node);
    }
  }

  flush(): void {
    const paragraph = this.#line.replace(HTML_SPACE, ' ').trim();
    if (paragraph !== '') this.paragraphs.push(paragraph);
    this.#line = '';
  }

  setAside(): SetAside[] {
    return [...this.#dropped].map(([tag, count]) => ({
      kind: 'markup',
      text: `${tag} ×${count}`,
      count,
    }));
  }

  /**
   * <h1> is the page's title. The other heading levels are ranked by use, as
   * saved pages pick levels for looks: the highest level used below <h1>
   * marks the speeches' titles, the next their sections, the next their
   * subsections (and any deeper level with them).
   */
  stated(): StatedBlock[] {
    const levels = [
      ...new Set(this.#headings.map(({ level }) => level).filter((level) => level > 1)),
    ].sort((a, b) => a - b);
    const headings = this.#headings.map(({ level, text }): StatedBlock => {
      if (level === 1) return { role: 'title', text };
      const depth = Math.min(levels.indexOf(level) + 1, 3) as 1 | 2 | 3;
      return { role: 'heading', depth, text };
    });
    return [...headings, ...this.#leads.map((text): StatedBlock => ({ role: 'lead', text }))];
  }

  /** og:site_name first (Open Graph's own field for it), else application-name. */
  #meta(element: Element): void {
    const { property, name, content } = element.properties;
    if (typeof content !== 'string') return;
    const value = content.replace(HTML_SPACE, ' ').trim();
    if (value === '') return;
    if (String(property).toLowerCase() === 'og:site_name') this.site = value;
    else if (String(name).toLowerCase() === 'application-name') this.site ??= value;
  }

  #children(node: Root | Element): void {
    for (const child of node.children) this.visit(child);
  }

  #element(element: Element): void {
    const name = element.tagName;
    if (DROPPED.has(name)) {
      this.#drop(`<${name}>`);
      return;
    }
    if (name === 'title') {
      this.title = textOf(element);
      return;
    }
    if (name === 'meta') {
      this.#meta(element);
      return;
    }
    // The rest of <head> (meta, link, base) holds no text; scripts and styles in it are counted above.
    if (name === 'head') {
      for (const child of element.children) {
        if (
          child.type === 'element' &&
          (child.tagName === 'title' || child.tagName === 'meta' || DROPPED.has(child.tagName))
        )
          this.visit(child);
        else if (child.type === 'comment') this.visit(child);
      }
      return;
    }
    if (name === 'br') {
      this.flush();
      return;
    }
    if (!BLOCKS.has(name)) {
      this.#children(element);
      return;
    }
    this.flush();
    const heading = HEADING.exec(name);
    if (heading) {
      const text = textOf(element).replace(HTML_SPACE, ' ').trim();
      if (text !== '') this.#headings.push({ level: Number(heading[1]), text });
    }
    if (name === 'p') {
      const lead = leadOf(element);
      if (lead !== null) this.#leads.push(lead);
    }
    this.#children(element);
    this.flush();
  }

  #drop(tag: string): void {
    this.#dropped.set(tag, (this.#dropped.get(tag) ?? 0) + 1);
  }
}

/** The text of a bold run that opens a paragraph, if one does. */
function leadOf(paragraph: Element): string | null {
  const first = paragraph.children.find(
    (child) =>
      !(child.type === 'text' && child.value.replace(HTML_SPACE, '') === '') &&
      child.type !== 'comment',
  );
  if (first?.type !== 'element' || (first.tagName !== 'strong' && first.tagName !== 'b'))
    return null;
  const text = textOf(first).replace(HTML_SPACE, ' ').trim();
  return text === '' ? null : text;
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || DROPPED.has(node.tagName)) return '';
  return node.children.map((child) => textOf(child)).join('');
}

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  expected: EXPECTED_HTML,
  sniff(bytes) {
    const prefix = prefixText(bytes);
    return (
      /^<(?:!doctype\s+html|html)\b/iu.test(prefix.trimStart()) ||
      /<(?:html|head|body)\b|<meta\s/iu.test(prefix)
    );
  },
  read: readHtml,
};
