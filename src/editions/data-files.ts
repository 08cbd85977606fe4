import { downloadsOf, loadCompilations, loadSpeeches } from '../archive/speeches.ts';
import type { Speech } from '../archive/edition.ts';
import { type Script, scripts } from '../i18n/scripts.ts';
import { pageHref } from '../routing/links.ts';
import { pathPrefix } from '../routing/script-routes.ts';
import {
  blocksPerChunk,
  type SiteSearch,
  siteSearch,
  speechesPerTitleGroup,
} from '../search/build/site-search.ts';
import type { TextChunk, TitleGroup } from '../search/core/format.ts';
import { type DataFile, dataFilesKey } from './data-file.ts';

/*
 * The files of the site that no page renders: the search's gram shards,
 * text chunks and title groups, and every download. They are most of the
 * site's files (17,000 of 22,000 at 1,000 speeches) and need nothing of
 * Astro's page pipeline, so src/integrations/data-files.ts writes them
 * after the pages, each a file made here or copied from the edition cache,
 * instead of each being a route.
 */

/** A run of one speech's blocks in one script, with what a hit needs to name and link its speech. */
function textChunks(
  search: SiteSearch,
  speeches: ReadonlyMap<Script, readonly Speech[]>,
): DataFile[] {
  return scripts.flatMap((script) =>
    search.blocks[script].flatMap((blocks, speech) => {
      const { slug, title } = speeches.get(script)![speech]!;
      return Array.from({ length: Math.ceil(blocks.length / blocksPerChunk) }, (_, part) => ({
        path: `${pathPrefix[script]}search-data/text/${speech}-${part}.json`,
        source: {
          make: () => {
            const own = blocks.slice(part * blocksPerChunk, (part + 1) * blocksPerChunk);
            const ids = new Set(own.map(({ id }) => id));
            const read = search.readings[script][speech]!.filter(({ id }) => ids.has(id));
            const chunk: TextChunk = {
              slug,
              title,
              href: pageHref(script, `${slug}/`),
              blocks: own.map(({ id, text }) => [id, text]),
              // Absent, not empty, where no witness differs: a chunk of an uncollated speech stays as it was.
              ...(read.length > 0 && {
                readings: read.map(({ id, text, spans, witnesses }) => [
                  id,
                  text,
                  spans,
                  witnesses,
                ]),
              }),
            };
            return JSON.stringify(chunk);
          },
        },
      }));
    }),
  );
}

let listed: Promise<DataFile[]> | undefined;

/** Every data file of the site, listed once per build. */
export function dataFiles(): Promise<DataFile[]> {
  listed ??= list();
  return listed;
}

async function list(): Promise<DataFile[]> {
  const search = await siteSearch();
  const speeches = new Map(
    await Promise.all(scripts.map(async (script) => [script, await loadSpeeches(script)] as const)),
  );
  const files: DataFile[] = [];
  // Both scripts share one gram index: they fold to the same text (src/search/build/site-search.ts).
  search.index.shards.forEach((shard, k) =>
    files.push({
      path: `search-data/grams/${k}.bin`,
      source: { make: () => new Uint8Array(shard) },
    }),
  );
  for (const [file, list] of search.index.lists)
    files.push({ path: `search-data/grams/${file}`, source: { make: () => new Uint8Array(list) } });
  files.push(...textChunks(search, speeches));
  for (const script of scripts) {
    const own = speeches.get(script)!;
    // Slugs and titles of a run of speeches: what the no-hit help needs to name them without their text.
    for (let first = 0; first < own.length; first += speechesPerTitleGroup) {
      const group: TitleGroup = {
        speeches: own
          .slice(first, first + speechesPerTitleGroup)
          .map(({ slug, title }) => [slug, title]),
      };
      files.push({
        path: `${pathPrefix[script]}search-data/titles/${first / speechesPerTitleGroup}.json`,
        source: { make: () => JSON.stringify(group) },
      });
    }
    const slugs = [
      ...own.map(({ slug }) => slug),
      ...(await loadCompilations(script)).map(({ slug }) => `c/${slug}`),
    ];
    for (const slug of slugs)
      for (const file of (await downloadsOf(slug))[script])
        files.push({ path: `${pathPrefix[script]}${file.path}`, source: { copy: file.file } });
  }
  return files;
}

(globalThis as Record<symbol, unknown>)[dataFilesKey] = dataFiles;
