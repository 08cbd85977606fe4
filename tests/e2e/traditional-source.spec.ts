import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { freePort, type Preview, startPreview } from '../../scripts/lib/preview.ts';
import { makeWorkspace } from '../../scripts/lib/workspace.ts';
import { readSpeeches } from '../support/speech-text.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
/** The committed archive's first speech, Simplified, as its pages show it. */
const [speech] = readSpeeches();
/** The seed in Traditional characters, as a Taiwan site carries it (tests/fixtures/make-fixtures.ts). */
const source = join(root, 'tests', 'fixtures', 'traditional', 'input.txt');

/** A copy of the project whose only raw file is the Traditional source, ingested and built. */
async function buildTraditional(): Promise<string> {
  const dir = makeWorkspace(root, 'traditional-source', ['content/raw', 'content/speeches']);
  mkdirSync(join(dir, 'content', 'raw'));
  copyFileSync(source, join(dir, 'content', 'raw', 'traditional.txt'));
  await run(process.execPath, ['scripts/ingest.ts'], { cwd: dir });
  await run(process.execPath, [join(dir, 'node_modules', '.bin', 'astro'), 'build'], { cwd: dir });
  return dir;
}

/** The speech's second paragraph in the source's own characters, read from the Markdown ingest wrote. */
function sourceParagraph(dir: string): string {
  const markdown = readFileSync(join(dir, 'content', 'speeches', `${speech!.slug}.md`), 'utf8');
  if (!/^sourceScript: hant$/mu.test(markdown))
    throw new Error(`${speech!.slug}.md: expected sourceScript: hant in its front matter`);
  return markdown.split('\n\n')[2]!;
}

test('a Traditional source: its own characters on the Traditional pages, the Simplified pages converted from them, search exact in both', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dir = await buildTraditional();
  let preview: Preview | undefined;
  try {
    const traditional = sourceParagraph(dir);
    preview = await startPreview(dir, { port: await freePort() });
    const { origin } = preview;

    await page.goto(`${origin}/zh-hant/${speech!.slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    expect(await page.locator('#p2').innerText()).toBe(traditional);
    await expect(page.locator('.speech-script')).toHaveText('原文為繁體字。');

    await page.goto(`${origin}/${speech!.slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    // The Simplified page is the seed's text again: t2s alone undoes what the Taiwan site did.
    expect(await page.locator('#p2').innerText()).toBe(speech!.paragraphs[1]);
    await expect(page.locator('.speech-script')).toHaveText('原文为繁体字。本页由 OpenCC 转换。');

    // A phrase typed in either script finds the paragraph on either script's search page.
    const phrase = speech!.paragraphs[1]!.slice(4, 12);
    for (const [prefix, query] of [
      ['', phrase],
      ['zh-hant/', traditional.slice(4, 12)],
      ['', traditional.slice(4, 12)],
    ] as const) {
      await page.goto(`${origin}/${prefix}search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('[data-search-page]')).toHaveAttribute('aria-busy', 'false');
      await expect(page.locator('a[data-hit]').first()).toHaveAttribute(
        'href',
        new RegExp(`/${prefix}${speech!.slug}/\\?hl=.*#p2$`),
      );
    }

    // The Markdown download in the source's script is the file ingest wrote, byte for byte.
    const download = await page.request.get(`${origin}/zh-hant/download/${speech!.slug}.md`);
    expect(await download.text()).toBe(
      readFileSync(join(dir, 'content', 'speeches', `${speech!.slug}.md`), 'utf8'),
    );
  } finally {
    await preview?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
