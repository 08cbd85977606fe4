import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AddressEntry, type Addressee, assignSlugs } from '../../../src/ingest/addresses.ts';

const speech = (source: string, title: string, alsoIn: string[] = []): Addressee => ({
  source,
  title,
  alsoIn,
});
const entry = (slug: string, source: string, title: string, occurrence = 1): AddressEntry => ({
  slug,
  source,
  title,
  occurrence,
});

describe('assignSlugs', () => {
  const cases: [string, Addressee[], AddressEntry[], string[], AddressEntry[]][] = [
    [
      'numbers a new archive in order from speech-1',
      [speech('a.txt', '甲'), speech('a.txt', '乙')],
      [],
      ['speech-1', 'speech-2'],
      [entry('speech-1', 'a.txt', '甲'), entry('speech-2', 'a.txt', '乙')],
    ],
    [
      'keeps every number when a file sorted earlier is added',
      [speech('0.txt', '丙'), speech('a.txt', '甲'), speech('a.txt', '乙')],
      [entry('speech-1', 'a.txt', '甲'), entry('speech-2', 'a.txt', '乙')],
      ['speech-3', 'speech-1', 'speech-2'],
      [
        entry('speech-1', 'a.txt', '甲'),
        entry('speech-2', 'a.txt', '乙'),
        entry('speech-3', '0.txt', '丙'),
      ],
    ],
    [
      'never gives a removed speech’s number to another',
      [speech('a.txt', '乙'), speech('a.txt', '丁')],
      [entry('speech-1', 'a.txt', '甲'), entry('speech-2', 'a.txt', '乙')],
      ['speech-2', 'speech-3'],
      [
        entry('speech-1', 'a.txt', '甲'),
        entry('speech-2', 'a.txt', '乙'),
        entry('speech-3', 'a.txt', '丁'),
      ],
    ],
    [
      'tells apart two speeches of one file that share a title, by their order',
      [speech('a.txt', '讲话'), speech('a.txt', '讲话')],
      [entry('speech-7', 'a.txt', '讲话', 2), entry('speech-4', 'a.txt', '讲话', 1)],
      ['speech-4', 'speech-7'],
      [entry('speech-7', 'a.txt', '讲话', 2), entry('speech-4', 'a.txt', '讲话', 1)],
    ],
    [
      'gives the same title in another file its own number',
      [speech('a.txt', '讲话'), speech('b.txt', '讲话')],
      [entry('speech-1', 'a.txt', '讲话')],
      ['speech-1', 'speech-2'],
      [entry('speech-1', 'a.txt', '讲话'), entry('speech-2', 'b.txt', '讲话')],
    ],
    [
      'keeps the number of a speech now kept from another file that also holds it',
      [speech('0.txt', '甲', ['a.txt'])],
      [entry('speech-1', 'a.txt', '甲')],
      ['speech-1'],
      // The book now lists both files as its witnesses.
      [{ ...entry('speech-1', 'a.txt', '甲'), witnesses: ['0.txt', 'a.txt'] }],
    ],
    [
      'gives a speech a new number when its title changed (it is another text)',
      [speech('a.txt', '甲（修订）')],
      [entry('speech-1', 'a.txt', '甲')],
      ['speech-2'],
      [entry('speech-1', 'a.txt', '甲'), entry('speech-2', 'a.txt', '甲（修订）')],
    ],
  ];
  for (const [behaviour, addressees, book, slugs, after] of cases) {
    it(behaviour, () => assert.deepEqual(assignSlugs(addressees, book), { slugs, book: after }));
  }
});
