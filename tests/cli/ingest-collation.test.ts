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

  it('names a witness by the site its page states, beside its file', () => {
    const raw = join(work, 'sites');
    mkdirSync(raw, { recursive: true });
    const seedText = readFileSync(SEED_PATH, 'utf8');
    // Two text copies agree on 持续; the saved page (范文网's, the seed's own text) is outvoted.
    const copies = ['site-b.txt', 'site-c.txt'].map((name) => {
      const path = join(raw, name);
      writeFileSync(
        path,
        witnessOf(seedText, [{ find: '进一步完善机制', replace: '持续完善机制' }]),
      );
      return path;
    });
    const page = join(raw, 'saved-page.html');
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'documents', 'saved-page.html'), page);
    const out = join(work, 'sites-out');
    const run = runCli([...copies, page, '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    const variants = variantsSchema.parse(
      JSON.parse(readFileSync(join(out, 'speech-1.variants.json'), 'utf8')),
    );
    assert.deepEqual(variants.variants, [
      {
        paragraph: 12,
        kind: 'substitution',
        reading: '进一步',
        lemma: '持续',
        witnesses: [{ file: 'saved-page.html', site: '范文网' }],
      },
    ]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      sources: { name: string; site: string | null }[];
    };
    assert.deepEqual(
      report.sources.map(({ name, site }) => [name, site]),
      [
        ['site-b.txt', null],
        ['site-c.txt', null],
        ['saved-page.html', '范文网'],
      ],
    );
  });
});
