import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  fold,
  foldChar,
  normalise,
  parseQuery,
  variantMap,
} from '../../../../src/search/core/fold.ts';

const variants = variantMap('两兩 个個 复復複 于於');

describe('fold', () => {
  const same = [
    { why: 'whitespace of every kind is dropped', a: '中国梦 劳动美', b: '中国梦\u3000劳动美\n' },
    { why: 'full-width and half-width comma', a: '经济活，则', b: '经济活,则' },
    { why: 'colon, semicolon, ! and ?', a: '：；！？', b: ':;!?' },
    { why: 'parentheses', a: '（副会长）', b: '(副会长)' },
    { why: 'full-width letters, digits and percent', a: 'Ｘ％２０', b: 'x%20' },
    { why: 'Latin case', a: 'XXX指出', b: 'xxx指出' },
    { why: 'double quotes, curly, straight and corner', a: '“两个”', b: '"两个"' },
    { why: 'corner brackets as quotes', a: '「两个」', b: '“两个”' },
    { why: 'single quotes', a: '‘a’', b: "'a'" },
    { why: 'full stop, ideographic and half-width', a: '。｡', b: '..' },
    { why: 'Simplified and Traditional', a: '两个', b: '兩個' },
    { why: 'every member of a variant class', a: '复', b: '複' },
  ];
  for (const { why, a, b } of same) {
    it(why, () => assert.equal(fold(a, variants), fold(b, variants)));
  }

  it('keeps different characters apart', () => {
    assert.notEqual(fold('两个', variants), fold('两于', variants));
    assert.notEqual(fold('，', variants), fold('、', variants));
  });

  it('folds each class to its first, Simplified member', () => {
    assert.equal(fold('兩個於', variants), '两个于');
  });

  it('drops whitespace and nothing else', () => {
    assert.equal(foldChar(' '), '');
    assert.equal(foldChar('\u3000'), '');
    assert.equal(foldChar('、'), '、');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (text) => fold(fold(text, variants), variants) === fold(text, variants),
      ),
    );
  });
});

describe('normalise', () => {
  it('maps every folded unit back to its source character', () => {
    const source = 'Ａ 两，x';
    const { text, start, end } = normalise(source, variants);
    assert.equal(text, 'a两,x');
    assert.deepEqual(start, [0, 2, 3, 4]);
    assert.deepEqual(end, [1, 3, 4, 5]);
  });

  it('keeps characters outside the BMP whole', () => {
    const { text, start, end } = normalise('𠀀a', new Map());
    assert.equal(text, '𠀀a');
    assert.deepEqual(start, [0, 0, 2]);
    assert.deepEqual(end, [2, 2, 3]);
  });

  it('maps ranges back into the source for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (source) => {
        const { text, start, end } = normalise(source, variants);
        return (
          text.length === start.length &&
          start.every((s, i) => s < end[i]! && end[i]! <= source.length)
        );
      }),
    );
  });
});

describe('parseQuery', () => {
  it('splits on ASCII and ideographic spaces, folding each phrase', () => {
    assert.deepEqual(parseQuery(' 兩個健康　民营经济  ', variants), [
      { text: '兩個健康', term: '两个健康' },
      { text: '民营经济', term: '民营经济' },
    ]);
  });

  it('drops phrases that repeat another once folded', () => {
    assert.deepEqual(
      parseQuery('两个 兩個 XX xx', variants).map((phrase) => phrase.term),
      ['两个', 'xx'],
    );
  });

  it('gives nothing for an empty or blank query', () => {
    assert.deepEqual(parseQuery('', variants), []);
    assert.deepEqual(parseQuery(' \u3000 ', variants), []);
  });
});

describe('variantMap', () => {
  it('reads classes separated by spaces, first member canonical', () => {
    assert.deepEqual(
      [...variantMap('发發髮 个個')],
      [
        ['發', '发'],
        ['髮', '发'],
        ['個', '个'],
      ],
    );
  });

  it('accepts an empty table', () => {
    assert.equal(variantMap('').size, 0);
  });
});
