import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildGramIndex } from '../../../../src/search/build/gram-index.ts';
import { termGrams } from '../../../../src/search/core/grams.ts';
import {
  bitmap,
  elsewhere,
  gaps,
  intersect,
  listFile,
  readShard,
  summarise,
} from '../../../../src/search/core/postings.ts';
import { gramSlots } from '../../../support/gram-lists.ts';

/** Posting lists as the browser reads them, for a corpus given as speeches of block texts. */
function postingsOf(speeches: string[][], shardBytes = 64, listBytes = 1024) {
  const index = buildGramIndex(
    speeches.map((blocks) => blocks.map((text) => [text])),
    { shardBytes, listBytes },
  );
  const { entry, slots } = gramSlots(
    (file) => index.lists.get(file) ?? index.shards[Number.parseInt(file, 10)]!,
    index.shards.length,
  );
  return { index, lookup: entry, slots };
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
    assert.equal(dense.lookup('的')?.kind, bitmap);
    assert.deepEqual(
      dense.slots('的'),
      Array.from({ length: 64 }, (_, i) => i),
    );
    const sparse = postingsOf([['的', ...Array.from({ length: 200 }, () => '无')]]);
    assert.equal(sparse.lookup('的')?.kind, gaps);
  });

  it('keeps a list longer than listBytes in a file of its own, and its summary in the shard', () => {
    // 的 in every block of speeches 0 to 3, 工 in block 1 of speech 2 alone.
    const speech = Array.from({ length: 40 }, (_, i) => `第${i}的`);
    const { index, lookup, slots } = postingsOf(
      [speech, speech, [...speech.slice(0, 1), '工的', ...speech.slice(2)], speech],
      64,
      8,
    );
    assert.equal(index.slotsPerSpeech, 64);
    const entry = lookup('的');
    assert.equal(entry?.kind, elsewhere);
    assert.deepEqual(entry.kind === elsewhere && entry.summary, {
      speeches: 4,
      first: [
        { speech: 0, blocks: 40 },
        { speech: 1, blocks: 40 },
        { speech: 2, blocks: 40 },
      ],
    });
    assert.ok(index.lists.has(listFile('的')));
    assert.ok(!index.lists.has(listFile('工')));
    assert.equal(listFile('的'), 'u7684.bin');
    assert.equal(listFile('第1'), 'u7b2c0031.bin');
    assert.deepEqual(
      slots('的'),
      [0, 1, 2, 3].flatMap((s) => Array.from({ length: 40 }, (_, i) => s * 64 + i)),
    );
    // The gap from -1 to slot 129, in LEB128.
    assert.deepEqual(lookup('工'), { kind: gaps, bytes: Uint8Array.of(0x82, 0x01) });
    assert.deepEqual(slots('工'), [129]);
    // The summary the browser computes for a list in a shard is the one the build writes for a list kept apart.
    assert.deepEqual(summarise(slots('的'), 64), entry.kind === elsewhere && entry.summary);
    assert.deepEqual(summarise(slots('工'), 64), {
      speeches: 1,
      first: [{ speech: 2, blocks: 1 }],
    });
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
        fc.constantFrom(0, 1, 2, 1024),
        (speeches, term, listBytes) => {
          fc.pre(term.length > 0);
          const { index, slots, lookup } = postingsOf(speeches, 64, listBytes);
          const found = termGrams(term).map(slots);
          for (const [i, gram] of termGrams(term).entries()) {
            const entry = lookup(gram);
            if (entry?.kind === elsewhere)
              assert.deepEqual(entry.summary, summarise(found[i]!, index.slotsPerSpeech));
          }
          const holding = speeches.flatMap((blocks, speech) =>
            blocks.flatMap((block, i) =>
              block.includes(term) ? [speech * index.slotsPerSpeech + i] : [],
            ),
          );
          const all = intersect(found);
          assert.ok(
            holding.every((slot) => all.includes(slot)),
            `missed a block holding “${term}”`,
          );
          if (term.length <= 3) assert.deepEqual(all, holding);
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

  it('refuses a list kind it does not know, naming it', () => {
    // One unit (工, 0x5de5), header 3 = no payload, kind 3.
    assert.throws(
      () => readShard(Uint8Array.of(1, 0xe5, 0x5d, 3)),
      /list kind 3; expected 0, 1 or 2/,
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
