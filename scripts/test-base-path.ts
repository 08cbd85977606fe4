/**
 * test:base: the site served under a sub-path (as a GitHub Pages project
 * site is) keeps every link, anchor, search hit, print page and asset
 * working. Builds a second copy with BASE_PATH=/speeches/ into
 * .build/base-path (dist/ is left alone), checks its files with the dist
 * tests that read links and addresses, then drives it in Chromium, served by
 * `astro preview` under /speeches/ (tests/base-path/).
 *
 * Run after `npm run build` (which ingests): it reuses content/speeches.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const outDir = '.build/base-path';
const env = { ...process.env, BASE_PATH: '/speeches/', OUT_DIR: outDir, DIST_DIR: outDir };

const steps: [string, string[]][] = [
  ['astro', ['build']],
  [
    'node',
    [
      '--test',
      'tests/dist/links.test.ts',
      'tests/dist/share.test.ts',
      'tests/dist/page-weight.test.ts',
      'tests/dist/offline.test.ts',
    ],
  ],
  ['playwright', ['test', '--config', 'tests/base-path/playwright.config.ts']],
];

rmSync(outDir, { recursive: true, force: true });
for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { env, stdio: 'inherit' });
  if (status !== 0) {
    process.stderr.write(
      `test:base: "${command} ${args.join(' ')}" failed with BASE_PATH=${env.BASE_PATH}\n`,
    );
    process.exit(status ?? 1);
  }
}
