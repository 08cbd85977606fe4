/**
 * What the service worker stores at install and what it stores as it is
 * used. Every page (speech, print, list, search) is always in the precache,
 * so a reader who opened the site once can open any of them offline. The
 * search data and downloads grow with the archive; while the whole site is
 * at most `precacheLimitBytes`, they are precached too, so that the search
 * works offline over everything. Above it they are kept as they are fetched,
 * so installing never costs more than the pages and the files they load.
 */

/** 10 MiB: the two-speech site is 0.9 MB; about 40 speeches fit. */
export const precacheLimitBytes = 10 * 1024 * 1024;

/**
 * Files kept as used above the limit, relative to the site's base: the
 * gram shards, text chunks and title groups of the search, and downloads.
 * A regular expression's source, because the service worker tests it too.
 */
export const cachedAsUsed = String.raw`^(?:zh-hant/)?(?:search-data/(?:grams|text|titles)|download)/`;

/** Never cached: the headers file (for the host, not the browser) and the worker itself. */
export const neverCached = ['_headers', 'sw.js'] as const;

export interface SiteFile {
  /** Relative to dist/, e.g. "speech-1/index.html". */
  url: string;
  bytes: number;
}

export interface PrecachePlan<F extends SiteFile> {
  precache: F[];
  /** Fetched from the network and kept once used (empty below the limit). */
  asUsed: F[];
  /** Every file's bytes together. */
  totalBytes: number;
}

export function precachePlan<F extends SiteFile>(
  files: readonly F[],
  limit = precacheLimitBytes,
): PrecachePlan<F> {
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  if (totalBytes <= limit) return { precache: [...files], asUsed: [], totalBytes };
  const pattern = new RegExp(cachedAsUsed, 'u');
  return {
    precache: files.filter((file) => !pattern.test(file.url)),
    asUsed: files.filter((file) => pattern.test(file.url)),
    totalBytes,
  };
}
