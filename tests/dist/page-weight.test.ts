import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { deploymentFromEnv } from '../../src/routing/deployment.ts';
import { distFiles, fileForUrl, htmlPages, readDist, requireDist } from '../support/dist.ts';
import { readSpeeches } from '../support/speech-text.ts';

/** The first view of a reading page: HTML, CSS and JS, gzipped. */
const budgetBytes = 20 * 1024;

before(requireDist);

/** Script and stylesheet URLs a page loads before anyone interacts with it. */
function firstViewAssets(html: string): string[] {
  const urls = [
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ].map((match) => match[1]!);
  // Follow static imports of those scripts; dynamic import() is loaded on intent and not counted.
  const seen = new Set<string>();
  const queue = [...urls];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    if (!url.endsWith('.js')) continue;
    const code = readDist(fileForUrl(url));
    for (const match of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["']([^"']+)["']/g,
    )) {
      queue.push(new URL(match[1]!, `http://site${url}`).pathname);
    }
  }
  return [...seen];
}

function gzipped(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

interface FirstView {
  file: string;
  total: number;
  html: number;
  assets: string[];
}

/** Assets are shared by many pages: each is read and gzipped once. */
const assetBytes = new Map<string, number>();

function firstView(file: string): FirstView {
  const html = readDist(file);
  const assets = firstViewAssets(html);
  const sizes = assets.map((url) => {
    let bytes = assetBytes.get(url);
    if (bytes === undefined) assetBytes.set(url, (bytes = gzipped(readDist(fileForUrl(url)))));
    return bytes;
  });
  return {
    file,
    html: gzipped(html),
    assets,
    total: gzipped(html) + sizes.reduce((sum, bytes) => sum + bytes, 0),
  };
}

function assertWithinBudget(view: FirstView): void {
  assert.ok(
    view.assets.some((url) => url.endsWith('.css')),
    `expected ${view.file} to load its stylesheet`,
  );
  assert.ok(
    view.total <= budgetBytes,
    `first view of ${view.file} is ${view.total} bytes gzipped, over the ${budgetBytes}-byte budget`,
  );
}

const longest = readSpeeches().sort(
  (a, b) => b.paragraphs.join('').length - a.paragraphs.join('').length,
)[0]!;

for (const prefix of ['', 'zh-hant/']) {
  test(`first view of the longest speech (${prefix}${longest.slug}) is at most 20 KB gzipped`, (t) => {
    const view = firstView(`${prefix}${longest.slug}/index.html`);
    t.diagnostic(
      `first view: ${view.total} bytes gzipped (HTML ${view.html}, ${view.assets.length} assets)`,
    );
    assertWithinBudget(view);
  });
}

/**
 * A collated speech also carries its 校勘记 and marks; the committed archive
 * has none, so this runs on the collated build of tests/e2e/apparatus.spec.ts.
 */
for (const prefix of ['', 'zh-hant/']) {
  const collated = readSpeeches()
    .map((speech) => `${prefix}${speech.slug}/index.html`)
    .filter((file) => readDist(file).includes('data-variants-all'));
  if (collated.length === 0) continue;
  test(`first view of every collated speech (${prefix || '/'}, ${collated.length}) is at most 20 KB gzipped`, (t) => {
    for (const view of collated.map(firstView)) {
      t.diagnostic(
        `${view.file}: ${view.total} bytes gzipped (HTML ${view.html}, ${view.assets.length} assets)`,
      );
      assertWithinBudget(view);
    }
  });
}

/**
 * Every page that lists what the archive holds grows with it unless it is
 * paginated; each kind is measured on all its pages, whatever the size of
 * the archive built (`npm run bench:scale` builds large ones).
 */
const listKinds = [
  { kind: 'the home page', path: /^index\.html$/u },
  { kind: 'pages of the list of compilations', path: /^page\/\d+\/index\.html$/u },
  { kind: 'compilation pages', path: /^c\/[^/]+\/index\.html$/u },
  { kind: 'further pages of a compilation', path: /^c\/[^/]+\/page\/\d+\/index\.html$/u },
] as const;

const pages = htmlPages();

for (const prefix of ['', 'zh-hant/']) {
  for (const { kind, path } of listKinds) {
    const files = pages.filter(
      (file) => file.startsWith(prefix) && path.test(file.slice(prefix.length)),
    );
    if (files.length === 0) continue;
    test(`first view of ${kind} (${prefix || '/'}, ${files.length}) is at most 20 KB gzipped on every one`, (t) => {
      const views = files.map(firstView).sort((a, b) => b.total - a.total);
      const heaviest = views[0]!;
      t.diagnostic(
        `heaviest: ${heaviest.file}, ${heaviest.total} bytes gzipped (HTML ${heaviest.html}, ${heaviest.assets.length} assets)`,
      );
      for (const view of views) assertWithinBudget(view);
    });
  }
}

test('no font files are shipped', () => {
  const fonts = distFiles().filter((file) => /\.(?:woff2?|ttf|otf|eot)$/i.test(file));
  assert.deepEqual(fonts, []);
});

/**
 * A page names its own absolute address (canonical and hreflang links) on the
 * deployed origin; those are identifiers, never fetched. Anything else
 * absolute would be a request to another origin.
 */
const ownAddress = new RegExp(
  `<link rel="(?:canonical|alternate)"(?: hreflang="[^"]+")? href="${deploymentFromEnv(process.env).site.replace(/[.]/gu, '\\.')}/[^"]*">`,
  'gu',
);

test('no page or stylesheet refers to another origin', () => {
  const offenders = distFiles()
    .filter((file) => /\.(?:html|css)$/.test(file))
    .flatMap((file) =>
      [
        ...readDist(file)
          .replace(ownAddress, '')
          .matchAll(
            /(?:src|href|action)="((?:https?:)?\/\/[^"]*)"|url\(\s*["']?((?:https?:)?\/\/[^)"']*)/g,
          ),
      ].map((match) => `${file}: ${match[1] ?? match[2]}`),
    );
  assert.deepEqual(offenders, []);
});
