import type { Compilation } from '../archive/compilations.ts';
import type { KeptDownload } from '../archive/edition-cache.ts';
import { downloadsOf, loadCompilations, loadSpeeches, type Speech } from '../archive/speeches.ts';
import { type Script, scripts } from '../i18n/scripts.ts';
import { ui } from '../i18n/ui.ts';
import { pageHref } from '../routing/links.ts';
import type { DownloadFormat } from './format.ts';
import { downloadFormats } from './formats/index.ts';

/*
 * The downloads of every speech and compilation, as the edition pool built
 * them (src/editions/compile.ts: every format from the same edition, the
 * speeches as the pages render them and the generated Markdown itself) and
 * keeps them, in files of its cache: the endpoints serve those bytes, the
 * pages print their sizes.
 */

export interface DownloadFile extends KeptDownload {
  format: DownloadFormat;
}

function withFormats(files: readonly KeptDownload[]): DownloadFile[] {
  return files.map((file) => {
    const format = downloadFormats.find((candidate) => candidate.extension === file.extension);
    if (!format)
      throw new Error(
        `${file.path}: no download format for ".${file.extension}": expected one of src/downloads/formats/index.ts`,
      );
    return { ...file, format };
  });
}

/** A speech's downloads in one script, one file per format. */
export async function speechDownloads(script: Script, speech: Speech): Promise<DownloadFile[]> {
  return withFormats((await downloadsOf(speech.slug))[script]);
}

/** A compilation's downloads in one script: its speeches in order. */
export async function compilationDownloads(
  script: Script,
  compilation: Compilation<Speech>,
): Promise<DownloadFile[]> {
  return withFormats((await downloadsOf(`c/${compilation.slug}`))[script]);
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
  return files.map((file) => ({
    href: pageHref(script, file.path),
    fileName: file.fileName,
    label: t[file.format.label],
    size: `${Math.max(1, Math.round(file.size / 1024))} KB`,
    type: file.format.mediaType.replace(/;.*$/u, ''),
  }));
}
