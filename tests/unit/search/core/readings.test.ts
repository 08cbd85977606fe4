import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold, variantMap } from '../../../../src/search/core/fold.ts';
import { prepare } from '../../../../src/search/core/match.ts';
import {
  prepareReadings,
  readingHits,
  readingMatcher,
  touches,
  type WitnessReading,
} from '../../../../src/search/core/readings.ts';

const variants = variantMap('进進 续續 机機 规規 经經 验驗');

const [block] = prepare(
  [{ id: 'p12', text: '认真总结经验，持续完善机制，推动问题解决。' }],
  variants,
);

/** The seed outvoted: it reads 进一步 for 持续; another witness drops 持续. */
const readings: WitnessReading[] = [
  {
    id: 'p12',
    text: '认真总结经验，进一步完善机制，推动问题解决。',
    spans: [[7, 10]],
    witnesses: ['seed.txt'],
  },
  {
    id: 'p12',
    text: '认真总结经验，完善机制，推动问题解决。',
    spans: [[7, 7]],
    witnesses: ['b.txt'],
  },
];

function hitsOf(query: string[], these: WitnessReading[] = readings) {
  return readingHits(
    block!,
    prepareReadings(these, variants),
    query.map((term) => fold(term, variants)),
  ).map((hit) => ({
    witnesses: hit.witnesses,
    marked: hit.ranges.map(([s, e]) => hit.block.text.slice(s, e)),
  }));
}

describe('touches', () => {
  it('takes in a reading that a match overlaps, and an omission only when the match holds both sides of it', () => {
    assert.deepEqual(
      [
        touches([5, 8], [7, 10]),
        touches([9, 12], [7, 10]),
        touches([3, 7], [7, 10]),
        touches([10, 12], [7, 10]),
        touches([5, 9], [7, 7]),
        touches([5, 7], [7, 7]),
        touches([7, 9], [7, 7]),
      ],
      [true, true, false, false, true, false, false],
    );
  });
});

describe('readingHits', () => {
  it('finds a phrase only a witness has, and one across the edge of its reading, in either script', () => {
    assert.deepEqual(hitsOf(['进一步完善机制']), [
      { witnesses: ['seed.txt'], marked: ['进一步完善机制'] },
    ]);
    assert.deepEqual(hitsOf(['經驗，進一']), [{ witnesses: ['seed.txt'], marked: ['经验，进一'] }]);
  });

  it('finds a phrase that an omission joined', () => {
    assert.deepEqual(hitsOf(['经验，完善']), [{ witnesses: ['b.txt'], marked: ['经验，完善'] }]);
  });

  it('drops what the witnesses share with the reading text, which the reading text already reports', () => {
    assert.deepEqual(hitsOf(['完善机制']), []);
    assert.deepEqual(hitsOf(['推动问题']), []);
    assert.deepEqual(hitsOf(['经验，']), []);
  });

  it('keeps an occurrence in a reading that overlaps one in shared text', () => {
    const [aaa] = prepare([{ id: 'p1', text: '甲乙乙' }], variants);
    assert.deepEqual(
      readingHits(
        aaa!,
        prepareReadings(
          [{ id: 'p1', text: '甲乙乙乙', spans: [[3, 4]], witnesses: ['a.txt'] }],
          variants,
        ),
        ['乙乙'],
      ).map((hit) => hit.ranges),
      [[[2, 4]]],
    );
  });

  it('with several phrases, finds a witness paragraph that holds them all where the reading text does not', () => {
    assert.deepEqual(hitsOf(['进一步', '问题']), [
      { witnesses: ['seed.txt'], marked: ['进一步', '问题'] },
    ]);
    assert.deepEqual(hitsOf(['持续', '问题']), []);
    assert.deepEqual(hitsOf(['完善', '问题']), []);
  });

  it('finds phrases within a reading that stands alone', () => {
    const alone: WitnessReading[] = [
      { id: 'p12', text: '新时代', spans: [[0, 3]], witnesses: ['c.txt'] },
    ];
    assert.deepEqual(hitsOf(['时代'], alone), [{ witnesses: ['c.txt'], marked: ['时代'] }]);
    assert.deepEqual(hitsOf(['新时代完善'], alone), []);
  });
});

describe('readingMatcher', () => {
  it("matches each block against its own paragraph's readings only", () => {
    const match = readingMatcher(
      [...readings, { id: 'p13', text: '进一步完善', spans: [[0, 3]], witnesses: ['d.txt'] }],
      variants,
    );
    const [other] = prepare([{ id: 'p14', text: '无关' }], variants);
    const term = [fold('进一步完善', variants)];
    assert.deepEqual(
      match(block!, term).map((hit) => [hit.block.id, hit.witnesses]),
      [['p12', ['seed.txt']]],
    );
    assert.deepEqual(match(other!, term), []);
  });
});
