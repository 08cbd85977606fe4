import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { deploymentFromEnv } from '../../src/routing/deployment.ts';

/**
 * The built site. Tests under tests/dist/ read it after `npm run build`;
 * DIST_DIR points them at another build (the BASE_PATH one, scripts/test-base-path.ts).
 */
export const distDir = process.env.DIST_DIR
  ? `${resolve(process.env.DIST_DIR)}/`
  : new URL('../../dist/', import.meta.url).pathname;

/** The path the site is served under (BASE_PATH, as the build read it): "/" or "/speeches/". */
export const basePath = deploymentFromEnv(process.env).base;

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
  return distFiles().filter((file) => file.endsWith('.html'));
}

export function readDist(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

/** Maps a site URL path ("/speech-1/", "/_astro/x.css", under the base path) to its file under dist/. */
export function fileForUrl(url: string): string {
  const pathname = decodeURIComponent(url.split(/[?#]/)[0]!);
  if (!pathname.startsWith(basePath))
    throw new Error(`${url} is outside the base path ${basePath}`);
  const path = pathname.slice(basePath.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** "speech-1/index.html" → "/speech-1/" (under the base path), the URL a page is served at. */
export function urlOfPage(file: string): string {
  return `${basePath}${file}`.replace(/index\.html$/u, '');
}
