import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markPieces } from '../../../../src/search/browser/highlight.ts';

/** Text nodes of these lengths, ranges over their joined text, and the <mark> pieces expected, last first. */
const cases: {
  name: string;
  lengths: number[];
  ranges: [number, number][];
  pieces: [number, number, number][];
}[] = [
  {
    name: 'a range inside one node stays one piece',
    lengths: [10],
    ranges: [[2, 5]],
    pieces: [[0, 2, 5]],
  },
  {
    name: 'a range across an element boundary is cut at the node edge',
    lengths: [4, 3, 5],
    ranges: [[2, 9]],
    pieces: [
      [2, 0, 2],
      [1, 0, 3],
      [0, 2, 4],
    ],
  },
  {
    name: 'two ranges in one node come last first, so splitting keeps earlier offsets',
    lengths: [12],
    ranges: [
      [1, 3],
      [6, 9],
    ],
    pieces: [
      [0, 6, 9],
      [0, 1, 3],
    ],
  },
  {
    name: 'overlapping ranges merge into one piece',
    lengths: [12],
    ranges: [
      [6, 9],
      [2, 7],
    ],
    pieces: [[0, 2, 9]],
  },
  {
    name: 'empty nodes get no piece',
    lengths: [3, 0, 3],
    ranges: [[1, 5]],
    pieces: [
      [2, 0, 2],
      [0, 1, 3],
    ],
  },
];

for (const { name, lengths, ranges, pieces } of cases) {
  test(name, () => assert.deepEqual(markPieces(lengths, ranges), pieces));
}
