import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { readCompilations } from '../support/compilations.ts';
import {
  onlyHeadingsVisible,
  pagesEndingOnHeading,
  printedPages as rasterised,
} from '../support/printed-pages.ts';
import { readSpeeches, squeeze } from '../support/speech-text.ts';

const speeches = readSpeeches();

/** Prints the page to PDF as Chromium does for a reader, and returns its text page by page. */
async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, pdf);
  // pdftotext separates pages with a form feed.
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1);
}

/** The page number line ("2 / 5") that the @page margin box prints on every page. */
const pageNumber = /^\s*(\d+)\s*\/\s*(\d+)\s*$/m;

/** The printed text without the page-number lines, which fall inside paragraphs split across pages. */
function body(pages: string[]): string {
  return squeeze(pages.map((printed) => printed.replace(pageNumber, '')).join(''));
}

/** What the site around the text says: none of it belongs on paper. */
const chrome = [
  '搜索',
  '目录',
  '上一篇',
  '下一篇',
  '繁體',
  '首页',
  '打印版',
  '来源与校勘说明',
  '跳到正文',
  '收录于',
];

for (const speech of speeches) {
  test(`printing ${speech.slug} gives the whole speech and none of the site`, async ({ page }) => {
    await page.goto(`/${speech.slug}/`);
    const pages = await printedPages(page);
    const text = body(pages);
    expect(text).toContain(squeeze(speech.title));
    for (const paragraph of speech.paragraphs) expect(text).toContain(squeeze(paragraph));
    for (const word of chrome) expect(text, word).not.toContain(word);
    expect(text).toContain(`/${speech.slug}/`);
    // Every page is numbered "n / total" by the @page margin box, and none is blank.
    for (const [i, printed] of pages.entries()) {
      expect(pageNumber.exec(printed)?.slice(1)).toEqual([String(i + 1), String(pages.length)]);
      expect(squeeze(printed.replace(pageNumber, '')).length).toBeGreaterThan(20);
    }
  });
}

for (const speech of speeches) {
  test(`printing ${speech.slug} ends no page on a section heading`, async ({ page }) => {
    await page.goto(`/${speech.slug}/`);
    await page.emulateMedia({ media: 'print' });
    const pages = rasterised(await page.pdf({ preferCSSPageSize: true }));
    await page.evaluate(onlyHeadingsVisible);
    const headings = rasterised(await page.pdf({ preferCSSPageSize: true }));
    // The page number sits in the 20 mm bottom margin, below any heading.
    expect(pagesEndingOnHeading(pages, headings, 20)).toEqual([]);
  });
}

/**
 * Each compilation's edition holds its own speeches and no other, each from
 * a new page; with one compilation in the archive /print/ is that edition.
 */
const compilations = readCompilations();
const editions = [
  ...compilations.map((compilation) => ({ url: `/${compilation.path}print/`, compilation })),
  ...(compilations.length === 1 ? [{ url: '/print/', compilation: compilations[0]! }] : []),
];

for (const { url, compilation } of editions) {
  test(`the print edition at ${url} holds its compilation's speeches, each from a new page`, async ({
    page,
  }) => {
    await page.goto(url);
    const pages = await printedPages(page);
    const all = body(pages);
    for (const speech of compilation.speeches) {
      for (const paragraph of speech.paragraphs) expect(all).toContain(squeeze(paragraph));
    }
    for (const speech of compilation.speeches.slice(1)) {
      expect(
        pages.findIndex((printed) => squeeze(printed).startsWith(squeeze(speech.title))),
        speech.title,
      ).toBeGreaterThan(0);
    }
    const others = speeches.filter(
      (speech) => !compilation.speeches.some((own) => own.slug === speech.slug),
    );
    for (const speech of others)
      expect(all, speech.title).not.toContain(squeeze(speech.paragraphs[1]!));
    for (const word of chrome) expect(all, word).not.toContain(word);
  });

  test(`the print edition at ${url} has a print button`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('button', { name: '打印全文' })).toBeVisible();
  });
}
