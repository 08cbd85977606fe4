import { toXast } from 'hast-util-to-xast';
import { h } from 'hastscript';
import type { Element as XmlElement } from 'xast';
import { bookBody } from '../../book-body.ts';
import type { Chapter } from './book.ts';
import { addNoteReferences, notesSection } from './notes.ts';
import { xmlDocument } from './xml.ts';

/** One speech as an XHTML content document, its apparatus (if it has one) as notes after it. */
export function chapterDocument(chapter: Chapter, lang: string): string {
  const text = bookBody(chapter.body);
  if (chapter.notes) addNoteReferences(text, chapter.notes);
  const head = h('head', [
    h('meta', { charset: 'utf-8' }),
    h('title', chapter.title),
    h('link', { rel: 'stylesheet', href: '../styles/book.css' }),
  ]);
  const body = h('body', [
    h('h1', { className: ['speech-title'] }, chapter.title),
    chapter.subtitle
      ? h(
          'p',
          { className: ['speech-subtitle'] },
          chapter.subtitle.split('\n').map((line) => h('span', line)),
        )
      : null,
    chapter.note ? h('p', { className: ['partial-note'], role: 'note' }, chapter.note) : null,
    h('div', { className: ['speech-body'] }, text),
    chapter.notes ? notesSection(chapter.notes) : null,
  ]);
  // epub:type needs its namespace; a chapter without notes uses none, and stays as it was.
  const epubNamespace = chapter.notes ? { 'xmlns:epub': 'http://www.idpf.org/2007/ops' } : {};
  const html = h('html', { lang, xmlLang: lang, ...epubNamespace }, [head, body]);
  return xmlDocument(toXast(html) as XmlElement, 'html');
}
