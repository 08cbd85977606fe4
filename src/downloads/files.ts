import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { compilationMarkdown, convertMarkdown } from './formats/md.ts';
import { type Book, type Chapter, epub } from './formats/epub/index.ts';
import { compilationText, speechText } from './formats/txt.ts';
import { ui } from '../i18n/ui.ts';
import type { Compilation } from '../archive/compilations.ts';
import { loadCompilations, loadSpeeches, type Speech } from '../archive/speeches.ts';
import { pageHref } from '../routing/links.ts';
import { langTag, type Script, scripts } from '../i18n/scripts.ts';
import { toTraditional } from '../i18n/to-traditional.ts';

/*
 * The downloads of every speech and compilation, built once per build and
 * shared by the endpoints that serve the bytes and the pages that print
 * their sizes. Everything comes from what the pages render (the speech's
 * HTML in the page's script) or, for Markdown, from the generated file
 * itself, converted by the same OpenCC pass as the pages for Traditional.
 */

export type DownloadFormat = 'epub' | 'txt' | 'md';

export const downloadFormats: readonly DownloadFormat[] = ['epub', 'txt', 'md'];

export interface DownloadFile {
  format: DownloadFormat;
  /** Without the script prefix: download/<speech>.<ext> or download/c/<compilation>.<ext>. */
  path: string;
  /** What the browser saves it as: the title and the extension. */
  fileName: string;
  bytes: Uint8Array;
}

const mediaTypes: Record<DownloadFormat, string> = {
  epub: 'application/epub+zip',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export function mediaType(format: DownloadFormat): string {
  return mediaTypes[format];
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
  return script === 'hant' ? convertMarkdown(markdown, toTraditional) : markdown;
}

/** A URN that names this book in this script and nothing else, the same in every build. */
function bookIdentifier(script: Script, kind: 'speech' | 'compilation', slug: string): string {
  const hex = createHash('sha256').update(`${kind}/${slug}/${script}`).digest('hex');
  // An RFC 9562 version-8 (name-based, custom hash) UUID.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function chapter(speech: Speech): Chapter {
  return {
    id: speech.slug,
    title: speech.title,
    subtitle: speech.subtitle,
    note: speech.partialNote,
    html: speech.html,
    outline: speech.outline,
  };
}

function book(
  script: Script,
  kind: 'speech' | 'compilation',
  slug: string,
  title: string,
  speeches: readonly Speech[],
): Book {
  const t = ui(script);
  const sources = [
    ...new Set(speeches.map((speech) => `content/raw/${speech.source} (sha256 ${speech.sha256})`)),
  ];
  return {
    identifier: bookIdentifier(script, kind, slug),
    title,
    lang: langTag[script],
    modified: buildDate,
    publisher: t.siteName,
    source: sources.join('; '),
    description:
      script === 'hant' ? `${t.downloadNote}${t.downloadNoteTraditional}` : t.downloadNote,
    tocTitle: t.tableOfContents,
    chapters: speeches.map(chapter),
  };
}

/** A title as a file name: characters that file systems refuse become a space. */
function fileName(title: string, format: DownloadFormat): string {
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, ' ').trim()}.${format}`;
}

const encoder = new TextEncoder();

async function speechFiles(script: Script, speech: Speech): Promise<DownloadFile[]> {
  const markdown = await speechMarkdown(script, speech);
  const bytes: Record<DownloadFormat, Uint8Array> = {
    epub: epub(book(script, 'speech', speech.slug, speech.title, [speech])),
    txt: encoder.encode(speechText(speech)),
    md: encoder.encode(markdown),
  };
  return downloadFormats.map((format) => ({
    format,
    path: `download/${speech.slug}.${format}`,
    fileName: fileName(speech.title, format),
    bytes: bytes[format],
  }));
}

async function compilationFiles(
  script: Script,
  compilation: Compilation<Speech>,
): Promise<DownloadFile[]> {
  const speeches = compilation.speeches;
  const markdowns = await Promise.all(speeches.map((speech) => speechMarkdown(script, speech)));
  const bytes: Record<DownloadFormat, Uint8Array> = {
    epub: epub(book(script, 'compilation', compilation.slug, compilation.title, speeches)),
    txt: encoder.encode(compilationText(speeches)),
    md: encoder.encode(
      compilationMarkdown(
        speeches.map((speech, i) => ({
          title: speech.title,
          subtitle: speech.subtitle,
          note: speech.partialNote,
          markdown: markdowns[i]!,
        })),
      ),
    ),
  };
  return downloadFormats.map((format) => ({
    format,
    path: `download/c/${compilation.slug}.${format}`,
    fileName: fileName(compilation.title, format),
    bytes: bytes[format],
  }));
}

const cache = new Map<string, Promise<DownloadFile[]>>();

function once(key: string, make: () => Promise<DownloadFile[]>): Promise<DownloadFile[]> {
  let files = cache.get(key);
  if (!files) {
    files = make();
    cache.set(key, files);
  }
  return files;
}

/** A speech's EPUB, text and Markdown in one script. */
export function speechDownloads(script: Script, speech: Speech): Promise<DownloadFile[]> {
  return once(`${script}/speech/${speech.slug}`, () => speechFiles(script, speech));
}

/** A compilation's EPUB, text and Markdown in one script: its speeches in order. */
export function compilationDownloads(
  script: Script,
  compilation: Compilation<Speech>,
): Promise<DownloadFile[]> {
  return once(`${script}/compilation/${compilation.slug}`, () =>
    compilationFiles(script, compilation),
  );
}

/** Every download of the site, with the script it is in, for the endpoints' getStaticPaths. */
export async function allDownloads(
  kind: 'speech' | 'compilation',
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
  const labels: Record<DownloadFormat, string> = {
    epub: t.downloadEpub,
    txt: t.downloadText,
    md: t.downloadMarkdown,
  };
  return files.map((file) => ({
    href: pageHref(script, file.path),
    fileName: file.fileName,
    label: labels[file.format],
    size: `${Math.max(1, Math.round(file.bytes.length / 1024))} KB`,
    type: mediaType(file.format).replace(/;.*$/u, ''),
  }));
}
