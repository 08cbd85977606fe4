import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import rehypeShortAnchors from '../../../src/render/rehype-short-anchors.ts';
import rehypeVariantMarks from '../../../src/render/rehype-variant-marks.ts';
import { transformTree, treeHtml } from '../../../src/render/transform-tree.ts';
import { variantsByParagraph } from '../../../src/archive/apparatus.ts';
import { render } from '../../support/render.ts';

const pnum = (n: number) => `<a class="pnum" href="#p${n}" aria-label="第${n}段的链接"></a>`;

test('marks the end of each paragraph with variants, and only those, leaving their text alone', () => {
  const html = render('同志们：\n\n甲文。\n\n乙文。\n', [rehypeShortAnchors]);
  const marked = treeHtml(
    transformTree(fromHtml(html, { fragment: true }), rehypeVariantMarks, {
      paragraphs: new Set([2]),
      target: (n) => `v-p${n}`,
      label: (n) => `第${n}段的异文`,
      text: '异',
    }),
  );
  assert.equal(
    marked,
    [
      `<p id="p1" class="salutation">${pnum(1)}同志们：</p>`,
      `<p id="p2">${pnum(2)}甲文。<a class="variant-mark" href="#v-p2" aria-label="第2段的异文" data-label="异" data-paragraph="2"></a></p>`,
      `<p id="p3" class="closing">${pnum(3)}乙文。</p>`,
    ].join('\n'),
  );
});

test('groups the readings by paragraph, in reading order', () => {
  const witness = [{ file: 'b.txt', site: null }];
  const reading = (paragraph: number, lemma: string) => ({
    paragraph,
    kind: 'omission' as const,
    reading: '',
    lemma,
    witnesses: witness,
  });
  const grouped = variantsByParagraph({
    slug: 'speech-1',
    witnesses: ['a.txt', 'b.txt'],
    variants: [reading(13, '甲'), reading(2, '乙'), reading(13, '丙')],
  });
  assert.deepEqual(
    grouped.map(({ paragraph, readings }) => [paragraph, readings.map((r) => r.lemma)]),
    [
      [2, ['乙']],
      [13, ['甲', '丙']],
    ],
  );
});
