import { expect, type Page, test } from '@playwright/test';
import { readCompilations } from '../support/compilations.ts';
import { readSpeeches } from '../support/speech-text.ts';

const speeches = readSpeeches();
const compilations = readCompilations();
const scripts = [
  { name: 'Simplified', prefix: '/', lang: 'zh-Hans' },
  { name: 'Traditional', prefix: '/zh-hant/', lang: 'zh-Hant' },
] as const;

/** Where the sticky header ends: targets must land just below it. */
async function headerBottom(page: Page): Promise<number> {
  return page.locator('.site-header').evaluate((header) => {
    const style = getComputedStyle(header);
    return style.position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
  });
}

async function expectLandedOn(page: Page, id: string): Promise<void> {
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  const top = await target.evaluate((element) => element.getBoundingClientRect().top);
  const floor = await headerBottom(page);
  expect(top).toBeGreaterThanOrEqual(floor - 1);
  // Near the end of the page the browser cannot scroll a target up to the top.
  const atEnd = await page.evaluate(
    () => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1,
  );
  if (!atEnd) expect(top).toBeLessThan(floor + 80);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
}

for (const script of scripts) {
  for (const speech of speeches) {
    const url = `${script.prefix}${speech.slug}/`;

    test(`${script.name} ${speech.slug}: lang, h1 and the whole text in reading order`, async ({
      page,
    }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', script.lang);
      await expect(page.locator('h1')).toHaveCount(1);
      const paragraphs = page.locator('.speech-body p');
      await expect(paragraphs).toHaveCount(speech.paragraphs.length);
      if (script.lang === 'zh-Hans') {
        await expect(page.locator('h1')).toHaveText(speech.title);
        expect(await paragraphs.allTextContents()).toEqual(speech.paragraphs);
      }
      const ids = await paragraphs.evaluateAll((elements) => elements.map((element) => element.id));
      expect(ids).toEqual(speech.paragraphs.map((_, i) => `p${i + 1}`));
    });

    test(`${script.name} ${speech.slug}: every table-of-contents link lands on its heading`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      const links = page.locator('.toc a');
      const hrefs = await links.evaluateAll((elements) =>
        elements.map((a) => (a as HTMLAnchorElement).hash.slice(1)),
      );
      expect(hrefs.length).toBeGreaterThanOrEqual(
        speech.headings.filter((h) => h.depth === 2).length,
      );
      for (const [i, id] of hrefs.entries()) {
        await links.nth(i).click();
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
        await expectLandedOn(page, id);
      }
    });

    test(`${script.name} ${speech.slug}: #s and #p links land on the right element`, async ({
      page,
    }) => {
      await page.goto(url);
      const anchors = await page.evaluate(() =>
        [...document.querySelectorAll('.speech-body [id]')]
          .map((element) => element.id)
          .filter((id) => /^(?:s\d+(?:-\d+)?|p\d+)$/.test(id)),
      );
      expect(anchors.filter((id) => id.startsWith('s'))).toEqual(speech.shortAnchors);
      for (const id of anchors) {
        await page.evaluate((hash) => (location.hash = hash), id);
        await expectLandedOn(page, id);
      }
    });
  }
}

test('section numbers follow the source: h3 subsections in speech 2, numbered points in speech 1', async ({
  page,
}) => {
  await page.goto('/speech-2/#s2-3');
  await expect(page.locator('section#s2-3 > h3')).toHaveText(/^（三）大力开展“两争”活动/);
  await expect(page.locator('section#s3-4 > h3')).toHaveText(/^（四）积极转变作风/);
  await page.goto('/speech-1/#s2-3');
  await expect(page.locator('strong#s2-3')).toHaveText(/^三要畅通诉求渠道/);
  await expect(page.locator('strong#s3-3')).toHaveText(/^三是创新发展/);
  const points = await page
    .locator('.speech-body strong[id]')
    .evaluateAll((elements) => elements.map((e) => e.id));
  expect(points).toEqual([
    's1-1',
    's1-2',
    's1-3',
    's2-1',
    's2-2',
    's2-3',
    's2-4',
    's2-5',
    's2-6',
    's3-1',
    's3-2',
    's3-3',
    's3-4',
  ]);
});

test('arriving by a shared link scrolls below the header and highlights the paragraph', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/speech-2/#p12');
  await expectLandedOn(page, 'p12');
  const animation = await page
    .locator('#p12')
    .evaluate((element) => getComputedStyle(element).animationName);
  expect(animation).toBe('arrived');
});

test('text fragment links still scroll to the quoted text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const phrase = '把工会干部锤炼成职工群众信赖';
  await page.goto(`/speech-2/#:~:text=${encodeURIComponent(phrase)}`);
  const paragraph = page.locator('.speech-body p', { hasText: phrase });
  await expect(paragraph).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
});

test('the script switch keeps the anchor and the place', async ({ page }) => {
  await page.goto('/speech-1/#p7');
  await page.locator('[data-script-switch]').click();
  await expect(page).toHaveURL(/\/zh-hant\/speech-1\/#p7$/);
  await expectLandedOn(page, 'p7');
  await page.locator('[data-script-switch]').click();
  await expect(page).toHaveURL(/\/speech-1\/#p7$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test('copy-link copies the short link and still follows it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/speech-1/');
  const control = page.locator('#p3 > a.pnum');
  await control.focus();
  await expect(control).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#p3$/);
  await expect(page.locator('[data-copy-status]')).toContainText('/speech-1/#p3');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/speech-1/#p3`);
});

test('headings have a keyboard-reachable copy-link control', async ({ page }) => {
  await page.goto('/speech-2/');
  const control = page.locator('section#s1 > h2 > a.hnum');
  await control.focus();
  await expect(control).toHaveCSS('opacity', '1');
  await expect(control).toHaveAttribute('href', '#s1');
});

test('dark mode follows the system and the toggle is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/speech-1/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(23, 22, 26)');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  expect(await background()).toBe('rgb(251, 250, 247)');
  await page.reload();
  expect(await background()).toBe('rgb(251, 250, 247)');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('the font size control scales the text and is remembered', async ({ page }) => {
  await page.goto('/speech-1/');
  const size = () =>
    page.locator('#p2').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const before = await size();
  await page.getByRole('button', { name: '放大字号' }).click();
  expect(await size()).toBeGreaterThan(before);
  await page.reload();
  expect(await size()).toBeGreaterThan(before);
});

test('the skip link is the first stop and moves focus to the text', async ({ page }) => {
  await page.goto('/speech-1/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the speech reads, the contents open and anchors work', async ({ page }) => {
    await page.goto('/zh-hant/speech-2/#s3-2');
    await expect(page.locator('h1')).toHaveText('關於推進工會工作創新發展的講話');
    await expect(page.locator('.toc details')).toHaveAttribute('open', '');
    await expect(page.locator('section#s3-2 > h3')).toBeInViewport();
    await expect(page.locator('[data-display-controls]')).toBeHidden();
    await page.locator('.toc a[href="#s1"]').click();
    await expect(page.locator('section#s1 > h2')).toBeInViewport();
  });

  test('home, compilation, print and source pages need no script', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.speech-card')).toHaveCount(speeches.length);
    for (const compilation of compilations) {
      await page.goto(`/${compilation.path}`);
      await expect(page.locator('.speech-card h3')).toHaveText(
        compilation.speeches.map((speech) => speech.title),
      );
      await page.goto(`/${compilation.path}print/`);
      await expect(page.locator('article.speech')).toHaveCount(compilation.speeches.length);
    }
    await page.goto('/print/');
    await expect(page.locator('article.speech')).toHaveCount(speeches.length);
    await page.goto('/source/');
    await expect(page.locator('table.punctuation')).toBeVisible();
  });
});

test('at 320 px nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    '/',
    '/speech-1/',
    '/zh-hant/speech-2/',
    '/print/',
    '/source/',
    '/search/?q=健康',
    ...compilations.map((c) => `/${c.path}`),
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the table of contents marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/speech-2/#s2-2');
  await expect(page.locator('.toc a[aria-current]')).toHaveAttribute('href', '#s2-2');
  await page.goto('/speech-2/#p12');
  await expect(page.locator('.toc a[aria-current]')).toHaveAttribute('href', '#s3');
});

test('an archive of one compilation opens on it: its title, its speeches, its print edition', async ({
  page,
}) => {
  test.skip(compilations.length !== 1, 'the archive holds several compilations');
  const [only] = compilations;
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText(
    `${only!.speeches.map((speech) => speech.title).join('和')}稿合编`,
  );
  await expect(page.locator('.speech-card h3 a')).toHaveText(
    only!.speeches.map((speech) => speech.title),
  );
  await expect(page.locator('.page-nav')).toHaveCount(0);
  await expect(page.locator('.home-links a', { hasText: '打印版' })).toHaveAttribute(
    'href',
    `/${only!.path}print/`,
  );
});

test('a speech page links to its compilation and its print edition', async ({ page }) => {
  const compilation = compilations.find((c) =>
    c.speeches.some((speech) => speech.slug === 'speech-2'),
  )!;
  await page.goto('/zh-hant/speech-2/');
  const link = page.locator('.speech-compilation a');
  await expect(link).toHaveAttribute('href', `/zh-hant/${compilation.path}`);
  await link.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('.speech-card h3 a[href="/zh-hant/speech-2/"]')).toBeVisible();
  await page.goto('/speech-2/');
  await expect(page.locator('.site-footer a', { hasText: '打印版' })).toHaveAttribute(
    'href',
    `/${compilation.path}print/`,
  );
});

test('the font size buttons are named by what they show, then what they do', async ({ page }) => {
  await page.goto('/speech-1/');
  // The visible label first, then the purpose; browsers may put a space between them.
  await expect(page.getByRole('button', { name: /^A−\s*（缩小字号）$/u })).toBeVisible();
  await expect(page.getByRole('button', { name: /^A\+\s*（放大字号）$/u })).toBeVisible();
  await page.goto('/zh-hant/speech-1/');
  await expect(page.getByRole('button', { name: /^A\+\s*（放大字號）$/u })).toBeVisible();
});
