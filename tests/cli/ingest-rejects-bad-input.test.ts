import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  runCli,
  scratchDirectory,
  sentinelOutDir as sentinelOutDirIn,
  snapshot,
} from '../support/cli.ts';
import { FIXTURES, fixturePath } from '../support/ingest.ts';

const work = scratchDirectory('ingest-cli-');
const sentinelOutDir = () => sentinelOutDirIn(work);

describe('the CLI rejects bad input with one line and leaves the output untouched', () => {
  const cases = [
    { name: 'missing file', files: [join(work, 'missing.txt')], says: /no such file/ },
    { name: 'a directory', files: [work], says: /is a directory/ },
    { name: 'empty file', files: [fixturePath('empty')], says: /empty/ },
    { name: 'binary (PNG header + NULs)', files: [fixturePath('binary')], says: /not a text file/ },
    {
      name: 'text with no speech',
      files: [fixturePath('no-speech')],
      says: /no recognisable speech/,
    },
    {
      name: 'compilation titles that disagree',
      files: [fixturePath('titles-disagree')],
      says: /2 different compilation titles/,
    },
    {
      name: 'an encrypted PDF',
      files: [join(FIXTURES, 'documents', 'encrypted.pdf')],
      says: /: is an encrypted PDF \(it needs a password\); expected a PDF document\n$/,
    },
    {
      name: 'a title that stands twice',
      files: [fixturePath('title-twice')],
      says: /stands on its own inside the text.*expected each title only where its speech begins/,
    },
  ];

  for (const { name, files, says } of cases) {
    it(name, () => {
      const { parent, out } = sentinelOutDir();
      const before = snapshot(parent);
      const result = runCli([...files, '--out', out]);
      const blamed = files.at(-1) ?? '';
      assert.equal(result.status, 1);
      assert.equal(
        result.stderr.endsWith('\n') && result.stderr.split('\n').length,
        2,
        `stderr: ${result.stderr}`,
      );
      assert.ok(result.stderr.startsWith(`ingest: ${blamed}: `), result.stderr);
      assert.match(result.stderr, says);
      assert.deepEqual(snapshot(parent), before);
    });
  }

  it('an unknown flag is a usage error with exit code 2', () => {
    const { parent, out } = sentinelOutDir();
    const before = snapshot(parent);
    const result = runCli([fixturePath('seed'), '--out', out, '--frobnicate']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /usage: node scripts\/ingest\.ts/);
    assert.deepEqual(snapshot(parent), before);
  });

  it('refuses to replace an output directory holding files it did not write', () => {
    const { parent, out } = sentinelOutDir();
    writeFileSync(join(out, 'notes.txt'), 'keep me\n');
    const before = snapshot(parent);
    const result = runCli([fixturePath('seed'), '--out', out]);
    assert.equal(result.status, 1);
    assert.ok(result.stderr.startsWith(`ingest: ${out}: `), result.stderr);
    assert.deepEqual(snapshot(parent), before);
  });
});

describe('the CLI on good input', () => {
  it('replaces the whole output directory and leaves no temporary siblings', () => {
    const { parent, out } = sentinelOutDir();
    const result = runCli([fixturePath('seed'), '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.deepEqual(readdirSync(parent), ['speeches']);
    assert.deepEqual(readdirSync(out).sort(), [
      'report.json',
      'slugs.json',
      'speech-1.md',
      'speech-2.md',
    ]);
    assert.ok(!readFileSync(join(out, 'speech-1.md'), 'utf8').includes('sentinel'));
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    assert.equal(report.sources[0].name, 'input.txt');
    assert.match(report.sources[0].sha256, /^[0-9a-f]{64}$/);
  });
});

describe('the CLI over several raw files', () => {
  it('keeps a speech that two files hold once, and the report says which file it came from', () => {
    const { out } = sentinelOutDir();
    const result = runCli([fixturePath('seed'), fixturePath('gb18030'), '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /wrote 2 speeches .*2 repeated speeches kept once/);
    assert.deepEqual(readdirSync(out).sort(), [
      'report.json',
      'slugs.json',
      'speech-1.md',
      'speech-1.variants.json',
      'speech-2.md',
      'speech-2.variants.json',
    ]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    assert.deepEqual(
      report.duplicates.map((entry: { keptFrom: string; droppedFrom: string }) => [
        entry.keptFrom,
        entry.droppedFrom,
      ]),
      [
        ['input.txt', 'input.txt'],
        ['input.txt', 'input.txt'],
      ],
    );
    assert.deepEqual(report.sources[1].speeches, []);
  });
});
