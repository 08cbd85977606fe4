import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ui } from '../../../src/i18n/ui.ts';
import {
  readingSentence,
  witnessName,
  witnessNames,
  witnessNote,
} from '../../../src/i18n/variant-readings.ts';
import type { Variants } from '../../../src/schemas/variants.ts';

/** b.txt's site is known from its reading; c.txt has no reading the text does not follow. */
const variants: Variants = {
  slug: 'speech-1',
  witnesses: ['a.txt', 'b.txt', 'c.txt'],
  variants: [
    {
      paragraph: 3,
      kind: 'substitution',
      reading: '进一步',
      lemma: '持续',
      witnesses: [
        { file: 'a.txt', site: null },
        { file: 'b.txt', site: '某网' },
      ],
    },
  ],
};

test('a witness is its file, with its site before it where known', () => {
  assert.equal(witnessName({ file: 'a.txt', site: null }), 'a.txt');
  assert.equal(witnessName({ file: 'b.txt', site: '某网' }), '某网（b.txt）');
  assert.deepEqual(witnessNames(variants), ['a.txt', '某网（b.txt）', 'c.txt']);
});

test('each kind of reading in the words of the 校勘记, the readings in the page script', () => {
  const [substitution] = variants.variants;
  const cases: [Variants['variants'][number], string][] = [
    [substitution!, '「持续」，a.txt、某网（b.txt）作「进一步」'],
    [{ ...substitution!, kind: 'omission', reading: '' }, 'a.txt、某网（b.txt）无「持续」'],
    [{ ...substitution!, kind: 'addition', lemma: '' }, 'a.txt、某网（b.txt）多「进一步」'],
  ];
  for (const [variant, expected] of cases)
    assert.equal(
      readingSentence(ui('hans'), variant, (text) => text),
      expected,
    );
  assert.equal(
    readingSentence(ui('hant'), substitution!, (text) => `〈${text}〉`),
    '「〈持续〉」，a.txt、某网（b.txt）作「〈进一步〉」',
  );
});

test("a citation's note lists every witness, in either script", () => {
  assert.equal(witnessNote(ui('hans'), variants), '据 3 个文件校订：a.txt、某网（b.txt）、c.txt');
  assert.equal(witnessNote(ui('hant'), variants), '據 3 個文件校訂：a.txt、某网（b.txt）、c.txt');
});
