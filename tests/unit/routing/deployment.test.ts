import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DeploymentError, deploymentFromEnv } from '../../../src/routing/deployment.ts';

describe('deploymentFromEnv', () => {
  const accepted: [string, Record<string, string>, { site: string; base: string }][] = [
    ['defaults to the local preview at the root', {}, { site: 'http://localhost:4321', base: '/' }],
    [
      'treats empty variables as unset',
      { SITE_URL: '', BASE_PATH: '' },
      { site: 'http://localhost:4321', base: '/' },
    ],
    [
      'keeps an https origin',
      { SITE_URL: 'https://speeches.example.org' },
      { site: 'https://speeches.example.org', base: '/' },
    ],
    [
      'drops the trailing slash of an origin',
      { SITE_URL: 'https://example.org/' },
      { site: 'https://example.org', base: '/' },
    ],
    [
      'gives a sub-path both slashes',
      { BASE_PATH: 'speeches' },
      { site: 'http://localhost:4321', base: '/speeches/' },
    ],
    [
      'keeps a GitHub Pages base_path',
      { SITE_URL: 'https://user.github.io', BASE_PATH: '/two-speeches' },
      { site: 'https://user.github.io', base: '/two-speeches/' },
    ],
    [
      'collapses doubled slashes',
      { BASE_PATH: '//a//b/' },
      { site: 'http://localhost:4321', base: '/a/b/' },
    ],
    [
      'reads a lone slash as the root',
      { BASE_PATH: '/' },
      { site: 'http://localhost:4321', base: '/' },
    ],
  ];
  for (const [behaviour, env, expected] of accepted) {
    it(behaviour, () => assert.deepEqual(deploymentFromEnv(env), expected));
  }

  const refused: [string, Record<string, string>, RegExp][] = [
    [
      'refuses a SITE_URL that is not a URL',
      { SITE_URL: 'example.org' },
      /^SITE_URL "example.org" is not a URL/u,
    ],
    [
      'refuses a SITE_URL of another scheme',
      { SITE_URL: 'ftp://example.org' },
      /must start with https:\/\/ or http:\/\//u,
    ],
    [
      'refuses a path inside SITE_URL',
      { SITE_URL: 'https://example.org/speeches/' },
      /put the path in BASE_PATH/u,
    ],
    [
      'refuses a query inside SITE_URL',
      { SITE_URL: 'https://example.org/?a=1' },
      /path, query or fragment/u,
    ],
    [
      'refuses a BASE_PATH that climbs',
      { BASE_PATH: '/a/../b/' },
      /^BASE_PATH "\/a\/..\/b\/" is not a plain path/u,
    ],
    ['refuses a BASE_PATH with a query', { BASE_PATH: '/a?x' }, /not a plain path/u],
    ['refuses a BASE_PATH with spaces inside', { BASE_PATH: '/my speeches/' }, /not a plain path/u],
  ];
  for (const [behaviour, env, message] of refused) {
    it(behaviour, () =>
      assert.throws(
        () => deploymentFromEnv(env),
        (error: unknown) => error instanceof DeploymentError && message.test(error.message),
      ),
    );
  }
});

describe('astro build with a bad SITE_URL', () => {
  it('stops before building, with one line naming the variable and what was expected', () => {
    const root = new URL('../../..', import.meta.url).pathname;
    const outDir = mkdtempSync(join(tmpdir(), 'bad-site-url-'));
    try {
      // process.execPath: the Node running the tests (the pinned one under npm), not whatever `node` is first on PATH.
      const result = spawnSync(process.execPath, [join(root, 'node_modules/.bin/astro'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, SITE_URL: 'example.org', OUT_DIR: outDir },
      });
      assert.equal(result.status, 1);
      assert.equal(
        result.stderr,
        'astro.config.mjs: SITE_URL "example.org" is not a URL: expected an origin such as https://example.org\n',
      );
      assert.deepEqual(readdirSync(outDir), []);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
