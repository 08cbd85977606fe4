import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site. Tests under tests/dist/ read it after `npm run build`. */
export const distDir = new URL('../../dist/', import.meta.url).pathname;

export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run "npm run build" before these tests`);
  }
}

/** Every file under dist/, as paths relative to it. */
export function distFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? distFiles(path) : [relative(distDir, path)];
  });
}

/** The HTML pages of the site, as paths relative to dist/ (e.g. "speech-1/index.html"). */
export function htmlPages(): string[] {
  return distFiles().filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

export function readDist(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

/** Maps a site URL path ("/speech-1/", "/_astro/x.css") to its file under dist/. */
export function fileForUrl(url: string): string {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!).replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
