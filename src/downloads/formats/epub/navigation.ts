import type { Element } from 'xast';
import { x } from 'xastscript';
import type { OutlineItem } from '../../../archive/speech-body.ts';
import type { Book, Chapter } from './book.ts';
import { xmlDocument } from './xml.ts';

/** A table-of-contents entry: a chapter, a section (二、) or a numbered item in it (（三）, 三要). */
export interface TocEntry {
  label: string;
  /** Relative to the package document, e.g. "text/speech-1.xhtml#s2". */
  href: string;
  children: TocEntry[];
}

export function chapterHref(chapter: Pick<Chapter, 'id'>): string {
  return `text/${chapter.id}.xhtml`;
}

/** Chapters, each with its sections and their numbered items, from the outline the page's contents use. */
export function tocEntries(book: Pick<Book, 'chapters'>): TocEntry[] {
  return book.chapters.map((chapter) => {
    const href = chapterHref(chapter);
    const entry: TocEntry = { label: chapter.title, href, children: [] };
    let section: TocEntry = entry;
    for (const item of chapter.outline) {
      const child = outlineEntry(item, href);
      if (item.level === 2) {
        entry.children.push(child);
        section = child;
      } else section.children.push(child);
    }
    return entry;
  });
}

function outlineEntry(item: OutlineItem, href: string): TocEntry {
  return { label: item.text, href: `${href}#${item.id}`, children: [] };
}

function depth(entries: readonly TocEntry[]): number {
  return entries.length === 0 ? 0 : 1 + Math.max(...entries.map((entry) => depth(entry.children)));
}

function navList(entries: readonly TocEntry[]): Element {
  return x(
    'ol',
    entries.map((entry) =>
      x('li', [
        x('a', { href: entry.href }, entry.label),
        entry.children.length > 0 ? navList(entry.children) : null,
      ]),
    ),
  );
}

/** nav.xhtml, the EPUB 3 navigation document. */
export function navDocument(book: Book): string {
  const html = x(
    'html',
    {
      xmlns: 'http://www.w3.org/1999/xhtml',
      'xmlns:epub': 'http://www.idpf.org/2007/ops',
      lang: book.lang,
      'xml:lang': book.lang,
    },
    [
      x('head', [x('meta', { charset: 'utf-8' }), x('title', book.tocTitle)]),
      x('body', [
        x('nav', { 'epub:type': 'toc', id: 'toc' }, [
          x('h1', book.tocTitle),
          navList(tocEntries(book)),
        ]),
      ]),
    ],
  );
  return xmlDocument(html, 'html');
}

/** toc.ncx, the EPUB 2 table of contents, for readers that still look only for it. */
export function ncxDocument(book: Book): string {
  const entries = tocEntries(book);
  let order = 0;
  const navPoints = (list: readonly TocEntry[]): Element[] =>
    list.map((entry) => {
      order += 1;
      return x('navPoint', { id: `nav-${order}`, playOrder: String(order) }, [
        x('navLabel', [x('text', entry.label)]),
        x('content', { src: entry.href }),
        ...navPoints(entry.children),
      ]);
    });
  const ncx = x(
    'ncx',
    { xmlns: 'http://www.daisy.org/z3986/2005/ncx/', version: '2005-1', 'xml:lang': book.lang },
    [
      x('head', [
        x('meta', { name: 'dtb:uid', content: book.identifier }),
        x('meta', { name: 'dtb:depth', content: String(depth(entries)) }),
        x('meta', { name: 'dtb:totalPageCount', content: '0' }),
        x('meta', { name: 'dtb:maxPageNumber', content: '0' }),
      ]),
      x('docTitle', [x('text', book.title)]),
      x('navMap', navPoints(entries)),
    ],
  );
  return xmlDocument(ncx);
}
