/** Running the ingest CLI in a scratch directory, for the CLI tests in tests/unit. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { CLI, NODE, ROOT } from './ingest.ts';

const SENTINELS: Readonly<Record<string, string>> = {
  'speech-1.md': '---\ntitle: sentinel\n---\n\nsentinel speech\n',
  'report.json': '{"sentinel":true}\n',
};

/** A scratch directory for this test file, removed when it ends. */
export function scratchDirectory(prefix: string): string {
  const work = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(work, { recursive: true, force: true }));
  return work;
}

/** A fresh parent holding an output directory with sentinel files. */
export function sentinelOutDir(work: string): { parent: string; out: string } {
  const parent = mkdtempSync(join(work, 'case-'));
  const out = join(parent, 'speeches');
  mkdirSync(out);
  for (const [name, text] of Object.entries(SENTINELS)) writeFileSync(join(out, name), text);
  return { parent, out };
}

/** Every file under dir with its bytes, so "untouched" can be compared exactly. */
export function snapshot(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return Object.fromEntries(
    entries.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length), entry.isFile() ? readFileSync(path, 'base64') : '<dir>'];
    }),
  );
}

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(NODE, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env });
}
