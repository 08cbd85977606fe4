import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import {
  compilationSlug,
  compilationTitle,
  groupCompilations,
} from '../../../src/archive/compilations.ts';
import { compilationTitleWithin } from '../../../src/routing/titles.ts';

const slugs = [
  {
    name: '000_9a817715ca601c67.txt',
    slug: '000-9a817715ca601c67',
    why: 'the scrape as named: underscore to hyphen',
  },
  { name: '0001_synthetic.txt', slug: '0001-synthetic', why: 'a synthetic page' },
  { name: 'Speeches 2020.TXT', slug: 'speeches-2020', why: 'case and spaces folded' },
  { name: 'content/raw/a.b.txt', slug: 'a-b', why: 'directories and the extension dropped' },
  {
    name: '讲话2020.txt',
    slug: `2020-${hash8('讲话2020')}`,
    why: 'Chinese letters lost: the name hash keeps it apart',
  },
  { name: '合编.txt', slug: hash8('合编'), why: 'nothing ASCII left: the hash alone' },
];

/** The first eight hex digits of the sha256 of a file name without its extension. */
function hash8(stem: string): string {
  return createHash('sha256').update(stem).digest('hex').slice(0, 8);
}

for (const { name, slug, why } of slugs) {
  test(`a compilation's address comes from its file name: ${name} → c/${slug}/ (${why})`, () => {
    assert.equal(compilationSlug(name), slug);
  });
}

test('two Chinese file names with the same digits get different addresses', () => {
  assert.notEqual(compilationSlug('讲话2020.txt'), compilationSlug('合编2020.txt'));
});

const titles = [
  { speeches: ['甲讲话'], title: '甲讲话', why: 'one speech: its own title' },
  {
    speeches: ['甲讲话', '乙讲话'],
    title: '甲讲话和乙讲话稿合编',
    why: 'two: as the scraped page names them',
  },
  {
    speeches: ['甲讲话', '乙讲话', '丙讲话'],
    title: '甲讲话和乙讲话和丙讲话稿合编',
    why: 'three: joined the same way',
  },
];

for (const { speeches, title, why } of titles) {
  test(`compilation title, ${why}`, () => {
    assert.equal(
      compilationTitle(
        speeches.map((t) => ({ title: t })),
        '稿合编',
      ),
      title,
    );
  });
}

const fitted = [
  {
    speeches: ['甲讲话', '乙讲话'],
    max: 20,
    others: '等2篇',
    title: '甲讲话和乙讲话稿合编',
    why: 'the whole title when it fits',
  },
  {
    speeches: ['甲乙丙丁讲话', '乙讲话'],
    max: 10,
    others: '等2篇',
    title: '甲乙丙丁讲话等2篇',
    why: 'else the first title and the count',
  },
  {
    speeches: ['甲乙丙丁戊己庚讲话', '乙讲话', '丙讲话'],
    max: 8,
    others: '等3篇',
    title: '甲乙丙丁…等3篇',
    why: 'a first title too long is cut short',
  },
  {
    speeches: ['甲乙丙丁戊己庚讲话'],
    max: 6,
    others: '等1篇',
    title: '甲乙丙丁戊…',
    why: 'one speech: its title, cut short',
  },
];

for (const { speeches, max, others, title, why } of fitted) {
  test(`a compilation's title in a document title: ${why}`, () => {
    const compilation = {
      title: compilationTitle(
        speeches.map((t) => ({ title: t })),
        '稿合编',
      ),
      speeches: speeches.map((t) => ({ title: t })),
    };
    const got = compilationTitleWithin(compilation, max, others);
    assert.equal(got, title);
    assert.ok(got.length <= max);
  });
}

function speech(order: number, source: string, characters = 100) {
  return {
    title: `第${order}篇讲话`,
    order,
    source,
    sha256: source.padEnd(64, '0').replace(/[^0-9a-f]/gu, '0'),
    characters,
  };
}

test('speeches are grouped by their raw file, compilations in the order of their first speech', () => {
  const grouped = groupCompilations(
    [speech(3, 'b.txt'), speech(1, 'a.txt'), speech(4, 'c.txt'), speech(2, 'a.txt')],
    '稿合编',
  );
  assert.deepEqual(
    grouped.map((c) => ({
      slug: c.slug,
      orders: c.speeches.map((s) => s.order),
      characters: c.characters,
      title: c.title,
    })),
    [
      { slug: 'a', orders: [1, 2], characters: 200, title: '第1篇讲话和第2篇讲话稿合编' },
      { slug: 'b', orders: [3], characters: 100, title: '第3篇讲话' },
      { slug: 'c', orders: [4], characters: 100, title: '第4篇讲话' },
    ],
  );
});

test('adding a raw file does not move any other compilation', () => {
  const before = groupCompilations([speech(1, 'a.txt'), speech(2, 'b.txt')], '稿合编');
  const after = groupCompilations(
    [speech(1, 'a.txt'), speech(2, 'new.txt'), speech(3, 'b.txt')],
    '稿合编',
  );
  const slugOf = (list: typeof before) => new Map(list.map((c) => [c.source, c.slug]));
  for (const [source, slug] of slugOf(before)) assert.equal(slugOf(after).get(source), slug);
});

test('two file names that give one address stop the build, naming both files', () => {
  assert.throws(
    () => groupCompilations([speech(1, 'A_b.txt'), speech(2, 'a-b.txt')], '稿合编'),
    /a-b\.txt and content\/raw\/A_b\.txt both give the compilation address c\/a-b\//u,
  );
});
