import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as OpenCC from 'opencc-js';
import rehypeRedactions from '../../../src/render/rehype-redactions.ts';
import rehypeShortAnchors from '../../../src/render/rehype-short-anchors.ts';
import { fromHtml } from 'hast-util-from-html';
import rehypeConvertScript from '../../../src/render/rehype-convert-script.ts';
import { transformTree, treeHtml } from '../../../src/render/transform-tree.ts';
import { traditionalOverrides } from '../../../src/i18n/overrides.ts';
import { toTraditional } from '../../../src/i18n/to-traditional.ts';
import { render } from '../../support/render.ts';

const plainOpenCC = OpenCC.Converter({ from: 'cn', to: 'tw' });

// One row per reviewed override: the phrase in context as it stands in the
// speeches, what plain OpenCC wrongly prints, and what we print instead.
const overrides = [
  { simplified: '信赖的“娘家人”', wrong: '信賴的“孃家人”', right: '信賴的“娘家人”' },
  {
    simplified: '为工商联做好工作指明了方向',
    wrong: '為工商聯做好工作指明瞭方向',
    right: '為工商聯做好工作指明了方向',
  },
  { simplified: '了解实情、答疑释惑', wrong: '瞭解實情、答疑釋惑', right: '了解實情、答疑釋惑' },
  {
    simplified: '及时发布各级各有关部门',
    wrong: '及時發佈各級各有關部門',
    right: '及時發布各級各有關部門',
  },
];

test('every override has a test row', () => {
  assert.deepEqual(
    Object.keys(traditionalOverrides).sort(),
    overrides
      .map(({ simplified }) =>
        Object.keys(traditionalOverrides).find((key) => simplified.includes(key)),
      )
      .sort(),
  );
});

for (const { simplified, wrong, right } of overrides) {
  test(`corrects OpenCC in “${simplified}”`, () => {
    assert.equal(
      plainOpenCC(simplified),
      wrong,
      'plain OpenCC output changed: review this override',
    );
    assert.equal(toTraditional(simplified), right);
  });
}

test('keeps Taiwan standard forms that OpenCC gets right', () => {
  assert.equal(toTraditional('任务艰巨，搭建平台，着力提高'), '任務艱鉅，搭建平臺，著力提高');
});

test('preserves length character for character', () => {
  const text = '把工会干部锤炼成职工群众信赖的“娘家人”，了解实情，指明了方向。';
  assert.equal(toTraditional(text).length, text.length);
});

test('converts text and spoken labels of rendered HTML but never ids or links', () => {
  const html = render('## 一、坚持政治性\n\n在X大地上发展。\n', [
    rehypeShortAnchors,
    rehypeRedactions,
  ]);
  const tree = fromHtml(html, { fragment: true });
  const converted = treeHtml(
    transformTree(tree, rehypeConvertScript, { text: toTraditional, labels: toTraditional }),
  );
  assert.equal(treeHtml(tree), html, 'the shared tree is left as it was');
  assert.match(converted, /<h2 id="一坚持政治性">一、堅持政治性/);
  assert.match(converted, /href="#s1" aria-label="本節的鏈接（s1）"/);
  assert.match(converted, /aria-label="原文隱去" title="原文隱去">X<\/span>大地上發展。/);
});
