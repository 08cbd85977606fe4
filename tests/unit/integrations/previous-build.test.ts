import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { moveAside, movedPrefix } from '../../../src/integrations/previous-build.ts';

const root = mkdtempSync(join(tmpdir(), 'previous-build-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A project folder holding a built dist/ with a few files. */
function project(name: string, files: readonly string[] = ['index.html', 'speech-1/index.html']) {
  const dir = join(root, name);
  for (const file of files) {
    mkdirSync(join(dir, 'dist', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'dist', file), file);
  }
  return { dir, outDir: join(dir, 'dist') + '/' };
}

describe('moving the previous build aside', () => {
  it('renames dist/ beside itself, so Astro finds nothing to empty, and names it for deletion', () => {
    const { dir, outDir } = project('plain');
    const folders = moveAside(outDir);
    assert.equal(existsSync(outDir), false);
    assert.equal(folders.length, 1);
    assert.ok(folders[0]!.startsWith(join(dir, movedPrefix(outDir))));
    assert.deepEqual(readdirSync(folders[0]!).sort(), ['index.html', 'speech-1']);
  });

  it('also names what a stopped build left beside it', () => {
    const { dir, outDir } = project('stopped');
    const left = join(dir, `${movedPrefix(outDir)}1-2`);
    mkdirSync(left);
    const folders = moveAside(outDir);
    assert.equal(folders.length, 2);
    assert.ok(folders.includes(left));
  });

  it('leaves an output folder holding .git to Astro, which keeps .git', () => {
    const { outDir } = project('deploy-branch', ['index.html', '.git/HEAD']);
    assert.deepEqual(moveAside(outDir), []);
    assert.ok(existsSync(join(outDir, '.git', 'HEAD')));
  });

  it('does nothing for a first build, with no dist/ yet', () => {
    const dir = join(root, 'first');
    mkdirSync(dir);
    assert.deepEqual(moveAside(join(dir, 'dist') + '/'), []);
  });
});
