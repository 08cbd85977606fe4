import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The version of the code that makes what a cache keeps between builds: a
 * hash of every file under src/, the Astro config, the lockfile and `also`
 * (paths relative to `root`). Any change there makes everything again,
 * which is slower than tracking imports but never serves what other code
 * made.
 */
export function codeVersion(root: string, also: readonly string[] = []): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .concat(['astro.config.mjs', 'package-lock.json', ...also].map((name) => join(root, name)))
    .sort();
  for (const file of files) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
