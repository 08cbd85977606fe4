import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SpeechBlock } from '../../../../src/archive/speech-body.ts';
import type { Variants } from '../../../../src/schemas/variants.ts';
import { foldedCorpus } from '../../../../src/search/build/folded-corpus.ts';
import { buildGramIndex } from '../../../../src/search/build/gram-index.ts';
import { witnessTexts } from '../../../../src/search/build/witness-texts.ts';
import { variantMap } from '../../../../src/search/core/fold.ts';
import { gramSlots } from '../../../support/gram-lists.ts';

const paragraph = (id: string, text: string): SpeechBlock => ({
  kind: 'paragraph',
  id,
  text,
  lead: null,
});
const body = [
  paragraph('p1', '总结经验，持续完善机制。'),
  paragraph('p2', '实施工程，进一步规范建设。'),
];

/** The seed reads 进一步 for 持续 in p1 (outvoted); b.txt drops 进一步 in p2. */
const apparatus: Variants = {
  slug: 'speech-1',
  witnesses: ['seed.txt', 'b.txt', 'c.txt'],
  variants: [
    {
      paragraph: 1,
      kind: 'substitution',
      reading: '进一步',
      lemma: '持续',
      witnesses: [{ file: 'seed.txt', site: null }],
    },
    {
      paragraph: 2,
      kind: 'omission',
      reading: '',
      lemma: '进一步',
      witnesses: [{ file: 'b.txt', site: null }],
    },
  ],
};

const variants = variantMap('标標 题題 进進');
const blocks = {
  hans: [[{ id: '', text: '标题' }, ...body.map(({ id, text }) => ({ id, text }))]],
  hant: [[{ id: '', text: '標題' }, ...body.map(({ id, text }) => ({ id, text }))]],
};
const readings = { hans: [witnessTexts(apparatus, body)], hant: [witnessTexts(apparatus, body)] };

describe('foldedCorpus', () => {
  it("lists each paragraph's text once where the scripts fold alike, and then its witnesses' readings of it", () => {
    assert.deepEqual(foldedCorpus(blocks, readings, variants), [
      [
        ['标题'],
        ['总结经验,持续完善机制。', '总结经验,进一步完善机制。'],
        ['实施工程,进一步规范建设。', '实施工程,规范建设。'],
      ],
    ]);
  });

  it("puts a witness's grams under its paragraph's slot: the reading's, and those across its edges and an omission's join", () => {
    const index = buildGramIndex(foldedCorpus(blocks, readings, variants), {
      shardBytes: 64,
      listBytes: 1024,
    });
    const { slots } = gramSlots(
      (file) => index.lists.get(file) ?? index.shards[Number.parseInt(file, 10)]!,
      index.shards.length,
    );
    // Slots: title 0, p1 1, p2 2.
    assert.deepEqual(
      ['进一步', '验,进', '步完善', '持续', '程,规', '程,进', '标题', '續'].map((gram) => [
        gram,
        slots(gram),
      ]),
      [
        ['进一步', [1, 2]],
        ['验,进', [1]],
        ['步完善', [1]],
        ['持续', [1]],
        ['程,规', [2]],
        ['程,进', [2]],
        ['标题', [0]],
        ['續', []],
      ],
    );
  });
});
