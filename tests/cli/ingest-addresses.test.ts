/**
 * Speech addresses through the CLI: a speech keeps its speech-N however the
 * archive grows, and the address book is checked before anything is written.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { syntheticCompilations } from '../../scripts/lib/synthetic-compilations.ts';
import { runCli, scratchDirectory, snapshot } from '../support/cli.ts';
import { fixturePath } from '../support/ingest.ts';

const work = scratchDirectory('ingest-addresses-');

/** slug → title, read from the written Markdown's front matter. */
function addresses(out: string, slugs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    slugs.map((slug) => [
      slug,
      /^title: (.+)$/mu
        .exec(readFileSync(join(out, `${slug}.md`), 'utf8'))![1]!
        .replace(/^"|"$/gu, ''),
    ]),
  );
}

/** A raw directory with the seed under `name`, and two synthetic compilations named to sort before and after it. */
function rawFiles(dir: string): { seed: string; before: string; after: string } {
  mkdirSync(dir, { recursive: true });
  const seed = join(dir, 'm_seed.txt');
  copyFileSync(fixturePath('seed'), seed);
  const [first, second] = syntheticCompilations(readFileSync(fixturePath('seed')), 4);
  const before = join(dir, 'a_added.txt');
  const after = join(dir, 'z_added.txt');
  writeFileSync(before, first!.text);
  writeFileSync(after, second!.text);
  return { seed, before, after };
}

describe('speech addresses stay put', () => {
  it('keeps every speech at its address when files are added before and after it, and numbers the new ones after the last', () => {
    const { seed, before, after } = rawFiles(join(work, 'raw-grow'));
    const out = join(work, 'grow');
    assert.equal(runCli([seed, '--out', out]).status, 0);
    const seedAddresses = addresses(out, ['speech-1', 'speech-2']);

    const grown = runCli([before, seed, after, '--out', out]);
    assert.equal(grown.status, 0, grown.stderr);
    assert.deepEqual(addresses(out, ['speech-1', 'speech-2']), seedAddresses);
    const book = JSON.parse(readFileSync(join(out, 'slugs.json'), 'utf8')) as {
      slug: string;
      source: string;
    }[];
    assert.deepEqual(
      book.map(({ slug, source }) => [slug, source]),
      [
        ['speech-1', 'm_seed.txt'],
        ['speech-2', 'm_seed.txt'],
        ['speech-3', 'a_added.txt'],
        ['speech-4', 'a_added.txt'],
        ['speech-5', 'z_added.txt'],
        ['speech-6', 'z_added.txt'],
      ],
    );
    // The archive still reads in file order: the file sorted first comes first.
    const order = (slug: string) =>
      Number(/^order: (\d+)$/mu.exec(readFileSync(join(out, `${slug}.md`), 'utf8'))![1]);
    assert.deepEqual(
      ['speech-3', 'speech-4', 'speech-1', 'speech-2', 'speech-5', 'speech-6'].map(order),
      [1, 2, 3, 4, 5, 6],
    );
  });

  it('never gives a removed file’s numbers to other speeches', () => {
    const { seed, before, after } = rawFiles(join(work, 'raw-remove'));
    const out = join(work, 'remove');
    assert.equal(runCli([before, seed, '--out', out]).status, 0);
    const result = runCli([seed, after, '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    const book = JSON.parse(readFileSync(join(out, 'slugs.json'), 'utf8')) as {
      slug: string;
      source: string;
    }[];
    assert.deepEqual(
      book.map(({ slug }) => slug),
      ['speech-1', 'speech-2', 'speech-3', 'speech-4', 'speech-5', 'speech-6'],
    );
    assert.deepEqual(
      book.slice(4).map(({ source }) => source),
      ['z_added.txt', 'z_added.txt'],
    );
    assert.throws(
      () => readFileSync(join(out, 'speech-1.md')),
      /ENOENT/u,
      'the removed file’s speeches are gone, their numbers retired',
    );
  });

  const broken: [string, string, RegExp][] = [
    ['an address book that is not JSON', '{', /slugs\.json: is not JSON/u],
    [
      'an address book with a malformed slug',
      '[{"slug":"speech-x","source":"a.txt","title":"甲","occurrence":1}]',
      /slugs\.json: is not an address book: 0\.slug: expected speech-<number>/u,
    ],
    [
      'an address book giving one slug twice',
      '[{"slug":"speech-1","source":"a.txt","title":"甲","occurrence":1},{"slug":"speech-1","source":"b.txt","title":"乙","occurrence":1}]',
      /slugs\.json: is not an address book: the list: expected every slug once/u,
    ],
  ];
  for (const [index, [name, text, says]] of broken.entries()) {
    it(`refuses ${name} in one line and writes nothing`, () => {
      const { seed } = rawFiles(join(work, `raw-broken-${index}`));
      const out = join(work, `broken-${index}`);
      assert.equal(runCli([seed, '--out', out]).status, 0);
      writeFileSync(join(out, 'slugs.json'), text);
      const untouched = snapshot(out);
      const result = runCli([seed, '--out', out]);
      assert.equal(result.status, 1);
      assert.match(result.stderr, says);
      assert.equal(result.stderr.split('\n').length, 2, result.stderr);
      assert.deepEqual(snapshot(out), untouched);
    });
  }
});
