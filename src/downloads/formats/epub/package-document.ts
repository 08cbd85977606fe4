import { x } from 'xastscript';
import type { Book } from './book.ts';
import { chapterHref } from './navigation.ts';
import { xmlDocument } from './xml.ts';

/** EPUB wants dcterms:modified as CCYY-MM-DDThh:mm:ssZ, without milliseconds. */
export function epubDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

/** content.opf: metadata, every file in the book, and the reading order. */
export function packageDocument(book: Book): string {
  const opf = x(
    'package',
    {
      xmlns: 'http://www.idpf.org/2007/opf',
      version: '3.0',
      'unique-identifier': 'book-id',
      'xml:lang': book.lang,
    },
    [
      x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
        x('dc:identifier', { id: 'book-id' }, book.identifier),
        x('dc:title', book.title),
        x('dc:language', book.lang),
        x('dc:publisher', book.publisher),
        x('dc:source', book.source),
        x('dc:description', book.description),
        x('dc:date', epubDate(book.modified)),
        x('meta', { property: 'dcterms:modified' }, epubDate(book.modified)),
      ]),
      x('manifest', [
        x('item', {
          id: 'nav',
          href: 'nav.xhtml',
          'media-type': 'application/xhtml+xml',
          properties: 'nav',
        }),
        x('item', { id: 'ncx', href: 'toc.ncx', 'media-type': 'application/x-dtbncx+xml' }),
        x('item', { id: 'css', href: 'styles/book.css', 'media-type': 'text/css' }),
        ...book.chapters.map((chapter) =>
          x('item', {
            id: `text-${chapter.id}`,
            href: chapterHref(chapter),
            'media-type': 'application/xhtml+xml',
          }),
        ),
      ]),
      x(
        'spine',
        { toc: 'ncx' },
        book.chapters.map((chapter) => x('itemref', { idref: `text-${chapter.id}` })),
      ),
    ],
  );
  return xmlDocument(opf);
}
