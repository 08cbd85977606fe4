/**
 * Collation over real ingests: the seed and copies of it made by
 * tests/support/witnesses.ts, collected as an archive of several files.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { collectResults } from '../../../../src/ingest/collect.ts';
import { findCopies } from '../../../../src/ingest/collate/copies.ts';
import { titlesAgree } from '../../../../src/ingest/collate/similarity.ts';
import { ingest } from '../../../../src/ingest/index.ts';
import { ROOT, SEED_PATH } from '../../../support/ingest.ts';
import { type ReadingEdit, witnessOf } from '../../../support/witnesses.ts';

const seed = readFileSync(SEED_PATH, 'utf8');
const SEED_NAME = '000_9a817715ca601c67.txt';
const seedMarkdown = ['speech-1.md', 'speech-2.md'].map((name) =>
  readFileSync(`${ROOT}/content/speeches/${name}`, 'utf8'),
);

/** Edits in the first speech: a substitution, an omission, an addition. */
const SUBSTITUTE: ReadingEdit = { find: '进一步完善机制', replace: '持续完善机制' };
const OMIT: ReadingEdit = { find: '进一步规范商会建设', replace: '规范商会建设' };
const ADD: ReadingEdit = { find: '加快新城区建设、', replace: '加快推进新城区建设、' };

function archive(files: { name: string; text: string }[]) {
  return collectResults(
    files.map(({ name, text }) => ({
      label: name,
      result: ingest(new TextEncoder().encode(text), name, {
        sha256:
          name === SEED_NAME
            ? 'eee180e0ac7b9685eee76bcf726ce51c068b3b8051dcf266858539e3a2b74130'
            : '0'.repeat(64),
      }),
    })),
  );
}

describe('collation of copies from several files', () => {
  it('gives the seed exactly when three witnesses each differ alone', () => {
    const collected = archive([
      { name: '000_9a817715ca601c67.txt', text: seed },
      { name: 'b.txt', text: witnessOf(seed, [SUBSTITUTE]) },
      { name: 'c.txt', text: witnessOf(seed, [OMIT, ADD]) },
    ]);
    assert.equal(collected.speeches.length, 2);
    assert.deepEqual(
      collected.markdown.map((file) => file.text),
      seedMarkdown,
    );
    assert.equal(collected.variants.length, 2);
    const [first, second] = collected.variants;
    assert.deepEqual(first!.witnesses, ['000_9a817715ca601c67.txt', 'b.txt', 'c.txt']);
    assert.deepEqual(second!.variants, []);
    assert.deepEqual(first!.variants, [
      {
        paragraph: 8,
        kind: 'addition',
        reading: '推进',
        lemma: '',
        witnesses: [{ file: 'c.txt', site: null }],
      },
      {
        paragraph: 12,
        kind: 'substitution',
        reading: '持续',
        lemma: '进一步',
        witnesses: [{ file: 'b.txt', site: null }],
      },
      {
        paragraph: 13,
        kind: 'omission',
        reading: '',
        lemma: '进一步',
        witnesses: [{ file: 'c.txt', site: null }],
      },
    ]);
  });

  it('takes the earliest file on a tie, and keeps the slug of the speech', () => {
    const collected = archive([
      { name: 'b.txt', text: witnessOf(seed, [SUBSTITUTE]) },
      { name: SEED_NAME, text: seed },
    ]);
    assert.equal(collected.speeches.length, 2);
    assert.match(collected.markdown[0]!.text, /持续完善机制/u);
    assert.deepEqual(collected.variants[0]!.variants, [
      {
        paragraph: 12,
        kind: 'substitution',
        reading: '进一步',
        lemma: '持续',
        witnesses: [{ file: SEED_NAME, site: null }],
      },
    ]);
    assert.deepEqual(
      collected.report.collation.speeches.map(({ slug, witnesses, variants }) => [
        slug,
        witnesses,
        variants,
      ]),
      [
        ['speech-1', ['b.txt', SEED_NAME], 1],
        ['speech-2', ['b.txt', SEED_NAME], 0],
      ],
    );
  });
});

describe('copies', () => {
  it('keeps two different speeches under one generic title apart', () => {
    const title = '在全市工作会议上的讲话';
    const copies = findCopies([
      {
        title,
        text: '同志们：今天召开全市工作会议，主要任务是总结去年的工作，部署今年的任务。',
        file: 0,
      },
      {
        title,
        text: '同志们：这次会议的主题是安全生产，我讲三点意见，请大家抓好落实到位。',
        file: 1,
      },
      {
        title: '在全市工作会议上的讲话稿',
        text: '同志们：今天召开全市工作会议，主要任务是总结去年的工作，部署今年的任务。',
        file: 2,
      },
    ]);
    assert.deepEqual(copies.groups, [[0, 2], [1]]);
    assert.deepEqual(
      copies.pairs.map(({ a, b, same }) => [a, b, same]),
      [
        [0, 1, false],
        [0, 2, true],
        [1, 2, false],
      ],
    );
  });

  it('tells titles apart that differ in a number, and joins a copy under a title with 稿 more', () => {
    assert.equal(
      titlesAgree('关于推进第79项重点工作的讲话', '关于推进第80项重点工作的讲话'),
      false,
    );
    assert.equal(
      titlesAgree('关于推进工会工作创新发展的讲话', '关于推进工会工作创新发展讲话稿'),
      true,
    );
    assert.equal(titlesAgree('在全市工作会议上的讲话', '在全省工作会议上的讲话'), true);
  });

  it('joins a copy under another title only when nearly identical, never across titles that differ in a number, and judges no pair of mere likeness', () => {
    const [first, second] = seedMarkdown.map((text) => text.replace(/^---[\s\S]*?---\n/u, ''));
    const edited = witnessOf(first!, [SUBSTITUTE, OMIT, ADD]);
    const second2021 = second!.replace('同志们', '同志们，朋友们');
    // A third of the first speech, then text of its own: a speech of the same genre.
    const genre = first!.slice(0, Math.floor(first!.length / 3)) + '另一篇讲话的文字。'.repeat(300);
    const copies = findCopies([
      { title: '在全市民营经济工作会议上的讲话', text: first!, file: 0 },
      { title: '市工商联主席讲话稿全文', text: edited, file: 1 },
      { title: '关于2020年工会工作的讲话', text: second!, file: 2 },
      { title: '关于2021年工会工作的讲话', text: second2021, file: 3 },
      { title: '又一篇讲话', text: genre, file: 4 },
    ]);
    assert.deepEqual(copies.groups, [[0, 1], [2], [3], [4]]);
    assert.deepEqual(
      copies.pairs.map(({ a, b, titles, numbersDiffer, same }) => [
        a,
        b,
        titles,
        numbersDiffer,
        same,
      ]),
      [
        [0, 1, false, false, true],
        [2, 3, false, true, false],
      ],
    );
    assert.ok(copies.pairs[0]!.jaccard >= 0.9 && copies.pairs[1]!.jaccard >= 0.9);
  });
});
