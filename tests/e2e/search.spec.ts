import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { expectedHits, type PhraseCase, phrases } from '../support/phrases.ts';

const scripts = [
  { name: 'Simplified', prefix: '/' },
  { name: 'Traditional', prefix: '/zh-hant/' },
] as const;

/** What the results region shows, read back from its links. */
async function shownResults(page: Page) {
  return page.locator('[data-search-page]').evaluate((region) =>
    [...region.querySelectorAll<HTMLElement>('.search-group')].map((group) => ({
      slug: group.dataset.slug!,
      count: Number(group.dataset.count),
      title: group.querySelector('.search-group-title a')!.textContent,
      hits: [...group.querySelectorAll<HTMLAnchorElement>('a[data-hit]')].map((a) => {
        const url = new URL(a.href);
        return {
          path: url.pathname,
          hl: url.searchParams.get('hl'),
          id: url.hash.slice(1),
          marks: [...a.querySelectorAll('mark')].map((m) => m.textContent),
        };
      }),
    })),
  );
}

async function searchPage(page: Page, prefix: string, query: string): Promise<void> {
  await page.goto(`${prefix}search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-query', query.trim());
  await expect(page.locator('[data-search-page]')).toHaveAttribute('aria-busy', 'false');
}

function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase().replace(/["”]/g, '“');
}

for (const script of scripts) {
  for (const phrase of phrases) {
    test(`${script.name} /search/: ${phrase.kind} “${phrase.query}” finds exactly the expected hits`, async ({
      page,
    }) => {
      await searchPage(page, script.prefix, phrase.query);
      const expected = expectedHits(phrase);
      const shown = await shownResults(page);
      expect(
        shown.map(({ slug, count, hits }) => ({
          slug,
          count,
          hits: hits.map((hit) => `${hit.path}#${hit.id}`),
        })),
      ).toEqual(
        expected.groups.map(({ slug, hits }) => ({
          slug,
          count: hits.length,
          hits: hits.map((hit) => `${script.prefix}${slug}/#${hit.id}`),
        })),
      );
      for (const hit of shown.flatMap((group) => group.hits))
        expect(hit.hl).toBe(phrase.query.trim());
      await expectSummary(page, phrase, expected.groups.length > 0);
      if (script.prefix === '/' && phrase.query.split(/\s+/u).length === 1) {
        for (const hit of shown.flatMap((group) => group.hits))
          expect(hit.marks.map(fold)).toEqual([fold(phrase.simplified ?? phrase.query)]);
      }
    });
  }

  test(`${script.name}: titles and excerpts are in the page's script`, async ({ page }) => {
    await searchPage(page, script.prefix, '兩個健康');
    const [group] = await shownResults(page);
    const traditional = script.prefix === '/zh-hant/';
    expect(group!.title).toContain(traditional ? '關於實現' : '关于实现');
    expect(group!.hits[0]!.marks).toEqual([traditional ? '兩個健康' : '两个健康']);
  });
}

async function expectSummary(page: Page, phrase: PhraseCase, found: boolean): Promise<void> {
  const summary = page.locator('[data-search-page] .search-summary');
  const several = phrase.query.trim().split(/\s+/u).length > 1;
  // Several phrases: the summary says the paragraphs hold all of them.
  if (several) await expect(summary).toContainText(/同时含有|同時含有/u);
  if (!found) {
    await expect(summary).toContainText(/没有|沒有/u);
    const parts = page.locator('[data-search-page] .search-places li');
    if (several) await expect(parts).toHaveCount(phrase.query.trim().split(/\s+/u).length);
  }
}

test('no hits: says in which paragraphs the words of a phrase occur, and each of several phrases', async ({
  page,
}) => {
  await searchPage(page, '/', '健康扶贫攻坚');
  const parts = page.locator('[data-search-page] .search-places li');
  await expect(parts.first()).toContainText('“健康”：关于实现疫情防控');
  await expect(parts.filter({ hasText: '“贫”' })).toContainText('哪里都没有');
  await searchPage(page, '/zh-hant/', '民营经济 工会');
  await expect(page.locator('[data-search-page] .search-summary')).toHaveText(
    '沒有一段同時含有“民营经济”、“工会”。',
  );
  await expect(parts.nth(0)).toContainText('關於實現疫情防控');
  const paragraphs = new Set(
    expectedHits({ query: '工会', kind: 'two' })
      .groups.find((group) => group.slug === 'speech-2')!
      .hits.map((hit) => hit.id),
  );
  await expect(parts.nth(1)).toContainText(`關於推進工會工作創新發展的講話 ${paragraphs.size} 段`);
});

test('the query renders as text: markup in it never runs', async ({ page }) => {
  const query = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await searchPage(page, '/', query);
  await expect(page.locator('[data-search-page] .search-summary')).toContainText('“<img”');
  await page.goto('/speech-1/');
  await page.locator('#site-search').fill(query);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', query);
  await expect(page.locator('[data-search-results] .search-summary')).toContainText(
    'onerror=alert(1)>',
  );
  await page.goto(`/speech-1/?hl=${encodeURIComponent(query)}`);
  await page.waitForLoadState('networkidle');
  expect(await page.locator('img').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the results region is polite and busy while a search runs', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/search-data/text/*.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/search/?q=${encodeURIComponent('两个健康')}`);
  const region = page.locator('[data-search-page]');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(region).toHaveAttribute('aria-busy', 'false');
  await expect(region.locator('a[data-hit]')).toHaveCount(9);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-live', 'polite');
});

test('a reading page fetches no search code or data until the reader shows intent', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/speech-1/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => /search-data|attach|highlight/u.test(path))).toEqual([]);
  await page.locator('#site-search').focus();
  await page.locator('#site-search').fill('两个健康');
  await expect(page.locator('[data-search-results] a[data-hit]')).toHaveCount(3);
  // The manifest, the variants, a shard per gram of the query, and text chunks of the one speech that may hold it.
  const data = requests.filter((path) => /search-data/u.test(path));
  expect(
    data.filter(
      (path) =>
        !/^\/search-data\/(?:manifest\.json|variants\.json|grams\/\d+\.bin|text\/0-\d+\.json)$/u.test(
          path,
        ),
    ),
  ).toEqual([]);
  expect(data.filter((path) => path.includes('/grams/')).length).toBeLessThanOrEqual(4);
});

test('keyboard: / and Ctrl+K focus the box, results open under the header, Esc closes them', async ({
  page,
}) => {
  await page.goto('/speech-2/');
  const input = page.locator('#site-search');
  const panel = page.locator('[data-search-panel]');
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  await page.keyboard.type('职工群众');
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-search-results]')).toHaveAttribute('data-query', '职工群众');
  await expect(panel.locator('.search-group')).toHaveAttribute('data-count', '16');
  await page.keyboard.press('ArrowDown');
  await expect(panel.locator('a').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel.locator('a[data-hit]').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('职工群众');
  await page.keyboard.press('ArrowDown');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type('/');
  await expect(input).toHaveValue('职工群众/');
});

test('Enter submits the header form to the results page, whose address follows the query', async ({
  page,
}) => {
  await page.goto('/zh-hant/speech-1/');
  await page.locator('#site-search').fill('民營經濟');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(`/zh-hant/search/?q=${encodeURIComponent('民營經濟')}`);
  await expect(page.locator('[data-search-page] a[data-hit]')).toHaveCount(15);

  await page.locator('#site-search').fill('工会 劳模');
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-query', '工会 劳模');
  await expect(page).toHaveURL(
    `/zh-hant/search/?q=${encodeURIComponent('工会 劳模').replace('%20', '+')}`,
  );
  await page.reload();
  await expect(page.locator('#site-search')).toHaveValue('工会 劳模');
  await expect(page.locator('[data-search-page] a[data-hit]')).toHaveCount(1);

  await page.locator('[data-search-page] a[data-hit]').click();
  await expect(page).toHaveURL(/\/zh-hant\/speech-2\/\?hl=.+#p7$/u);
  await page.goBack();
  await expect(page.locator('#site-search')).toHaveValue('工会 劳模');
  await expect(page.locator('[data-search-page] a[data-hit]')).toHaveCount(1);
});

async function highlighted(page: Page): Promise<string[]> {
  await page.waitForFunction(() => CSS.highlights.has('search-hit'));
  return page.evaluate(() =>
    [...(CSS.highlights.get('search-hit') as Iterable<Range>)].map((range) => range.toString()),
  );
}

test('following a hit highlights the phrase on the page without touching its DOM', async ({
  page,
}) => {
  // The citation enhancement shows its copy buttons once the page is idle: compare after it, both times.
  const article = async () => {
    await page.waitForFunction(() => document.querySelector('[data-cite-copy]:not([hidden])'));
    return page.locator('article.speech').evaluate((element) => element.outerHTML);
  };
  await page.goto('/speech-2/');
  const untouched = await article();
  await searchPage(page, '/', '中国梦劳动美');
  await page.locator('[data-search-page] a[data-hit]').click();
  await expect(page).toHaveURL(/\/speech-2\/\?hl=.+#p7$/u);
  expect(await highlighted(page)).toEqual(['中国梦 劳动美']);
  expect(await article()).toBe(untouched);
});

test('a Simplified ?hl= highlights Traditional text, every occurrence on the page', async ({
  page,
}) => {
  await page.goto(`/zh-hant/speech-1/?hl=${encodeURIComponent('两个健康')}#p2`);
  expect(await highlighted(page)).toEqual(Array.from({ length: 9 }, () => '兩個健康'));
  await page.goto(`/speech-1/?hl=${encodeURIComponent('XXX指出 非公有制')}#p4`);
  expect(await highlighted(page)).toEqual(['xxx指出', '非公有制', '非公有制', '非公有制']);
});

test('a page of candidate speeches at a time: the button checks the next, until the hits are the whole answer', async ({
  page,
}) => {
  await page.route('**/search-data/manifest.json', async (route) => {
    const response = await route.fetch();
    const manifest = await response.json();
    await route.fulfill({
      response,
      json: { ...manifest, index: { ...manifest.index, speechesPerPage: 1 } },
    });
  });
  const phrase = phrases.find((p) => p.query === '健康')!;
  await searchPage(page, '/', phrase.query);
  const region = page.locator('[data-search-page]');
  await expect(region).toHaveAttribute('data-candidates', '2');
  await expect(region).toHaveAttribute('data-checked', '1');
  await expect(region.locator('.search-summary')).toContainText('已核对 1 篇');
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map(({ id }) => id)).toEqual([]);
  await region.locator('[data-search-more]').focus();
  await page.keyboard.press('Enter');
  await expect(region).toHaveAttribute('data-checked', '2');
  await expect(region.locator('[data-search-more]')).toHaveCount(0);
  // The pressed button is gone: focus moves to the next button, or into the results (the last speech's first hit).
  await expect(region.locator('.search-group').last().locator('a[data-hit]').first()).toBeFocused();
  await expect(region.locator('.search-summary')).not.toContainText('已核对');
  const shown = await shownResults(page);
  expect(shown.map((group) => group.hits.map((hit) => `${hit.path}#${hit.id}`))).toEqual(
    expectedHits(phrase).groups.map((group) =>
      group.hits.map((hit) => `/${group.slug}/#${hit.id}`),
    ),
  );
});

test('a query finds the same hits whatever the page searched before', async ({ page }) => {
  const hitsOf = async () =>
    (await shownResults(page)).flatMap((group) => group.hits.map((hit) => `${hit.path}#${hit.id}`));
  const queries = ['和非公有制', '劳模', '两个健康', '量子计算机'];
  const fresh: string[][] = [];
  for (const query of queries) {
    await searchPage(page, '/', query);
    fresh.push(await hitsOf());
  }
  await searchPage(page, '/', '职工群众 工会');
  for (const [i, query] of [...queries].reverse().entries()) {
    await page.locator('#site-search').fill(query);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-query', query);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('aria-busy', 'false');
    expect(await hitsOf()).toEqual(fresh[queries.length - 1 - i]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the results page says search needs JavaScript and links to the print edition', async ({
    page,
  }) => {
    await page.goto('/zh-hant/search/?q=x');
    const note = page.locator('main p', { hasText: 'JavaScript' });
    await expect(note).toBeVisible();
    await expect(note.locator('a')).toHaveAttribute('href', '/zh-hant/print/');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the open panel or in the no-hit help (${colorScheme})`, async ({
    page,
  }) => {
    const axe = () =>
      new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
    const violations = async () =>
      (await axe()).violations.map(
        ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`,
      );
    await page.emulateMedia({ colorScheme });
    await page.goto('/zh-hant/speech-1/');
    await page.keyboard.press('/');
    await page.keyboard.insertText('两个健康');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', '两个健康');
    expect(await violations()).toEqual([]);
    await searchPage(page, '/', '健康扶贫攻坚');
    expect(await violations()).toEqual([]);
  });
}
