/**
 * What the service worker stores at install and what it stores as it is
 * used. Below `precacheLimitBytes` of site, everything is precached, so a
 * reader who opened the site once can open any page and search everything
 * offline. Above it, only the site's shell is: the home page and its list
 * pages, the search page, the site-wide print and source pages, the code
 * and styles, the manifests and the variant table. The pages of each
 * speech and compilation, the search's shards, chunks and titles and the
 * downloads are kept as they are fetched, so a reader keeps what they read
 * and installing never costs more than the shell (the pages alone were
 * 1.4 GB at 10,000 speeches).
 */

/** 10 MiB: the two-speech site is 0.9 MB; about 40 speeches fit. */
export const precacheLimitBytes = 10 * 1024 * 1024;

/**
 * Files kept as used above the limit, relative to the site's base: a
 * speech's or a compilation's pages (speech-N/, c/<slug>/), the gram
 * shards, text chunks and title groups of the search, and downloads. A
 * regular expression's source, because the service worker tests it too.
 */
export const cachedAsUsed = String.raw`^(?:zh-hant/)?(?:speech-\d+|c|search-data/(?:grams|text|titles)|download)/`;

/** Never cached: the headers file (for the host, not the browser), the worker itself and the sitemaps (for crawlers). */
export const neverCached = String.raw`^(?:_headers|sw\.js|sitemap-[^/]*\.xml)$`;

export interface SiteFile {
  /** Relative to dist/, e.g. "speech-1/index.html". */
  url: string;
  bytes: number;
}

export interface PrecachePlan<F extends SiteFile> {
  precache: F[];
  /** Fetched from the network and kept once used (empty below the limit). */
  asUsed: F[];
  /** The bytes of every file that may be cached, together. */
  totalBytes: number;
}

export function precachePlan<F extends SiteFile>(
  files: readonly F[],
  limit = precacheLimitBytes,
): PrecachePlan<F> {
  const never = new RegExp(neverCached, 'u');
  const cached = files.filter((file) => !never.test(file.url));
  const totalBytes = cached.reduce((sum, file) => sum + file.bytes, 0);
  if (totalBytes <= limit) return { precache: cached, asUsed: [], totalBytes };
  const pattern = new RegExp(cachedAsUsed, 'u');
  return {
    precache: cached.filter((file) => !pattern.test(file.url)),
    asUsed: cached.filter((file) => pattern.test(file.url)),
    totalBytes,
  };
}
