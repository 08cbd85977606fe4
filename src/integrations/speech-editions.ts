/**
 * Tells the build where the edition pool's worker and cache are, and which
 * version of the code compiles editions (src/archive/edition-pool.ts): the
 * worker runs from the source (Node strips its types), outside the bundle
 * Vite makes of the pages, and the cache lives where static hosts keep
 * build caches between deploys (node_modules/.cache).
 *
 * The code version hashes everything an edition could depend on: every
 * file under src/, the Astro config and the lockfile. Any change there
 * compiles every edition again, which is slower than tracking imports but
 * never serves an edition made by other code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { EditionPool } from '../archive/edition-pool.ts';

function codeVersion(root: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .concat(['astro.config.mjs', 'package-lock.json'].map((name) => join(root, name)))
    .sort();
  for (const file of files) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

export default function speechEditions(): AstroIntegration {
  return {
    name: 'speech-editions',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const pool: EditionPool = {
          worker: join(root, 'src', 'editions', 'worker.ts'),
          cache: join(root, 'node_modules', '.cache', 'speech-editions'),
          codeVersion: codeVersion(root),
        };
        updateConfig({ vite: { define: { __EDITION_POOL__: JSON.stringify(pool) } } });
      },
    },
  };
}
