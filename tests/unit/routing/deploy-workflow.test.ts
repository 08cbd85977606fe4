import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';

/**
 * The GitHub Pages workflow feeds the build the address Pages serves the
 * site at; if its variable names drift from what astro.config.mjs reads, the
 * published site's canonical links and sitemap silently point elsewhere.
 */
interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const workflow = parse(
  readFileSync(new URL('../../../.github/workflows/deploy.yml', import.meta.url), 'utf8'),
) as {
  jobs: Record<string, { steps: Step[]; needs?: string }>;
};
const steps = workflow.jobs.build!.steps;

test('the build step gets SITE_URL and BASE_PATH from configure-pages', () => {
  const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
  assert.ok(pages?.id, 'configure-pages has an id to read its outputs by');
  const build = steps.find((step) => step.uses?.startsWith('withastro/action@'));
  assert.deepEqual(build?.env, {
    SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
    BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}`,
  });
});

test('the build runs the project’s own build script (ingest, astro build, index)', () => {
  const build = steps.find((step) => step.uses?.startsWith('withastro/action@'));
  // withastro/action runs `npm run build` unless build-cmd says otherwise; out-dir defaults to dist.
  assert.equal(build?.with?.['build-cmd'], undefined);
  assert.equal(build?.with?.['out-dir'], undefined);
  const scripts = (
    JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  assert.match(scripts.build!, /^npm run ingest && astro build/u);
});

test('deployment waits for the build', () => {
  assert.equal(workflow.jobs.deploy?.needs, 'build');
  assert.ok(
    workflow.jobs.deploy?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')),
  );
});
