import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildGramIndex } from '../../../../src/search/build/gram-index.ts';
import { shardOf, termGrams } from '../../../../src/search/core/grams.ts';
import {
  bitmap,
  decodePostings,
  gaps,
  intersect,
  readShard,
} from '../../../../src/search/core/postings.ts';

/** Posting lists as the browser reads them, for a corpus given as speeches of block texts. */
function postingsOf(speeches: string[][], shardBytes = 64) {
  const index = buildGramIndex(
    speeches.map((blocks) => blocks.map((text) => [text])),
    shardBytes,
  );
  const shards = index.shards.map(readShard);
  const lookup = (gram: string) => shards[shardOf(gram, shards.length)]!.get(gram);
  return {
    index,
    lookup,
    slots: (gram: string) => {
      const encoded = lookup(gram);
      return encoded ? decodePostings(encoded) : [];
    },
  };
}

describe('termGrams', () => {
  const cases: [term: string, grams: string[]][] = [
    ['会', ['会']],
    ['工会', ['工会']],
    ['职工会', ['职工会']],
    ['两个健康', ['两个健', '个健康']],
    ['民营经济两个健康', ['民营经', '经济两', '济两个', '个健康']],
    ['abcdefghijklmnopqrst', ['abc', 'ghi', 'lmn', 'rst']],
  ];
  for (const [term, grams] of cases) {
    it(`“${term}” → ${grams.join(' ')}`, () => assert.deepEqual(termGrams(term), grams));
  }
});

describe('buildGramIndex', () => {
  it('lists every block under each of its grams of one to three units, by slot', () => {
    const { index, slots } = postingsOf([['标题', '工会工作', '职工'], ['工会']]);
    assert.equal(index.slotsPerSpeech, 4);
    assert.deepEqual(slots('工会'), [1, 4]);
    assert.deepEqual(slots('工'), [1, 2, 4]);
    assert.deepEqual(slots('会工作'), [1]);
    assert.deepEqual(slots('标题工'), []);
  });

  it('lists a block once however often a gram occurs in it', () => {
    assert.deepEqual(postingsOf([['哈哈哈哈']]).slots('哈哈'), [0]);
  });

  it('writes dense lists as bitmaps and sparse ones as gaps', () => {
    const dense = postingsOf([Array.from({ length: 64 }, () => '的')]);
    assert.equal(dense.lookup('的')!.kind, bitmap);
    assert.deepEqual(
      dense.slots('的'),
      Array.from({ length: 64 }, (_, i) => i),
    );
    const sparse = postingsOf([['的', ...Array.from({ length: 200 }, () => '无')]]);
    assert.equal(sparse.lookup('的')!.kind, gaps);
  });

  it('spreads grams over more shards as the corpus grows', () => {
    assert.equal(postingsOf([['工会']], 1 << 20).index.shards.length, 1);
    assert.ok(
      postingsOf([Array.from({ length: 50 }, (_, i) => `第${i}段工会工作`)], 64).index.shards
        .length > 8,
    );
  });

  it('finds a superset of the blocks holding any term, and exactly them for terms of three units or fewer', () => {
    const alphabet = fc.constantFrom('工', '会', '劳', '模', 'x', '𠀀');
    const text = fc.array(alphabet, { maxLength: 12 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        text,
        (speeches, term) => {
          fc.pre(term.length > 0);
          const { index, slots } = postingsOf(speeches);
          const holding = speeches.flatMap((blocks, speech) =>
            blocks.flatMap((block, i) =>
              block.includes(term) ? [speech * index.slotsPerSpeech + i] : [],
            ),
          );
          const found = intersect(termGrams(term).map(slots));
          assert.ok(
            holding.every((slot) => found.includes(slot)),
            `missed a block holding “${term}”`,
          );
          if (term.length <= 3) assert.deepEqual(found, holding);
        },
      ),
    );
  });
});

describe('readShard', () => {
  it('refuses a shard cut short, saying what it expected', () => {
    const { index } = postingsOf([['工会工作']], 1 << 20);
    assert.throws(
      () => readShard(index.shards[0]!.subarray(0, index.shards[0]!.length - 1)),
      /Truncated gram shard/,
    );
  });
});

describe('intersect', () => {
  it('keeps the slots in every list, ascending', () => {
    assert.deepEqual(
      intersect([
        [1, 3, 5, 9],
        [3, 9, 12],
        [0, 3, 4, 9],
      ]),
      [3, 9],
    );
    assert.deepEqual(intersect([[1, 2], []]), []);
    assert.deepEqual(intersect([]), []);
  });
});
