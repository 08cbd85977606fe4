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
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Each compilation's page, its print edition and its source notes. */
const compilationPaths = readCompilations().flatMap(({ path }) => [
  path,
  `${path}print/`,
  `${path}source/`,
]);
const paths = [
  '',
  'print/',
  'source/',
  'search/?q=两个健康',
  ...readSpeeches().map((speech) => `${speech.slug}/`),
  ...compilationPaths,
];

/** Every A and AA tag axe-core 4.14 has, and its best practices. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Desktop, then the narrowest phone (WCAG 1.4.10 reflow): the layout, and so contrast, focus and targets, change. */
const widths = [1280, 320];

for (const prefix of ['/', '/zh-hant/']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of paths) {
      test(`axe finds no violations at ${widths.join(' and ')} px: ${prefix}${path} (${colorScheme})`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        for (const width of widths) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${prefix}${path}`);
          await page.waitForLoadState('networkidle');
          const results = await new AxeBuilder({ page, axeSource }).withTags(tags).analyze();
          expect(
            results.violations.map(
              ({ id, nodes }) =>
                `${width} px ${id}: ${nodes.map((node) => node.target).join(', ')}`,
            ),
          ).toEqual([]);
        }
      });
    }
  }
}

test('axe knows no A or AA tag beyond those run above', async ({ page }) => {
  // A blank page: the site's policy would rightly refuse axe as an inline script.
  await page.goto('about:blank');
  await page.addScriptTag({ content: axeSource });
  const known = await page.evaluate(() => {
    const axe = (window as unknown as { axe: { getRules(): { tags: string[] }[] } }).axe;
    return [...new Set(axe.getRules().flatMap((rule) => rule.tags))]
      .filter((tag) => /^wcag\d+a{1,2}$/u.test(tag))
      .sort();
  });
  expect(known).toEqual(tags.filter((tag) => tag.startsWith('wcag')).sort());
});
