/**
 * Writes the site's data files (src/editions/data-files.ts: search data and
 * downloads) after Astro has built the pages, and serves them in `astro
 * dev`. As routes they cost a render, a log line and a wait on the disk
 * each; here a download is a link to the file the edition pool kept (a
 * copy where the file system cannot link), and a search file a string
 * written once.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type DataFile, dataFilesKey } from '../editions/data-file.ts';

type ListDataFiles = () => Promise<DataFile[]>;

/** The list the pages' bundle registered (it ran in this process), or a loud error. */
function registered(): ListDataFiles {
  const list = (globalThis as Record<symbol, unknown>)[dataFilesKey];
  if (typeof list !== 'function')
    throw new Error(
      'data-files: the pages did not register their data files: expected src/middleware.ts to import src/editions/data-files.ts',
    );
  return list as ListDataFiles;
}

function write(outDir: string, files: readonly DataFile[]): void {
  for (const folder of new Set(files.map((file) => dirname(join(outDir, file.path)))))
    mkdirSync(folder, { recursive: true });
  for (const { path, source } of files) {
    const target = join(outDir, path);
    if ('copy' in source) linkOrCopy(source.copy, target);
    else writeFileSync(target, source.make());
  }
}

/**
 * A hard link shares the kept file's bytes instead of writing them again
 * (a gigabyte of downloads at 10,000 speeches). Nothing writes to a built
 * download, and the edition cache replaces an entry by renaming a new
 * folder into place, never by writing into its files, so the link cannot
 * change under the site.
 */
function linkOrCopy(kept: string, target: string): void {
  try {
    // Astro empties dist/ before a build; a file left there by anything else is replaced.
    rmSync(target, { force: true });
    linkSync(kept, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP')
      throw error;
    copyFileSync(kept, target);
  }
}

/** For `astro dev` alone: a static host types the built files by their extension. */
const mediaTypes: Readonly<Record<string, string>> = {
  json: 'application/json',
  bin: 'application/octet-stream',
  epub: 'application/epub+zip',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export default function dataFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/u, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await registered()();
        write(fileURLToPath(dir), files);
        logger.info(`wrote ${files.length} data files (search data and downloads)`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
          if (
            !path.startsWith(base) ||
            !/(?:search-data\/(?:grams|text|titles)|download)\//u.test(path)
          )
            return next();
          void (async () => {
            // The pages' modules register the list once one of them has loaded; load it if none has.
            await server.ssrLoadModule('/src/editions/data-files.ts');
            const files = await registered()();
            const file = files.find((candidate) => candidate.path === path.slice(base.length));
            if (!file) return next();
            const { source } = file;
            const body = 'copy' in source ? readFileSync(source.copy) : source.make();
            response.setHeader(
              'Content-Type',
              mediaTypes[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
            );
            response.end(body);
          })().catch(next);
        });
      },
    },
  };
}
