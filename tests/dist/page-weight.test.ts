import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { distFiles, fileForUrl, readDist, requireDist } from '../support/dist.ts';
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
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["']([^"']+)["']/g)) {
      queue.push(new URL(match[1]!, `http://site${url}`).pathname);
    }
  }
  return [...seen];
}

function gzipped(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

const longest = readSpeeches().sort((a, b) => b.paragraphs.join('').length - a.paragraphs.join('').length)[0]!;

for (const prefix of ['', 'zh-hant/']) {
  test(`first view of the longest speech (${prefix}${longest.slug}) is at most 20 KB gzipped`, (t) => {
    const html = readDist(`${prefix}${longest.slug}/index.html`);
    const assets = firstViewAssets(html);
    const total = gzipped(html) + assets.reduce((sum, url) => sum + gzipped(readDist(fileForUrl(url))), 0);
    t.diagnostic(`first view: ${total} bytes gzipped (HTML ${gzipped(html)}, ${assets.length} assets)`);
    assert.ok(assets.some((url) => url.endsWith('.css')), 'expected the page to load its stylesheet');
    assert.ok(total <= budgetBytes, `first view is ${total} bytes gzipped, over the ${budgetBytes}-byte budget`);
  });
}

test('no font files are shipped', () => {
  const fonts = distFiles().filter((file) => /\.(?:woff2?|ttf|otf|eot)$/i.test(file));
  assert.deepEqual(fonts, []);
});

test('no page or stylesheet refers to another origin', () => {
  const offenders = distFiles()
    .filter((file) => /\.(?:html|css)$/.test(file) && !file.startsWith('pagefind/'))
    .flatMap((file) =>
      [...readDist(file).matchAll(/(?:src|href|action)="((?:https?:)?\/\/[^"]*)"|url\(\s*["']?((?:https?:)?\/\/[^)"']*)/g)].map(
        (match) => `${file}: ${match[1] ?? match[2]}`,
      ),
    );
  assert.deepEqual(offenders, []);
});
