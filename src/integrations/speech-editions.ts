/**
 * Tells the build where the edition pool's worker and cache are, and which
 * version of the code compiles editions (src/archive/edition-pool.ts): the
 * worker runs from the source (Node strips its types), outside the bundle
 * Vite makes of the pages, and the cache lives where static hosts keep
 * build caches between deploys (node_modules/.cache).
 *
 * The code version (src/cache/code-version.ts) hashes everything an
 * edition could depend on: every file under src/, the Astro config and the
 * lockfile.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { EditionPool } from '../archive/edition-pool.ts';
import { codeVersion } from '../cache/code-version.ts';

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
