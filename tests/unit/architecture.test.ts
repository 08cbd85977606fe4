import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

/*
 * The layers of src/, lowest first (README, *How it works*). A module may
 * import from its own folder and from folders in lower layers, never from a
 * folder beside it or above it, so each folder can be read, tested and
 * replaced knowing only what lies below it.
 */
const layers: readonly (readonly string[])[] = [
  ['ingest', 'threads', 'cache'],
  ['schemas'],
  ['i18n'],
  ['render'],
  ['archive'],
  ['routing'],
  ['search', 'citation', 'downloads', 'offline'],
  ['editions'],
  ['integrations'],
  ['enhance'],
  ['styles'],
  ['components'],
  ['layouts'],
  ['pages', '(root)'],
];

/*
 * Code that runs in the reader's browser. It may import only other browser
 * code and the plain type of a script, never build-time modules (Astro's
 * content layer, OpenCC, Node's built-ins): they would not run there, or
 * would ship hundreds of kilobytes.
 */
const browserCode = [
  'search/core/',
  'search/browser/',
  'citation/browser/',
  'enhance/',
  'citation/bibtex.ts',
  'citation/cited-work.ts',
  'citation/csl.ts',
  'citation/gbt7714.ts',
  'citation/text-fragment.ts',
];
const browserAlsoMay = ['i18n/scripts.ts'];
const buildOnlyPackages =
  /^(?:astro(?::|\/|$)|node:|opencc-js$|hast-util-|unified$|remark-|rehype-)/u;

const src = resolve(import.meta.dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(?:ts|astro)$/u.test(entry.name) ? [path] : [];
  });
}

/** Every import specifier in a file: static, side-effect and dynamic imports, and re-exports. */
function specifiers(text: string): string[] {
  const found = text.matchAll(
    /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/gu,
  );
  return [...found].map((match) => (match[1] ?? match[2] ?? match[3])!);
}

const folder = (path: string): string => {
  const parts = relative(src, path).split(sep);
  return parts.length > 1 ? parts[0]! : '(root)';
};
const rank = (name: string): number => layers.findIndex((layer) => layer.includes(name));
const inside = (path: string, prefixes: readonly string[]): boolean =>
  prefixes.some((prefix) => relative(src, path).split(sep).join('/').startsWith(prefix));

const imports = sources(src).flatMap((file) =>
  specifiers(readFileSync(file, 'utf8')).map((specifier) => ({
    file,
    specifier,
    target: specifier.startsWith('.') ? resolve(dirname(file), specifier) : null,
  })),
);

test('every folder of src/ has a layer', () => {
  const folders = new Set(sources(src).map(folder));
  assert.deepEqual(
    [...folders].filter((name) => rank(name) === -1),
    [],
  );
});

test('imports between the folders of src/ only point down the layers', () => {
  const upward = imports.flatMap(({ file, target }) => {
    if (!target?.startsWith(src + sep)) return [];
    const [from, to] = [folder(file), folder(target)];
    if (from === to || rank(to) < rank(from)) return [];
    return [`${relative(src, file)} → ${relative(src, target)}`];
  });
  assert.deepEqual(upward, []);
});

test('browser code imports only browser code', () => {
  const browserFiles = imports.filter(({ file }) => inside(file, browserCode));
  assert.ok(browserFiles.length > 20, 'the browser modules were found');
  const wrong = browserFiles.flatMap(({ file, specifier, target }) => {
    const ok = target
      ? inside(target, [...browserCode, ...browserAlsoMay])
      : !buildOnlyPackages.test(specifier);
    return ok ? [] : [`${relative(src, file)} → ${specifier}`];
  });
  assert.deepEqual(wrong, []);
});
