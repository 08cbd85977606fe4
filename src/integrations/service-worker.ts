/**
 * Writes dist/sw.js after the build: every file of dist/ is listed with a
 * revision (an MD5 of its bytes, as Workbox's own tools give; none for
 * Astro's hashed assets, whose names change with their content),
 * src/offline/precache-plan.ts decides what is precached, and esbuild
 * bundles src/offline/service-worker.ts with Workbox and that list into one
 * classic script.
 *
 * The build id is a hash of every file's revision, so a build that changes
 * nothing writes the same sw.js (browsers then keep their copy), and any
 * change gives a new worker, which replaces the old copy on the next visit.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { langTag, scripts } from '../i18n/scripts.ts';
import { ui } from '../i18n/ui.ts';
import type { MissingPage } from '../offline/missing-page.ts';
import { cachedAsUsed, precacheLimitBytes, precachePlan } from '../offline/precache-plan.ts';
import { pathPrefix } from '../routing/script-routes.ts';

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

/** Every file of dist/, in path order, with its size and revision. */
function siteFiles(distDir: string): { url: string; revision: string | null; bytes: number }[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => {
      const url = relative(distDir, path).split(sep).join('/');
      const bytes = readFileSync(path);
      return {
        url,
        revision: url.startsWith('_astro/') ? null : createHash('md5').update(bytes).digest('hex'),
        bytes: bytes.length,
      };
    });
}

/** What the worker answers, in each script, for a page it was never given to keep. */
function missingPages(base: string): MissingPage[] {
  return scripts.map((script) => {
    const t = ui(script);
    return {
      prefix: pathPrefix[script],
      lang: langTag[script],
      title: t.offlineMissingTitle,
      text: t.offlineMissingText,
      home: t.notFoundHome,
      homeHref: `${base}${pathPrefix[script]}`,
    };
  });
}

export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/u, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const files = siteFiles(distDir);
        const limit = precacheLimit();
        const plan = precachePlan(files, limit);
        const buildId = createHash('sha256')
          .update(
            JSON.stringify(
              [...plan.precache, ...plan.asUsed].map((file) => [file.url, file.revision]),
            ),
          )
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
            OFFLINE_MISSING: JSON.stringify(missingPages(base)),
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
