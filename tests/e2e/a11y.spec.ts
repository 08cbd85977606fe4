import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readCompilations } from '../support/compilations.ts';
import { readSpeeches } from '../support/speech-text.ts';

/**
 * The project's own axe-core (a devDependency), not the older copy bundled
 * with @axe-core/playwright, in which label-content-name-mismatch (WCAG 2.5.3,
 * tagged wcag21a) is still experimental and never runs.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Each compilation's page, its print edition and its source notes. */
const compilationPaths = readCompilations().flatMap(({ path }) => [path, `${path}print/`, `${path}source/`]);
const paths = ['', 'print/', 'source/', 'search/?q=两个健康', ...readSpeeches().map((speech) => `${speech.slug}/`), ...compilationPaths];

for (const prefix of ['/', '/zh-hant/']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of paths) {
      test(`axe finds no violations: ${prefix}${path} (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${prefix}${path}`);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page, axeSource }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
      });
    }
  }
}
