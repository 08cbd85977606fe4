import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { collectResults, ingest } from '../../src/ingest/index.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import {
  runCli,
  scratchDirectory,
  sentinelOutDir as sentinelOutDirIn,
  snapshot,
} from '../support/cli.ts';
import { fixturePath } from '../support/ingest.ts';

const work = scratchDirectory('ingest-many-');
const sentinelOutDir = () => sentinelOutDirIn(work);

const good = [fixturePath('seed'), fixturePath('gb18030'), fixturePath('web-copy')];
const bad = [
  { file: fixturePath('no-speech'), says: 'no recognisable speech' },
  { file: fixturePath('binary'), says: 'not a text file' },
  { file: fixturePath('titles-disagree'), says: '2 different compilation titles' },
];
// Refusals interleaved with good files, so that both worker threads meet some.
const mixed = [good[0]!, bad[0]!.file, good[1]!, bad[1]!.file, bad[2]!.file, good[2]!];

describe('ingest of many files at once', () => {
  it('lists every refused file, one line each in input order, then a summary; writes nothing', () => {
    const { parent, out } = sentinelOutDir();
    const before = snapshot(parent);
    const result = runCli([...mixed, '--out', out]);
    assert.equal(result.status, 1);
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, bad.length + 1, result.stderr);
    bad.forEach(({ file, says }, i) => {
      assert.ok(lines[i]!.startsWith(`ingest: ${file}: `), lines[i]);
      assert.ok(lines[i]!.includes(says), lines[i]);
    });
    assert.equal(
      lines.at(-1),
      'ingest: 3 of 6 files refused; nothing written (--skip-refused publishes the rest)',
    );
    assert.equal(result.stdout, '');
    assert.deepEqual(snapshot(parent), before);
  });

  for (const { name, args, env } of [
    { name: '--skip-refused', args: ['--skip-refused'], env: process.env },
    { name: 'INGEST_SKIP_REFUSED=1', args: [], env: { ...process.env, INGEST_SKIP_REFUSED: '1' } },
  ]) {
    it(`${name} publishes the readable files and records the refused ones and why`, () => {
      const { out } = sentinelOutDir();
      const result = runCli([...mixed, '--out', out, ...args], env);
      assert.equal(result.status, 0, result.stderr);
      assert.match(
        result.stdout,
        /^ingest: wrote 2 speeches from 3 files .*3 refused files skipped/u,
      );
      assert.equal(result.stderr.trimEnd().split('\n').length, bad.length, result.stderr);
      const report = reportSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
      assert.equal(report.sources.length, good.length);
      assert.deepEqual(
        report.refused.map((refused) => refused.name),
        bad.map(() => 'input.txt'),
      );
      bad.forEach(({ says }, i) => assert.ok(report.refused[i]!.reason.includes(says)));
    });
  }

  it('refuses with --skip-refused too when no file can be read', () => {
    const { parent, out } = sentinelOutDir();
    const before = snapshot(parent);
    const result = runCli([bad[0]!.file, bad[1]!.file, '--out', out, '--skip-refused']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /2 of 2 files refused; nothing written\n$/u);
    assert.deepEqual(snapshot(parent), before);
  });

  it('writes what one thread would, in input order, whichever thread read each file', () => {
    const together = sentinelOutDir().out;
    assert.equal(runCli([...good, '--out', together]).status, 0);
    const sequential = collectResults(
      good.map((file) => {
        const bytes = readFileSync(file);
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        return { label: 'input.txt', result: ingest(bytes, 'input.txt', { sha256 }) };
      }),
    );
    for (const file of sequential.markdown) {
      assert.equal(readFileSync(join(together, file.fileName), 'utf8'), file.text);
    }
    assert.deepEqual(
      JSON.parse(readFileSync(join(together, 'report.json'), 'utf8')),
      JSON.parse(JSON.stringify(sequential.report)),
    );
  });
});
