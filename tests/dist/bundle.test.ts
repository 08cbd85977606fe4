import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { distFiles, readDist, requireDist } from '../support/dist.ts';

before(requireDist);

/**
 * The document readers run at build time only (src/ingest/read/): a reader's
 * browser never downloads them. Each is known by a message it throws, a
 * string literal that survives minification.
 */
const buildOnly = [
  { library: 'pdfjs-dist', signature: 'Setting up fake worker' },
  { library: 'word-extractor', signature: 'Not a valid compound document' },
  { library: 'the ingest core', signature: 'no recognisable speech' },
];

test('no script the site serves holds a document reader or the ingest core', () => {
  const scripts = distFiles().filter((file) => /\.m?js$/u.test(file));
  assert.ok(scripts.length > 0, 'expected the build to ship scripts');
  const found = scripts.flatMap((file) => {
    const code = readDist(file);
    return buildOnly
      .filter(({ signature }) => code.includes(signature))
      .map(({ library }) => `${file}: ${library}`);
  });
  assert.deepEqual(found, []);
});
