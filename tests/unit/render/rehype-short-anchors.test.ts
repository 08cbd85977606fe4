import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeShortAnchors from '../../../src/render/rehype-short-anchors.ts';
import { render } from '../../support/render.ts';

const pnum = (n: number) => `<a class="pnum" href="#p${n}" aria-label="第${n}段的链接"></a>`;
const hnum = (id: string) => `<a class="hnum" href="#${id}" aria-label="本节的链接（${id}）"></a>`;

test('numbers paragraphs through the document and marks salutation and closing', () => {
  const html = render('同志们：\n\n正文。\n\n谢谢大家！\n', [rehypeShortAnchors]);
  assert.equal(
    html,
    [
      `<p id="p1" class="salutation">${pnum(1)}同志们：</p>`,
      `<p id="p2">${pnum(2)}正文。</p>`,
      `<p id="p3" class="closing">${pnum(3)}谢谢大家！</p>`,
    ].join('\n'),
  );
});

test('wraps h2 and h3 in sections with sN and sN-M ids, keeping the slug ids', () => {
  const html = render('## 一、甲\n\n### （一）乙。\n\n文。\n\n### （二）丙。\n\n## 二、丁\n', [
    rehypeShortAnchors,
  ]);
  assert.equal(
    html,
    `<section id="s1"><h2 id="一甲">一、甲${hnum('s1')}</h2>\n` +
      `<section id="s1-1"><h3 id="一乙">（一）乙。${hnum('s1-1')}</h3>\n` +
      `<p id="p1" class="salutation">${pnum(1)}文。</p>\n</section>` +
      `<section id="s1-2"><h3 id="二丙">（二）丙。${hnum('s1-2')}</h3>\n</section></section>` +
      `<section id="s2"><h2 id="二丁">二、丁${hnum('s2')}</h2></section>`,
  );
});

test('gives the bold lead of each numbered point its sN-M anchor', () => {
  // &#x5185; is 内: CommonMark only closes **…。** before a CJK letter when that letter is escaped.
  const markdown =
    '## 一、甲\n\n引言。\n\n**一要学习。**&#x5185;容。\n\n**三是创新。**&#x5185;容。\n';
  const html = render(markdown, [rehypeShortAnchors]);
  assert.match(html, /<p id="p2"><a[^>]*><\/a><strong id="s1-1">一要学习。<\/strong>内容。<\/p>/);
  assert.match(
    html,
    /<p id="p3" class="closing"><a[^>]*><\/a><strong id="s1-2">三是创新。<\/strong>内容。<\/p>/,
  );
});

test('leaves bold text that is not a numbered point without an anchor', () => {
  const html = render('## 一、甲\n\n**统一要求。**&#x5185;容。\n', [rehypeShortAnchors]);
  assert.doesNotMatch(html, /<strong id=/);
});

test('takes custom accessible labels', () => {
  const html = render('文。\n', [[rehypeShortAnchors, { paragraphLabel: (n: number) => `P${n}` }]]);
  assert.match(html, /aria-label="P1"/);
});
