import { toXast } from 'hast-util-to-xast';
import { h } from 'hastscript';
import type { Element as XmlElement } from 'xast';
import { bookBody } from '../../book-body.ts';
import type { Chapter } from './book.ts';
import { xmlDocument } from './xml.ts';

/** One speech as an XHTML content document. */
export function chapterDocument(chapter: Chapter, lang: string): string {
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
    h('div', { className: ['speech-body'] }, bookBody(chapter.body)),
  ]);
  const html = h('html', { lang, xmlLang: lang }, [head, body]);
  return xmlDocument(toXast(html) as XmlElement, 'html');
}
