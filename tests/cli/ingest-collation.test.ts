/**
 * Collation through the CLI: the seed and two copies of it from other
 * sites, each differing alone, ingest to the seed's two speeches at their
 * addresses, with the apparatus beside the Markdown.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { variantsSchema } from '../../src/schemas/variants.ts';
import { runCli, scratchDirectory } from '../support/cli.ts';
import { ROOT, SEED_PATH } from '../support/ingest.ts';
import { witnessOf } from '../support/witnesses.ts';

const work = scratchDirectory('ingest-collation-');
const SEED_NAME = '000_9a817715ca601c67.txt';

describe('ingest collates copies of a speech', () => {
  it('gives the seed with its apparatus, and keeps its addresses', () => {
    const raw = join(work, 'raw');
    mkdirSync(raw, { recursive: true });
    const seedText = readFileSync(SEED_PATH, 'utf8');
    const seed = join(raw, SEED_NAME);
    copyFileSync(SEED_PATH, seed);
    const out = join(work, 'out');
    assert.equal(runCli([seed, '--out', out]).status, 0);
    const book = readFileSync(join(out, 'slugs.json'), 'utf8');

    const second = join(raw, 'site-b.txt');
    const third = join(raw, 'site-c.txt');
    writeFileSync(
      second,
      witnessOf(seedText, [{ find: '进一步完善机制', replace: '持续完善机制' }]),
    );
    writeFileSync(
      third,
      witnessOf(seedText, [{ find: '进一步规范商会建设', replace: '规范商会建设' }]),
    );
    const run = runCli([seed, second, third, '--out', out]);
    assert.equal(run.status, 0, run.stderr);

    const files = Object.fromEntries(
      readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]),
    );
    assert.deepEqual(Object.keys(files).sort(), [
      'report.json',
      'slugs.json',
      'speech-1.md',
      'speech-1.variants.json',
      'speech-2.md',
      'speech-2.variants.json',
    ]);
    for (const name of ['speech-1.md', 'speech-2.md'])
      assert.equal(files[name], readFileSync(join(ROOT, 'content', 'speeches', name), 'utf8'));
    assert.deepEqual(variantsSchema.parse(JSON.parse(files['speech-1.variants.json']!)), {
      slug: 'speech-1',
      witnesses: [SEED_NAME, 'site-b.txt', 'site-c.txt'],
      variants: [
        {
          paragraph: 12,
          kind: 'substitution',
          reading: '持续',
          lemma: '进一步',
          witnesses: [{ file: 'site-b.txt', site: null }],
        },
        {
          paragraph: 13,
          kind: 'omission',
          reading: '',
          lemma: '进一步',
          witnesses: [{ file: 'site-c.txt', site: null }],
        },
      ],
    });
    const entries = JSON.parse(files['slugs.json']!) as { slug: string; witnesses?: string[] }[];
    const before = JSON.parse(book) as { slug: string }[];
    assert.deepEqual(
      entries.map(({ slug }) => slug),
      before.map(({ slug }) => slug),
    );
    assert.deepEqual(entries[0]!.witnesses, [SEED_NAME, 'site-b.txt', 'site-c.txt']);
  });
});
