import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksFromHtml } from '../../../../src/search/build/blocks.ts';
import { variantClasses } from '../../../../src/search/build/variants.ts';
import { fold, variantMap } from '../../../../src/search/core/fold.ts';

describe('blocksFromHtml', () => {
  it('lists paragraphs by id and headings by their section, in reading order', () => {
    const html = [
      '<p id="p1" class="salutation"><a class="pnum" href="#p1"></a>同志们：</p>',
      '<section id="s1"><h2 id="slug">一、标题<a class="hnum" href="#s1"></a></h2>',
      '<p id="p2"><a class="pnum"></a><strong id="s1-1">一要</strong><span class="redacted" role="img">XX</span>书记</p>',
      '<section id="s1-1"><h3 id="x">（一）小标题</h3><p id="p3">正文</p></section></section>',
    ].join('\n');
    assert.deepEqual(blocksFromHtml(html), [
      { id: 'p1', text: '同志们：' },
      { id: 's1', text: '一、标题' },
      { id: 'p2', text: '一要XX书记' },
      { id: 's1-1', text: '（一）小标题' },
      { id: 'p3', text: '正文' },
    ]);
  });

  it('refuses a paragraph without an id', () => {
    assert.throws(() => blocksFromHtml('<p>无</p>'), /paragraph with an id/);
  });
});

describe('variantClasses', () => {
  it('unions the differing characters of aligned texts, Simplified first', () => {
    const classes = variantClasses([
      ['复习', '複習'],
      ['复兴', '復興'],
      ['复兴', '復興'],
      ['同志们', '同志們'],
    ]);
    assert.equal(classes, '习習 们們 兴興 复復複');
  });

  it("adds the forms of other conventions after the site's own", () => {
    assert.equal(variantClasses([['里面', '裡面']], [['里面', '裏面']]), '里裡裏');
    assert.equal(
      variantClasses(
        [['里面', '裡面']],
        [
          ['里面', '裏面'],
          ['里面', '裏面'],
        ],
      ),
      '里裡裏',
    );
  });

  it('makes both scripts fold alike', () => {
    const variants = variantMap(variantClasses([['两个健康发展', '兩個健康發展']]));
    assert.equal(fold('兩個健康發展', variants), fold('两个健康发展', variants));
  });

  it('refuses texts that do not align', () => {
    assert.throws(() => variantClasses([['里', '裏面']]), /differ in length/);
  });
});
