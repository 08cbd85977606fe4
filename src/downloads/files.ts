import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { Compilation } from '../archive/compilations.ts';
import { loadCompilations, loadSpeeches, type Speech } from '../archive/speeches.ts';
import { variantsOf } from '../archive/variants.ts';
import { type Script, scripts } from '../i18n/scripts.ts';
import { converterBetween } from '../i18n/to-traditional.ts';
import { ui } from '../i18n/ui.ts';
import { pageHref } from '../routing/links.ts';
import type { Edition } from './edition.ts';
import type { DownloadFormat } from './format.ts';
import { downloadFormats } from './formats/index.ts';
import { convertMarkdown } from './formats/md.ts';

/*
 * The downloads of every speech and compilation, built once per build and
 * shared by the endpoints that serve the bytes and the pages that print
 * their sizes. Every format builds from the same edition: the speeches as
 * the pages render them, and the generated Markdown itself, converted by the
 * same OpenCC pass as the pages for Traditional.
 */

export interface DownloadFile {
  format: DownloadFormat;
  /** Without the script prefix: download/<speech>.<ext> or download/c/<compilation>.<ext>. */
  path: string;
  /** What the browser saves it as: the title and the extension. */
  fileName: string;
  bytes: Uint8Array;
}

/**
 * When this edition was built: SOURCE_DATE_EPOCH when set (reproducible
 * builds), else now. It dates the EPUB (dcterms:modified) and its entries.
 */
const buildDate = (() => {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined) return new Date(Math.floor(Date.now() / 1000) * 1000);
  if (!/^\d+$/u.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH=${epoch}: expected whole seconds since 1970`);
  return new Date(Number(epoch) * 1000);
})();

/** The generated Markdown files by speech slug, read as they are on disk. */
let sourcesCache: Promise<Map<string, string>> | undefined;
function markdownSources(): Promise<Map<string, string>> {
  sourcesCache ??= getCollection('speeches').then(
    (entries) =>
      new Map(
        entries.map((entry) => {
          if (!entry.filePath)
            throw new Error(`speech ${entry.id} has no file: expected content/speeches/<slug>.md`);
          return [entry.data.slug, readFileSync(entry.filePath, 'utf8')];
        }),
      ),
  );
  return sourcesCache;
}

async function speechMarkdown(script: Script, speech: Speech): Promise<string> {
  const markdown = (await markdownSources()).get(speech.slug);
  if (markdown === undefined) throw new Error(`no Markdown file for speech ${speech.slug}`);
  // The file as ingest wrote it in the source's own script; converted only into the other one.
  return script === speech.sourceScript
    ? markdown
    : convertMarkdown(markdown, converterBetween(speech.sourceScript, script));
}

/** A title as a file name: characters that file systems refuse become a space. */
function fileName(title: string, format: DownloadFormat): string {
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, ' ').trim()}.${format.extension}`;
}

async function files(
  edition: Omit<Edition, 'markdown' | 'variants' | 'built'>,
): Promise<DownloadFile[]> {
  const markdown = await Promise.all(
    edition.speeches.map((speech) => speechMarkdown(edition.script, speech)),
  );
  const variants = edition.speeches.map((speech) => variantsOf(speech.slug));
  const complete: Edition = { ...edition, markdown, variants, built: buildDate };
  const folder = edition.kind === 'speech' ? 'download/' : 'download/c/';
  return downloadFormats.map((format) => ({
    format,
    path: `${folder}${edition.slug}.${format.extension}`,
    fileName: fileName(edition.title, format),
    bytes: format.build(complete),
  }));
}

const cache = new Map<string, Promise<DownloadFile[]>>();

function once(key: string, make: () => Promise<DownloadFile[]>): Promise<DownloadFile[]> {
  let built = cache.get(key);
  if (!built) {
    built = make();
    cache.set(key, built);
  }
  return built;
}

/** A speech's downloads in one script, one file per format. */
export function speechDownloads(script: Script, speech: Speech): Promise<DownloadFile[]> {
  return once(`${script}/speech/${speech.slug}`, () =>
    files({ kind: 'speech', slug: speech.slug, script, title: speech.title, speeches: [speech] }),
  );
}

/** A compilation's downloads in one script: its speeches in order. */
export function compilationDownloads(
  script: Script,
  compilation: Compilation<Speech>,
): Promise<DownloadFile[]> {
  return once(`${script}/compilation/${compilation.slug}`, () =>
    files({
      kind: 'compilation',
      slug: compilation.slug,
      script,
      title: compilation.title,
      speeches: compilation.speeches,
    }),
  );
}

/** Every download of the site, with the script it is in, for the endpoints' getStaticPaths. */
export async function allDownloads(
  kind: Edition['kind'],
): Promise<{ script: Script; file: DownloadFile }[]> {
  const all = [];
  for (const script of scripts) {
    const groups =
      kind === 'speech'
        ? await Promise.all(
            (await loadSpeeches(script)).map((speech) => speechDownloads(script, speech)),
          )
        : await Promise.all(
            (await loadCompilations(script)).map((compilation) =>
              compilationDownloads(script, compilation),
            ),
          );
    for (const file of groups.flat()) all.push({ script, file });
  }
  return all;
}

/** A download's link, label and size, for the pages. */
export interface DownloadLink {
  href: string;
  fileName: string;
  label: string;
  /** e.g. "38 KB" (1 KB = 1,024 bytes; at least 1). */
  size: string;
  /** The media type, for the link's type attribute. */
  type: string;
}

export function downloadLinks(script: Script, files: readonly DownloadFile[]): DownloadLink[] {
  const t = ui(script);
  return files.map((file) => ({
    href: pageHref(script, file.path),
    fileName: file.fileName,
    label: t[file.format.label],
    size: `${Math.max(1, Math.round(file.bytes.length / 1024))} KB`,
    type: file.format.mediaType.replace(/;.*$/u, ''),
  }));
}
