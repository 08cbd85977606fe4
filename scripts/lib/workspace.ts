/**
 * A scratch copy of the project to build in, for the benchmarks and the
 * tests that need a second build: the real content/ and dist/ are never
 * touched.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Never copied: dependencies (linked instead), outputs, caches and history. */
const notCopied = [
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'test-results',
  'playwright-report',
  'bench',
  '.scratch',
  'tmp',
];

/** Copies `root` into a new temporary directory named after `name`, leaving out `alsoLeftOut` (paths relative to root). */
export function makeWorkspace(
  root: string,
  name: string,
  alsoLeftOut: readonly string[] = [],
): string {
  const skip = new Set([...notCopied, ...alsoLeftOut]);
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  cpSync(root, dir, { recursive: true, filter: (source) => !skip.has(relative(root, source)) });
  linkDependencies(root, dir);
  return dir;
}

/**
 * node_modules as links to each installed package, not one link to the
 * directory: Astro keeps its content store and caches in node_modules/.astro
 * and .vite, and the build its editions in .cache, which must stay the copy's own.
 */
function linkDependencies(root: string, dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}
