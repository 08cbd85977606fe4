import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { freePort, type Preview, startPreview } from '../../scripts/lib/preview.ts';
import { makeWorkspace } from '../../scripts/lib/workspace.ts';
import { SEED_PATH } from '../support/ingest.ts';
import { witnessOf } from '../support/witnesses.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The seed and two copies from other sites: both change 进一步完善机制 (the
 * seed is outvoted there), one alone drops 进一步 before 规范商会建设 (it is
 * outvoted). Paragraphs 12 and 13 of the first speech.
 */
async function buildCollated(): Promise<string> {
  const dir = makeWorkspace(root, 'apparatus', ['content/raw', 'content/speeches']);
  const raw = join(dir, 'content', 'raw');
  mkdirSync(raw);
  const seed = readFileSync(SEED_PATH, 'utf8');
  copyFileSync(SEED_PATH, join(raw, '000_9a817715ca601c67.txt'));
  writeFileSync(
    join(raw, 'site-b.txt'),
    witnessOf(seed, [
      { find: '进一步完善机制', replace: '持续完善机制' },
      { find: '进一步规范商会建设', replace: '规范商会建设' },
    ]),
  );
  writeFileSync(
    join(raw, 'site-c.txt'),
    witnessOf(seed, [{ find: '进一步完善机制', replace: '持续完善机制' }]),
  );
  await run(process.execPath, ['scripts/ingest.ts'], { cwd: dir });
  await run(process.execPath, [join(dir, 'node_modules', '.bin', 'astro'), 'build'], { cwd: dir });
  return dir;
}

/**
 * Dist tests run on this build: every EPUB holds its page's text and, as
 * notes, its 校勘记 (epubcheck clean), the text and Markdown files are the
 * reading text alone, and each collated speech's first view, apparatus and
 * marks included, stays within its budget.
 */
async function checkDist(dir: string): Promise<void> {
  for (const file of ['tests/dist/downloads.test.ts', 'tests/dist/page-weight.test.ts']) {
    await run(process.execPath, ['--test', file], { cwd: dir }).catch(
      (error: Error & { stdout: string }) => {
        throw new Error(`${file} failed on the collated build:\n${error.stdout}`);
      },
    );
  }
}

test('a collated speech marks the paragraphs that have variants, shows their readings at the mark and lists every reading in its 校勘记, in both scripts, its EPUB as notes, and its citation names its witnesses', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const dir = await buildCollated();
  let preview: Preview | undefined;
  try {
    await checkDist(dir);
    // The noteref is the paragraph's only addition; the text file has the paragraph as the page reads it (below).
    const [epub, text] = ['speech-1.epub', 'speech-1.txt'].map((file) =>
      readFileSync(join(dir, 'dist', 'download', file)),
    );
    const chapter = strFromU8(unzipSync(epub!)['OEBPS/text/speech-1.xhtml']!);
    expect(chapter).toMatch(
      /持续完善机制[^<]*<a class="variant-mark" href="#v-p12" epub:type="noteref" role="doc-noteref" aria-label="第12段的异文">异<\/a><\/p>/u,
    );
    expect(chapter).toContain(
      '<li id="v-p12" epub:type="endnote"><p><a href="#p12" role="doc-backlink">第12段</a>：「持续」，000_9a817715ca601c67.txt作「进一步」。</p></li>',
    );
    preview = await startPreview(dir, { port: await freePort() });
    const { origin } = preview;
    await page.goto(`${origin}/speech-1/`);

    // The reading text is the majority's, and the mark adds nothing to it.
    await expect(page.locator('#p12')).toContainText('持续完善机制');
    await expect(page.locator('#p13')).toContainText('进一步规范商会建设');
    expect(await page.locator('#p12').innerText()).not.toContain('异');
    expect(strFromU8(text!).split('\n\n')).toContain(await page.locator('#p12').innerText());
    expect(strFromU8(text!)).not.toContain('校勘记');
    const marks = page.locator('.speech-body a.variant-mark');
    await expect(marks).toHaveCount(2);
    await expect(marks.nth(0)).toHaveAttribute('href', '#v-p12');
    await expect(marks.nth(0)).toHaveAccessibleName('第12段的异文');

    const apparatus = page.locator('section.apparatus');
    await expect(apparatus.getByRole('heading', { name: '校勘记' })).toBeVisible();
    await expect(apparatus.locator('li')).toHaveText([
      '第12段：「持续」，000_9a817715ca601c67.txt作「进一步」。',
      '第13段：site-b.txt无「进一步」。',
    ]);
    await expect(apparatus.locator('#v-p12 a')).toHaveAttribute('href', '#p12');

    // The citation names this site's edition and the files it was collated from, in every format.
    const witnesses = '据 3 个文件校订：000_9a817715ca601c67.txt、site-b.txt、site-c.txt';
    // The site's own address once it is configured, as cite.spec.ts reads it.
    const publicUrl = await page
      .locator('meta[name="citation_public_url"]')
      .getAttribute('content');
    const url = new URL(publicUrl!, origin).href;
    await page.locator('[data-cite] > summary').click();
    const built = /\d{4}-\d{2}-\d{2}/u.exec(
      (await page.locator('[data-cite-note]').textContent())!,
    )![0];
    await expect(page.locator('[data-cite-text="gbt7714"]')).toHaveText(
      `关于实现疫情防控和经济社会发展“双胜利”的工作讲话[EB/OL]. 讲话稿合编[${built}]. ${url}. ${witnesses}。`,
    );
    await expect(page.locator('[data-cite-text="bibtex"]')).toContainText(
      `  note = {${witnesses.replace('_', '\\_')}},\n}`,
    );
    await expect(page.locator('[data-cite-text="csl"]')).toContainText(
      `"language": "zh-Hans",\n    "note": "${witnesses}"\n  }`,
    );
    await page.locator('[data-cite] > summary').click();

    // With script, the mark shows the paragraph's readings where the reader is, from the keyboard too.
    await marks.nth(0).focus();
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: '第12段的异文' });
    await expect(popover).toBeVisible();
    await expect(popover).toBeFocused();
    await expect(popover).toContainText('「持续」，000_9a817715ca601c67.txt作「进一步」');
    await expect(page).not.toHaveURL(/#v-p12$/);
    await expect(marks.nth(0)).toHaveAttribute('aria-expanded', 'true');
    const opened = await new AxeBuilder({ page, axeSource }).withTags(tags).analyze();
    expect(opened.violations.map(({ id }) => id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(marks.nth(0)).toBeFocused();
    await expect(marks.nth(0)).toHaveAttribute('aria-expanded', 'false');

    // Its link leads on to the 校勘记, and the item's link leads back.
    await marks.nth(0).click();
    await popover.getByRole('link', { name: '看全篇校勘记' }).click();
    await expect(popover).toBeHidden();
    await expect(page).toHaveURL(/#v-p12$/);
    await apparatus.locator('#v-p12 a').click();
    await expect(page).toHaveURL(/#p12$/);

    const results = await new AxeBuilder({ page, axeSource }).withTags(tags).analyze();
    expect(results.violations.map(({ id }) => id)).toEqual([]);

    // Without script the mark is the link down to the readings.
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${origin}/speech-1/`);
    await plain.locator('.speech-body a.variant-mark').first().click();
    await expect(plain).toHaveURL(/#v-p12$/);
    await plain.close();

    // The compilation's source page reports every file collated into it, and what each differs by.
    await page.goto(`${origin}/c/000-9a817715ca601c67/source/`);
    const collated = (file: string) =>
      page
        .locator('section', { has: page.locator('code', { hasText: file }) })
        .locator('h3:text-is("校勘") + ul li');
    await expect(collated('site-b.txt')).toHaveText([
      /^关于实现疫情防控.*：与另外 2 个文件中的同一篇合校，本文件有 1 处读法正文未采用/u,
      /^关于推进工会工作.*：与另外 2 个文件中的同一篇合校，本文件有 0 处读法正文未采用/u,
    ]);
    await expect(collated('000_9a817715ca601c67.txt').first()).toContainText('本文件有 1 处');
    await expect(collated('site-c.txt').first()).toContainText('本文件有 0 处');
    const sourceResults = await new AxeBuilder({ page, axeSource }).withTags(tags).analyze();
    expect(sourceResults.violations.map(({ id }) => id)).toEqual([]);

    // Printed, the mark names its paragraph; copies that agree throughout say so.
    await page.goto(`${origin}/speech-1/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await marks
      .nth(0)
      .evaluate((mark) => getComputedStyle(mark, '::after').content);
    expect(printed).toBe('"12"');
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${origin}/speech-2/`);
    await expect(page.locator('section.apparatus p')).toHaveText(
      '本篇由 3 个文件中的同一篇讲话校订而成：000_9a817715ca601c67.txt、site-b.txt、site-c.txt。各文件的文字没有不同之处。',
    );
    await expect(page.locator('section.apparatus li')).toHaveCount(0);

    // The print edition gives each collated speech its 校勘记 as notes after it, its ids the speech's own.
    await page.goto(`${origin}/c/000-9a817715ca601c67/print/`);
    const notes = page.locator('section.apparatus');
    await expect(notes).toHaveCount(2);
    await expect(notes.nth(0).getByRole('heading', { level: 3, name: '校勘记' })).toBeVisible();
    await expect(notes.nth(0).locator('li').first()).toHaveAttribute('id', 'speech-1-v-p12');
    await expect(notes.nth(0).locator('li a').first()).toHaveAttribute('href', '#speech-1-p12');
    await expect(page.locator('#speech-1-p12 a.variant-mark')).toHaveAttribute(
      'href',
      '#speech-1-v-p12',
    );
    const printResults = await new AxeBuilder({ page, axeSource }).withTags(tags).analyze();
    expect(printResults.violations.map(({ id }) => id)).toEqual([]);

    await page.goto(`${origin}/zh-hant/speech-1/`);
    await expect(page.locator('section.apparatus li').first()).toHaveText(
      '第12段：「持續」，000_9a817715ca601c67.txt作「進一步」。',
    );
    // The citation names the files too, in the page's script, once filled in for today as well.
    await page.locator('[data-cite] > summary').click();
    await expect(page.locator('[data-cite-note]')).toContainText('今天');
    await expect(page.locator('[data-cite-text="gbt7714"]')).toHaveText(
      /\/zh-hant\/speech-1\/\. 據 3 個文件校訂：000_9a817715ca601c67\.txt、site-b\.txt、site-c\.txt。$/u,
    );
  } finally {
    await preview?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
