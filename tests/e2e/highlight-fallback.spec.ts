import { expect, type Page, test } from '@playwright/test';

/**
 * Engines without the CSS Custom Highlight API (Firefox before 140, Safari
 * before 17.2, older in-app browsers), played by Chromium with the API
 * removed before any page script runs: the phrase is wrapped in <mark>
 * instead, and the page's text, ids and text-fragment links are as before.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (CSS as { highlights?: unknown }).highlights;
    delete (window as { Highlight?: unknown }).Highlight;
  });
});

/** What must not change: every element's id and the article's text. */
async function anatomy(page: Page): Promise<{ ids: string[]; text: string }> {
  return page.locator('article.speech').evaluate((article) => ({
    ids: [...article.querySelectorAll('[id]')].map((element) => element.id),
    text: article.textContent!,
  }));
}

async function marks(page: Page): Promise<string[]> {
  await page.locator('mark.search-hit').first().waitFor();
  return page.locator('mark.search-hit').allTextContents();
}

test('the phrase is marked on arrival and the page keeps its text and ids', async ({ page }) => {
  await page.goto('/speech-2/');
  expect(await page.evaluate(() => 'highlights' in CSS || 'Highlight' in window)).toBe(false);
  const before = await anatomy(page);
  await page.goto(`/speech-2/?hl=${encodeURIComponent('中国梦劳动美')}#p7`);
  // One phrase across a space: the pieces read back as the text on the page.
  expect((await marks(page)).join('')).toBe('中国梦 劳动美');
  expect(await page.locator('#p7 mark.search-hit').count()).toBeGreaterThan(0);
  expect(await anatomy(page)).toEqual(before);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p7');
});

test('every occurrence is marked, Simplified query on Traditional text, and several phrases at once', async ({
  page,
}) => {
  await page.goto(`/zh-hant/speech-1/?hl=${encodeURIComponent('两个健康')}#p2`);
  expect(await marks(page)).toEqual(Array.from({ length: 9 }, () => '兩個健康'));
  await page.goto('/speech-1/');
  const before = await anatomy(page);
  await page.goto(`/speech-1/?hl=${encodeURIComponent('XXX指出 非公有制')}#p4`);
  // xxx is a redaction element: the hit is cut at its edge rather than the element split.
  expect(await marks(page)).toEqual(['xxx', '指出', '非公有制', '非公有制', '非公有制']);
  expect(await page.locator('.redacted > mark.search-hit').textContent()).toBe('xxx');
  expect(await anatomy(page)).toEqual(before);
});

test('a text-fragment link still finds a sentence that holds marked words', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const phrase = '深化“中国梦 劳动美”主题实践活动';
  await page.goto(
    `/speech-2/?hl=${encodeURIComponent('劳动美')}#:~:text=${encodeURIComponent(phrase)}`,
  );
  await page.locator('mark.search-hit').first().waitFor();
  await expect(page.locator('.speech-body p', { hasText: phrase })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
});
