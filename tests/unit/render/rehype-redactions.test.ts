import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeRedactions from '../../../src/render/rehype-redactions.ts';
import { render } from '../../support/render.ts';

const mark = (letters: string, label = '原文隐去') =>
  `<span class="redacted" role="img" aria-label="${label}" title="${label}">${letters}</span>`;

const cases: { name: string; markdown: string; html: string }[] = [
  { name: 'a single X', markdown: '在X大地上', html: `<p>在${mark('X')}大地上</p>` },
  { name: 'XX before a title', markdown: 'XX书记指出', html: `<p>${mark('XX')}书记指出</p>` },
  { name: 'xxx before a verb', markdown: 'xxx指出', html: `<p>${mark('xxx')}指出</p>` },
  { name: 'X next to a percent sign', markdown: '占X%。', html: `<p>占${mark('X')}%。</p>` },
  {
    name: 'several in one text node',
    markdown: '建设“三个X”，新XX',
    html: `<p>建设“三个${mark('X')}”，新${mark('XX')}</p>`,
  },
  { name: 'Latin words are left alone', markdown: 'Xbox and TEXT', html: '<p>Xbox and TEXT</p>' },
  { name: 'XXX is not a placeholder form', markdown: 'XXX', html: '<p>XXX</p>' },
  {
    name: 'an escaped * before a title',
    markdown: '\\*书记指出',
    html: `<p>${mark('*')}书记指出</p>`,
  },
  {
    name: 'escaped ** before a unit, never emphasis',
    markdown: '捐款\\*\\*亿元',
    html: `<p>捐款${mark('**')}亿元</p>`,
  },
  { name: 'a run of ×', markdown: '××县', html: `<p>${mark('××')}县</p>` },
  {
    name: 'four or more * are not a placeholder form',
    markdown: '\\*\\*\\*\\*',
    html: '<p>****</p>',
  },
];

for (const { name, markdown, html } of cases) {
  test(`marks redactions: ${name}`, () => {
    assert.equal(render(markdown, [rehypeRedactions]), html);
  });
}

test('takes the spoken label as an option', () => {
  assert.equal(
    render('X', [[rehypeRedactions, { label: '原文隱去' }]]),
    `<p>${mark('X', '原文隱去')}</p>`,
  );
});
