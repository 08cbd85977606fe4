/**
 * Writes dist/sw.js after the build: workbox-build lists every file with a
 * revision (a hash of its bytes), src/offline/precache-plan.ts decides what
 * is precached, and esbuild bundles src/offline/service-worker.ts with
 * Workbox and that list into one classic script.
 *
 * The build id is a hash of every file's revision, so a build that changes
 * nothing writes the same sw.js (browsers then keep their copy), and any
 * change gives a new worker, which replaces the old copy on the next visit.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import {
  cachedAsUsed,
  neverCached,
  precacheLimitBytes,
  precachePlan,
} from '../offline/precache-plan.ts';

const workerSource = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));

/** A pattern that matches nothing: below the limit every file is precached. */
const nothing = '(?!)';

/**
 * OFFLINE_PRECACHE_LIMIT_BYTES overrides the limit, for a host that wants
 * a smaller install (the update test uses it to build the large-site worker
 * from the two speeches).
 */
function precacheLimit(): number {
  const value = process.env.OFFLINE_PRECACHE_LIMIT_BYTES;
  if (value === undefined || value === '') return precacheLimitBytes;
  if (!/^\d+$/u.test(value))
    throw new Error(`OFFLINE_PRECACHE_LIMIT_BYTES=${value}: expected a whole number of bytes`);
  return Number(value);
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { manifestEntries, warnings } = await getManifest({
          globDirectory: distDir,
          globPatterns: ['**/*'],
          globIgnores: [...neverCached],
          // Astro's hashed assets need no revision: their names change with their content.
          dontCacheBustURLsMatching: /^_astro\//u,
          // No single file may be too large for the default limit (a print edition is ~50 KB).
          maximumFileSizeToCacheInBytes: precacheLimitBytes,
        });
        if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('; ')}`);
        const files = (manifestEntries ?? []).map((entry) => ({
          ...entry,
          bytes: statSync(join(distDir, entry.url)).size,
        }));
        const limit = precacheLimit();
        const plan = precachePlan(files, limit);
        const buildId = createHash('sha256')
          .update(JSON.stringify(files.map((file) => [file.url, file.revision])))
          .digest('hex')
          .slice(0, 12);
        await build({
          entryPoints: [workerSource],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          outfile: join(distDir, 'sw.js'),
          legalComments: 'none',
          define: {
            'self.__WB_MANIFEST': JSON.stringify(
              plan.precache.map(({ url, revision }) => ({ url, revision })),
            ),
            OFFLINE_BUILD: JSON.stringify(buildId),
            OFFLINE_AS_USED: JSON.stringify(plan.asUsed.length > 0 ? cachedAsUsed : nothing),
            // Workbox logs only in development builds.
            'process.env.NODE_ENV': '"production"',
          },
        });
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
        logger.info(
          `wrote sw.js (build ${buildId}): ${plan.precache.length} files precached (${kb(plan.precache.reduce((sum, file) => sum + file.bytes, 0))}), ` +
            `${plan.asUsed.length} kept as used; the site is ${kb(plan.totalBytes)}, the limit ${kb(limit)}`,
        );
      },
    },
  };
}
