import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { readSpeechBody } from '../../../src/archive/speech-body.ts';

const read = (html: string) => readSpeechBody(fromHtml(html, { fragment: true }));

const html = [
  '<p id="p1" class="salutation"><a class="pnum" href="#p1"></a>同志们：</p>',
  '<section id="s1"><h2 id="slug">一、标题<a class="hnum" href="#s1"></a></h2>',
  '<p id="p2"><a class="pnum"></a><strong id="s1-1">一要学习。</strong><span class="redacted" role="img">XX</span>书记说。后一句。</p>',
  '<p id="p3"><a class="pnum"></a><strong>不是要点的粗体</strong>正文</p>',
  '<section id="s1-2"><h3 id="x">（一）小标题</h3><p id="p4">正文</p></section></section>',
].join('\n');

describe('readSpeechBody', () => {
  it('lists paragraphs by id and headings by their section, in reading order', () => {
    assert.deepEqual(read(html).blocks, [
      { kind: 'paragraph', id: 'p1', text: '同志们：', lead: null },
      { kind: 'heading', rank: 2, id: 's1', text: '一、标题' },
      {
        kind: 'paragraph',
        id: 'p2',
        text: '一要学习。XX书记说。后一句。',
        lead: { id: 's1-1', text: '一要学习。' },
      },
      { kind: 'paragraph', id: 'p3', text: '不是要点的粗体正文', lead: null },
      { kind: 'heading', rank: 3, id: 's1-2', text: '（一）小标题' },
      { kind: 'paragraph', id: 'p4', text: '正文', lead: null },
    ]);
  });

  it('outlines sections, subsections and numbered points by their short anchors', () => {
    assert.deepEqual(read(html).outline, [
      { id: 's1', level: 2, text: '一、标题' },
      { id: 's1-1', level: 3, text: '一要学习。' },
      { id: 's1-2', level: 3, text: '（一）小标题' },
    ]);
  });

  it('opens with the first sentence after the salutation', () => {
    assert.equal(read(html).opening, '一要学习。');
    assert.equal(read('<p id="p1">同志们：</p>').opening, '');
  });

  it('refuses what the rendering never makes', () => {
    assert.throws(() => read('<p>无</p>'), /paragraph with an id/);
    assert.throws(() => read('<h2>一、无节</h2>'), /not inside a <section id="sN">/);
    assert.throws(
      () => read('<ul><li>列表</li></ul>'),
      /<ul> in a speech body: expected p, h2, h3 or section/,
    );
    assert.throws(() => read('游离的文字'), /outside a block/);
  });
});
