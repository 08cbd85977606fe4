import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cutPages,
  listPagePath,
  type PageStep,
  pageSteps,
} from '../../../src/routing/pagination.ts';

const cuts = [
  {
    items: [],
    maxItems: 3,
    maxWeight: 100,
    pages: [[]],
    why: 'an empty list still has its first page',
  },
  {
    items: [1, 1, 1, 1, 1, 1, 1],
    maxItems: 3,
    maxWeight: 100,
    pages: [[1, 1, 1], [1, 1, 1], [1]],
    why: 'full pages by count',
  },
  {
    items: [4, 4, 4, 4],
    maxItems: 10,
    maxWeight: 10,
    pages: [
      [4, 4],
      [4, 4],
    ],
    why: 'full pages by weight',
  },
  {
    items: [2, 30, 2],
    maxItems: 10,
    maxWeight: 10,
    pages: [[2], [30], [2]],
    why: 'an item heavier than a page gets one to itself',
  },
  {
    items: [5, 5, 1],
    maxItems: 2,
    maxWeight: 10,
    pages: [[5, 5], [1]],
    why: 'whichever limit comes first',
  },
];

for (const { items, maxItems, maxWeight, pages, why } of cuts) {
  test(`cutting a list into pages: ${why}`, () => {
    assert.deepEqual(cutPages(items, { maxItems, maxWeight, weight: (item) => item }), pages);
  });
}

test('cutting keeps every item once, in order', () => {
  const items = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 13);
  const pages = cutPages(items, { maxItems: 40, maxWeight: 100, weight: (item) => item });
  assert.deepEqual(pages.flat(), items);
  for (const page of pages)
    assert.ok(page.length <= 40 && (page.length === 1 || page.reduce((a, b) => a + b, 0) <= 100));
});

const paths = [
  { base: '', n: 1, path: '', why: 'page 1 of the home list is the home page' },
  { base: '', n: 2, path: 'page/2/', why: 'the home list from page 2' },
  {
    base: 'c/x/',
    n: 1,
    path: 'c/x/',
    why: "page 1 of a compilation is the compilation's own address",
  },
  { base: 'c/x/', n: 12, path: 'c/x/page/12/', why: 'its further pages below it' },
];

for (const { base, n, path, why } of paths) {
  test(`list page paths: ${why}`, () => {
    assert.equal(listPagePath(base, n), path);
  });
}

const steps: { current: number; last: number; steps: PageStep[]; why: string }[] = [
  { current: 1, last: 1, steps: [1], why: 'a single page' },
  { current: 1, last: 3, steps: [1, 2, 3], why: 'few pages: all of them' },
  { current: 1, last: 9, steps: [1, 2, 'gap', 9], why: 'at the start' },
  {
    current: 4,
    last: 9,
    steps: [1, 2, 3, 4, 5, 'gap', 9],
    why: 'a gap of one page shows the page',
  },
  {
    current: 50,
    last: 125,
    steps: [1, 'gap', 49, 50, 51, 'gap', 125],
    why: 'in the middle of many',
  },
  { current: 125, last: 125, steps: [1, 'gap', 124, 125], why: 'at the end' },
];

for (const { current, last, steps: expected, why } of steps) {
  test(`page navigation numbers, ${why} (${current} of ${last})`, () => {
    assert.deepEqual(pageSteps(current, last), expected);
  });
}
