import { strToU8, zipSync, type Zippable } from 'fflate';
import { x } from 'xastscript';
import type { Book } from './book.ts';
import { chapterDocument } from './chapter.ts';
import { navDocument, ncxDocument } from './navigation.ts';
import { packageDocument } from './package-document.ts';
import { xmlDocument } from './xml.ts';

export type { Book, Chapter } from './book.ts';

/** Redactions look and read as on the page; the rest is the reader's own typography. */
const stylesheet = `.speech-subtitle span { display: block; }
.redacted { padding: 0 0.15em; border: 1px solid currentColor; border-radius: 0.2em; }
.partial-note { font-style: italic; }
`;
/** A note reference reads as one. Only a book with notes has the rule: one without stays as it was. */
const notesStylesheet = `.variant-mark { font-size: 0.7em; vertical-align: super; text-decoration: none; }
`;

const container = xmlDocument(
  x('container', { xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container', version: '1.0' }, [
    x('rootfiles', [
      x('rootfile', {
        'full-path': 'OEBPS/content.opf',
        'media-type': 'application/oebps-package+xml',
      }),
    ]),
  ]),
);

/**
 * An EPUB 3 file. The OCF container asks for `mimetype` first and stored
 * uncompressed, so a reader can recognise the file from its first bytes;
 * fflate writes entries in the order given. Entries carry the book's
 * modified time, so the same text builds the same bytes.
 */
export function epub(book: Book): Uint8Array {
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(container),
    'OEBPS/content.opf': strToU8(packageDocument(book)),
    'OEBPS/nav.xhtml': strToU8(navDocument(book)),
    'OEBPS/toc.ncx': strToU8(ncxDocument(book)),
    'OEBPS/styles/book.css': strToU8(
      book.chapters.some((chapter) => chapter.notes)
        ? `${stylesheet}${notesStylesheet}`
        : stylesheet,
    ),
  };
  for (const chapter of book.chapters)
    files[`OEBPS/text/${chapter.id}.xhtml`] = strToU8(chapterDocument(chapter, book.lang));
  return zipSync(files, { level: 9, mtime: book.modified });
}
