import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import type { IngestResult } from '../../src/ingest/index.ts';
import { makeWorkspace } from '../../scripts/lib/workspace.ts';
import { snapshot } from '../support/cli.ts';
import { NODE, ROOT } from '../support/ingest.ts';

/*
 * `npm run ingest` keeps each raw file's result in node_modules/.cache/
 * speech-ingest (scripts/lib/ingest-pool.ts): run in a copy of the project,
 * whose cache and content are its own.
 */
const dir = makeWorkspace(ROOT, 'ingest-cache', ['content/speeches']);
after(() => rmSync(dir, { recursive: true, force: true }));
const cache = join(dir, 'node_modules', '.cache', 'speech-ingest');
const speeches = join(dir, 'content', 'speeches');
const ingest = () => {
  const run = spawnSync(NODE, ['scripts/ingest.ts'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
};
const kept = () => readdirSync(cache);

describe('the ingest cache', () => {
  it('keeps one result per raw file and writes the same archive from it', () => {
    ingest();
    const first = snapshot(speeches);
    assert.equal(kept().length, 1);
    const entry = join(cache, kept()[0]!);
    const written = statSync(entry).mtimeMs;
    ingest();
    assert.deepEqual(snapshot(speeches), first);
    assert.equal(statSync(entry).mtimeMs, written, 'the kept result was written again');
  });

  it('reads a kept result instead of ingesting the file again', () => {
    const entry = join(cache, kept()[0]!);
    const result = deserialize(readFileSync(entry)) as IngestResult;
    const marked = (value: unknown): unknown =>
      typeof value === 'string'
        ? value.replaceAll('工会工作', '工会工作（已缓存）')
        : Array.isArray(value)
          ? value.map(marked)
          : value !== null && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([key, field]) => [key, marked(field)]))
            : value;
    writeFileSync(entry, serialize(marked(result)));
    ingest();
    const markdown = readdirSync(speeches).filter((name) => name.endsWith('.md'));
    assert.ok(
      markdown.some((name) => readFileSync(join(speeches, name), 'utf8').includes('（已缓存）')),
    );
  });

  it('keeps nothing for a file the archive no longer has', () => {
    const [before] = kept();
    const raw = join(dir, 'content', 'raw');
    const [name] = readdirSync(raw);
    // Its name labels its speeches, so a renamed file is a new entry.
    renameSync(join(raw, name!), join(raw, `renamed-${name}`));
    ingest();
    assert.equal(kept().length, 1);
    assert.notEqual(kept()[0], before);
    // Ingested again: the text is the file's, not the doctored result's.
    assert.ok(
      readdirSync(speeches)
        .filter((file) => file.endsWith('.md'))
        .every((file) => !readFileSync(join(speeches, file), 'utf8').includes('（已缓存）')),
    );
  });
});
