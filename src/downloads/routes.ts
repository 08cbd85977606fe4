import { readFileSync } from 'node:fs';
import type { APIContext } from 'astro';
import { allDownloads, type DownloadFile } from './files.ts';
import { routeParam } from '../routing/script-routes.ts';

interface DownloadPath {
  params: { script: string | undefined; file: string };
  props: { file: DownloadFile };
}

/** getStaticPaths for download/[file] (speeches) or download/c/[file] (compilations). */
export async function downloadPaths(kind: 'speech' | 'compilation'): Promise<DownloadPath[]> {
  return (await allDownloads(kind)).map(({ script, file }) => ({
    params: { script: routeParam[script], file: file.path.slice(file.path.lastIndexOf('/') + 1) },
    props: { file },
  }));
}

/** The file's bytes, as built for the page that links to it (kept in the edition cache). */
export function downloadResponse({ props }: APIContext<{ file: DownloadFile }>): Response {
  const { file } = props;
  return new Response(new Uint8Array(readFileSync(file.file)), {
    headers: { 'Content-Type': file.format.mediaType },
  });
}
