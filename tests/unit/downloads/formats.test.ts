import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { readSpeechBody } from '../../../src/archive/speech-body.ts';
import { downloadFormats } from '../../../src/downloads/formats/index.ts';
import { ui } from '../../../src/i18n/ui.ts';
import { type Book, epub } from '../../../src/downloads/formats/epub/index.ts';
import { chapterNotes } from '../../../src/downloads/formats/epub/format.ts';
import type { Variants } from '../../../src/schemas/variants.ts';
import { tocEntries } from '../../../src/downloads/formats/epub/navigation.ts';
import { compilationMarkdown, convertMarkdown } from '../../../src/downloads/formats/md.ts';
import { speechText } from '../../../src/downloads/formats/txt.ts';

const speechesDir = new URL('../../../content/speeches/', import.meta.url);
const files = readdirSync(speechesDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(new URL(name, speechesDir), 'utf8') }));

const html =
  '<p id="p1" class="salutation"><a class="pnum" href="#p1" aria-label="第1段的链接"></a>同志们：</p>\n' +
  '<section id="s1"><h2 id="一坚持">一、坚持<a class="hnum" href="#s1" aria-label="本节的链接（s1）"></a></h2>\n' +
  '<p id="p2"><a class="pnum" href="#p2"></a><strong id="s1-1">一要学习。</strong><span class="redacted" role="img" aria-label="原文隐去" title="原文隐去">XX</span>书记说。</p>\n' +
  '<h3 id="一x">（一）发挥<a class="hnum" href="#s1-2"></a></h3></section>';

const book: Book = {
  identifier: 'urn:uuid:00000000-0000-8000-8000-000000000000',
  title: '讲话',
  lang: 'zh-Hans',
  modified: new Date('2026-01-02T03:04:05Z'),
  publisher: '讲话稿合编',
  source: 'content/raw/a.txt (sha256 0)',
  description: '逐字整理。',
  tocTitle: '目录',
  chapters: [
    {
      id: 'speech-1',
      title: '讲话',
      body: fromHtml(html, { fragment: true }),
      outline: [
        { id: 's1', level: 2, text: '一、坚持' },
        { id: 's1-1', level: 3, text: '一要学习。' },
      ],
    },
  ],
};

test('converting a generated file with the identity gives the file back byte for byte', () => {
  for (const file of files)
    assert.equal(
      convertMarkdown(file.text, (text) => text),
      file.text,
      file.name,
    );
});

test('a converted file changes only text: front matter identifiers, markup and escapes stay', () => {
  const markdown =
    '---\ntitle: 甲\nslug: speech-1\nsource: 甲.txt\n---\n\n## 一、甲\n\n**一要甲。**&#x7532;乙\\*\n';
  assert.equal(
    convertMarkdown(markdown, (text) => text.replaceAll('甲', '丙')),
    '---\ntitle: 丙\nslug: speech-1\nsource: 甲.txt\n---\n\n## 一、丙\n\n**一要丙。**&#x4E19;乙\\*\n',
  );
});

test('a compilation file puts each title as a level-1 heading over its body, escaped like the text', () => {
  const markdown = compilationMarkdown([
    { title: '甲*乙', subtitle: '一\n二', markdown: '---\ntitle: x\n---\n\n正文。\n' },
    { title: '丙', markdown: '---\ntitle: y\n---\n\n## 一、丁\n' },
  ]);
  assert.equal(markdown, '# 甲\\*乙\n\n一\\\n二\n\n正文。\n\n# 丙\n\n## 一、丁\n');
});

test('plain text is one block a line with Markdown heading marks, without the page-only links', () => {
  assert.equal(
    speechText({
      title: '讲话',
      subtitle: '——在会上',
      blocks: readSpeechBody(fromHtml(html, { fragment: true })).blocks,
    }),
    '# 讲话\n\n——在会上\n\n同志们：\n\n## 一、坚持\n\n一要学习。XX书记说。\n\n### （一）发挥\n',
  );
});

const entryOrder = (bytes: Uint8Array): string[] => Object.keys(unzipSync(bytes));

test('an EPUB opens with an uncompressed mimetype entry without extra fields, as OCF requires', () => {
  const bytes = epub(book);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  assert.equal(view.getUint32(0, true), 0x04034b50, 'a local file header first');
  assert.equal(view.getUint16(8, true), 0, 'stored, not deflated');
  assert.equal(view.getUint16(28, true), 0, 'no extra field');
  assert.equal(new TextDecoder().decode(bytes.subarray(30, 58)), 'mimetypeapplication/epub+zip');
  assert.deepEqual(entryOrder(bytes).slice(0, 2), ['mimetype', 'META-INF/container.xml']);
});

test('the same book builds the same bytes', () => {
  assert.deepEqual(epub(book), epub(book));
});

test('the table of contents nests numbered items under their sections, under the chapter', () => {
  assert.deepEqual(tocEntries(book), [
    {
      label: '讲话',
      href: 'text/speech-1.xhtml',
      children: [
        {
          label: '一、坚持',
          href: 'text/speech-1.xhtml#s1',
          children: [{ label: '一要学习。', href: 'text/speech-1.xhtml#s1-1', children: [] }],
        },
      ],
    },
  ]);
});

test('a chapter keeps ids, bold leads and redaction marks and drops the page-only links', () => {
  const chapter = new TextDecoder().decode(unzipSync(epub(book))['OEBPS/text/speech-1.xhtml']);
  assert.match(
    chapter,
    /^<\?xml version="1.0" encoding="UTF-8"\?><!DOCTYPE html><html xmlns="http:\/\/www.w3.org\/1999\/xhtml" lang="zh-Hans" xml:lang="zh-Hans">/u,
  );
  assert.match(
    chapter,
    /<p id="p2"><strong id="s1-1">一要学习。<\/strong><span class="redacted" role="img" aria-label="原文隐去" title="原文隐去">XX<\/span>书记说。<\/p>/u,
  );
  assert.doesNotMatch(chapter, /pnum|hnum/u);
});

test('every registered format has its own extension and a label the interface names', () => {
  const extensions = downloadFormats.map((format) => format.extension);
  assert.deepEqual(extensions, ['epub', 'txt', 'md']);
  for (const format of downloadFormats) {
    assert.match(format.mediaType, /^[a-z]+\/[a-z0-9.+-]+(?:; charset=utf-8)?$/u, format.extension);
    assert.notEqual(ui('hans')[format.label], undefined, format.extension);
  }
});

/** A collated speech's apparatus: two readings in #p2, one in #p1, sites known for one file. */
const variants: Variants = {
  slug: 'speech-1',
  witnesses: ['a.txt', 'b.txt', 'c.txt'],
  variants: [
    {
      paragraph: 2,
      kind: 'substitution',
      reading: '学习',
      lemma: '学习。',
      witnesses: [{ file: 'a.txt', site: null }],
    },
    {
      paragraph: 1,
      kind: 'omission',
      reading: '',
      lemma: '们',
      witnesses: [
        { file: 'b.txt', site: '某网' },
        { file: 'c.txt', site: null },
      ],
    },
    {
      paragraph: 2,
      kind: 'addition',
      reading: '认真',
      lemma: '',
      witnesses: [{ file: 'c.txt', site: null }],
    },
  ],
};

const notedBook: Book = {
  ...book,
  chapters: [{ ...book.chapters[0]!, notes: chapterNotes(variants, 'hans', 'hans') }],
};
const notedChapter = () =>
  new TextDecoder().decode(unzipSync(epub(notedBook))['OEBPS/text/speech-1.xhtml']);

test("a collated speech's apparatus becomes notes in the words of the page's 校勘记, readings in the book's script", () => {
  assert.deepEqual(chapterNotes(variants, 'hans', 'hans'), {
    heading: '校勘记',
    intro:
      '本篇由 3 个文件中的同一篇讲话校订而成：a.txt、某网（b.txt）、c.txt。各文件文字不同之处，正文取多数文件的读法，票数相同时取收录在前的文件；其余读法列在下面，每条链接到所在的段落。',
    mark: '异',
    items: [
      {
        paragraph: 1,
        label: '第1段',
        markLabel: '第1段的异文',
        readings: ['某网（b.txt）、c.txt无「们」'],
      },
      {
        paragraph: 2,
        label: '第2段',
        markLabel: '第2段的异文',
        readings: ['「学习。」，a.txt作「学习」', 'c.txt多「认真」'],
      },
    ],
  });
  const traditional = chapterNotes(variants, 'hans', 'hant');
  assert.equal(traditional.heading, '校勘記');
  assert.deepEqual(
    traditional.items.map((item) => [item.label, item.markLabel, ...item.readings]),
    [
      // A site's name is a name, as the source spells it (the page's 校勘记 leaves it so too).
      ['第1段', '第1段的異文', '某网（b.txt）、c.txt無「們」'],
      ['第2段', '第2段的異文', '「學習。」，a.txt作「學習」', 'c.txt多「認真」'],
    ],
  );
});

test('each paragraph with other readings ends with an EPUB noteref to its endnote, which links back; nothing else in it changes', () => {
  const chapter = notedChapter();
  assert.match(
    chapter,
    /^<\?xml version="1.0" encoding="UTF-8"\?><!DOCTYPE html><html xmlns="http:\/\/www.w3.org\/1999\/xhtml" lang="zh-Hans" xml:lang="zh-Hans" xmlns:epub="http:\/\/www.idpf.org\/2007\/ops">/u,
  );
  const noteref = (n: number) =>
    `<a class="variant-mark" href="#v-p${n}" epub:type="noteref" role="doc-noteref" aria-label="第${n}段的异文">异</a>`;
  assert.ok(
    chapter.includes(
      `<p id="p1" class="salutation">同志们：${noteref(1)}</p>\n<section id="s1"><h2 id="一坚持">一、坚持</h2>\n` +
        `<p id="p2"><strong id="s1-1">一要学习。</strong><span class="redacted" role="img" aria-label="原文隐去" title="原文隐去">XX</span>书记说。${noteref(2)}</p>`,
    ),
    chapter,
  );
  assert.ok(
    chapter.endsWith(
      '<section class="apparatus" epub:type="endnotes" role="doc-endnotes"><h2>校勘记</h2>' +
        `<p>${notedBook.chapters[0]!.notes!.intro}</p><ol>` +
        '<li id="v-p1" epub:type="endnote"><p><a href="#p1" role="doc-backlink">第1段</a>：某网（b.txt）、c.txt无「们」。</p></li>' +
        '<li id="v-p2" epub:type="endnote"><p><a href="#p2" role="doc-backlink">第2段</a>：「学习。」，a.txt作「学习」；c.txt多「认真」。</p></li>' +
        '</ol></section></body></html>\n',
    ),
    chapter,
  );
  // Without the references, the chapter's speech is the one a book without notes has.
  const plain = new TextDecoder().decode(unzipSync(epub(book))['OEBPS/text/speech-1.xhtml']);
  const speechOf = (xhtml: string) =>
    xhtml.slice(xhtml.indexOf('<div class="speech-body">'), xhtml.indexOf('</div>'));
  assert.equal(
    speechOf(chapter).replace(/<a class="variant-mark"[^>]*>异<\/a>/gu, ''),
    speechOf(plain),
  );
  assert.doesNotMatch(plain, /epub:|variant-mark|apparatus/u);
  // The rule that sets a note reference as one is only in a book with notes.
  const css = (bytes: Uint8Array) =>
    new TextDecoder().decode(unzipSync(bytes)['OEBPS/styles/book.css']);
  assert.match(
    css(epub(notedBook)),
    /^\.variant-mark \{ font-size: 0\.7em; vertical-align: super; text-decoration: none; \}$/mu,
  );
  assert.doesNotMatch(css(epub(book)), /variant-mark/u);
});

test('a note for a paragraph the speech does not have is refused, naming it', () => {
  const stray: Variants = { ...variants, variants: [{ ...variants.variants[0]!, paragraph: 9 }] };
  const strayBook: Book = {
    ...book,
    chapters: [{ ...book.chapters[0]!, notes: chapterNotes(stray, 'hans', 'hans') }],
  };
  assert.throws(
    () => epub(strayBook),
    /^Error: the apparatus has readings for #p9: expected each to be a paragraph of the speech$/u,
  );
});
