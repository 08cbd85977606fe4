import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { readCompilations } from '../support/compilations.ts';
import { readSpeeches } from '../support/speech-text.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const speeches = readSpeeches();
const compilations = readCompilations();
const scripts = [
  { prefix: '/', lang: 'zh-Hans', siteName: '讲话稿合编', section: '引用本节', speech: '引用本篇' },
  {
    prefix: '/zh-hant/',
    lang: 'zh-Hant',
    siteName: '講話稿合編',
    section: '引用本節',
    speech: '引用本篇',
  },
] as const;

/** The reader's today in the browser, as the panel dates a citation. */
function today(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
}

async function meta(page: Page, name: string): Promise<string | null> {
  const tag = page.locator(`head meta[name="${name}"]`);
  return (await tag.count()) === 0 ? null : tag.getAttribute('content');
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Selects from the start of `from` to the end of `to` in the speech's text, as a reader's drag would. */
async function dragSelect(page: Page, from: string, to: string): Promise<void> {
  // Bring the passage to the middle of the window and let any scroll a focus change started settle
  // (two frames with the same position), so the points measured below are where the mouse will be.
  await page.evaluate(async (from) => {
    const body = document.querySelector('.speech-body')!;
    const paragraph = [...body.querySelectorAll('p')].find((element) =>
      element.textContent!.includes(from),
    );
    if (!paragraph) throw new Error(`"${from}" is not in the speech`);
    paragraph.scrollIntoView({ block: 'center', behavior: 'instant' });
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = Number.NaN;
    while (paragraph.getBoundingClientRect().top !== last) {
      last = paragraph.getBoundingClientRect().top;
      await frame();
      await frame();
    }
  }, from);
  const points = await page.evaluate(
    ({ from, to }) => {
      const body = document.querySelector('.speech-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const place = (text: string, end: boolean): { node: Text; offset: number } => {
        walker.currentNode = body;
        for (
          let node = walker.nextNode() as Text | null;
          node;
          node = walker.nextNode() as Text | null
        ) {
          const at = node.data.indexOf(text);
          if (at >= 0) return { node, offset: end ? at + text.length - 1 : at };
        }
        throw new Error(`"${text}" is not in the speech`);
      };
      const start = place(from, false);
      const rect = ({ node, offset }: { node: Text; offset: number }) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const first = rect(start);
      const last = rect(place(to, true));
      return {
        x0: first.left + 1,
        y0: first.top + first.height / 2,
        x1: last.right - 1,
        y1: last.top + last.height / 2,
      };
    },
    { from, to },
  );
  await page.mouse.move(points.x0, points.y0);
  await page.mouse.down();
  await page.mouse.move(points.x1, points.y1, { steps: 8 });
  await page.mouse.up();
}

/**
 * The share of a region's pixels painted in the site's highlight colour
 * (--highlight, light scheme), read in a blank page: the site's policy
 * rightly refuses data: images.
 */
async function highlightShare(
  page: Page,
  region: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const png = (await page.screenshot({ clip: region })).toString('base64');
  const blank = await page.context().newPage();
  const share = await blank.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let highlighted = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (
        Math.abs(pixels[i]! - 0xfd) +
          Math.abs(pixels[i + 1]! - 0xe6) +
          Math.abs(pixels[i + 2]! - 0x8a) <
        24
      )
        highlighted += 1;
    }
    return highlighted / (pixels.length / 4);
  }, png);
  await blank.close();
  return share;
}

/** The box of `text` where it first occurs in the speech's text. */
function textBox(page: Page, text: string) {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(
      document.querySelector('.speech-body')!,
      NodeFilter.SHOW_TEXT,
    );
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const { x, y, width, height } = range.getClientRects()[0]!;
      return { x, y, width, height };
    }
    throw new Error(`"${text}" is not in the speech`);
  }, text);
}

for (const script of scripts) {
  for (const speech of speeches) {
    const path = `${script.prefix}${speech.slug}/`;
    test(`${path}: citation metadata for reference managers, with no author or date the data lacks`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(path);
      const title = (await page.locator('h1').textContent())!;
      if (script.lang === 'zh-Hans') expect(title).toBe(speech.title);
      expect(await meta(page, 'citation_title')).toBe(title);
      expect(await meta(page, 'citation_publisher')).toBe(script.siteName);
      expect(await meta(page, 'citation_language')).toBe(script.lang);
      expect(new URL((await meta(page, 'citation_public_url'))!, baseURL).pathname).toBe(path);
      expect(await meta(page, 'DC.title')).toBe(title);
      expect(await meta(page, 'DC.language')).toBe(script.lang);
      expect(await meta(page, 'DC.type')).toBe('Text');
      for (const absent of [
        'citation_author',
        'citation_publication_date',
        'citation_date',
        'DC.creator',
        'DC.date',
      ]) {
        expect(await meta(page, absent), absent).toBeNull();
      }
      const jsonLd = JSON.parse(
        (await page.locator('head script[type="application/ld+json"]').textContent())!,
      );
      expect(jsonLd).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'CreativeWork',
        name: title,
        inLanguage: script.lang,
      });
      expect(jsonLd).not.toHaveProperty('author');
      expect(new URL(jsonLd.url, baseURL).pathname).toBe(path);
      const compilation = compilations.find((c) => c.speeches.some((s) => s.slug === speech.slug))!;
      expect(new URL(jsonLd.isPartOf.url, baseURL).pathname).toBe(
        `${script.prefix}${compilation.path}`,
      );
      expect(jsonLd.isPartOf.name).toBe(await page.locator('.speech-compilation a').textContent());
    });
  }

  test(`${script.prefix}speech-2/: 引用本篇 copies each format, dated today, at the page's address`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${script.prefix}speech-2/`);
    const title = (await page.locator('h1').textContent())!;
    // The site's own address once it is configured (Astro's site), else the one the browser has open.
    const url = new URL((await meta(page, 'citation_public_url'))!, baseURL).href;
    expect(new URL(url).pathname).toBe(`${script.prefix}speech-2/`);
    const summary = page.locator('[data-cite] > summary');
    await expect(summary).toHaveText(script.speech);
    await summary.focus();
    await page.keyboard.press('Enter');
    const day = await today(page);
    await expect(page.locator('[data-cite-note]')).toContainText(day);
    const copy = (id: string) => page.locator(`[data-cite-copy="${id}"]`);

    await copy('gbt7714').click();
    // The first copy loads the formatting code: poll until the clipboard holds the reference.
    await expect
      .poll(() => clipboard(page))
      .toBe(`${title}[EB/OL]. ${script.siteName}[${day}]. ${url}.`);
    await expect(page.locator('[data-copy-status]')).toHaveText(/GB\/T 7714/u);

    await copy('bibtex').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toMatch(/^@online\{speech-2,/u);
    const bibtex = await clipboard(page);
    for (const field of [
      `title = {${title}}`,
      `organization = {${script.siteName}}`,
      `url = {${url}}`,
      `urldate = {${day}}`,
      'langid = {chinese}',
    ]) {
      expect(bibtex).toContain(`  ${field},`);
    }

    await copy('csl').click();
    await expect.poll(() => clipboard(page)).toMatch(/^\[/u);
    const [day0, month, date] = day.split('-').map(Number);
    expect(JSON.parse(await clipboard(page))).toEqual([
      {
        id: 'speech-2',
        type: 'webpage',
        title,
        'container-title': script.siteName,
        URL: url,
        accessed: { 'date-parts': [[day0, month, date]] },
        language: script.lang,
      },
    ]);
  });
}

test("a section's 引用 fills the one panel with the section's address; closing it puts the panel back", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/speech-2/');
  const panel = page.locator('[data-cite]');
  await expect(panel).toHaveCount(1);
  const control = page.locator('section#s3-2 > h3 > button.hcite');
  await expect(control).toHaveAccessibleName('引用本节（s3-2）');
  await control.focus();
  await expect(control).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  // Under the section's heading, open, focused, and about the section only.
  await expect(page.locator('section#s3-2 > h3 + [data-cite]')).toHaveAttribute('open', '');
  await expect(page.locator('[data-cite] > summary')).toBeFocused();
  await expect(page.locator('[data-cite] > summary')).toHaveText('引用本节（s3-2）');
  await expect(page.locator('[data-cite-text="gbt7714"]')).toHaveText(
    /\[EB\/OL\]\. 讲话稿合编\[\d{4}-\d{2}-\d{2}\]\. .*\/speech-2\/#s3-2\.$/u,
  );
  await expect(page.locator('[data-cite-text="bibtex"]')).toContainText('@online{speech-2-s3-2,');
  await page.locator('[data-cite-copy="gbt7714"]').click();
  const pageUrl = new URL((await meta(page, 'citation_public_url'))!, baseURL).href;
  expect(await clipboard(page)).toBe(
    `关于推进工会工作创新发展的讲话[EB/OL]. 讲话稿合编[${await today(page)}]. ${pageUrl}#s3-2.`,
  );
  // The paragraphs after it keep their numbers and count.
  await expect(page.locator('.speech-body p')).toHaveCount(
    speeches.find((s) => s.slug === 'speech-2')!.paragraphs.length,
  );
  const numbers = await page
    .locator('.speech-body p')
    .evaluateAll((paragraphs) => paragraphs.map((p) => p.id));
  expect(numbers).toEqual(
    speeches.find((s) => s.slug === 'speech-2')!.paragraphs.map((_, i) => `p${i + 1}`),
  );

  await page.locator('[data-cite] > summary').focus();
  await page.keyboard.press('Enter');
  await expect(control).toBeFocused();
  await expect(page.locator('.speech > [data-cite]')).not.toHaveAttribute('open');
  await expect(page.locator('[data-cite] > summary')).toHaveText('引用本篇');
  await expect(page.locator('[data-cite-text="gbt7714"]')).toHaveText(/\/speech-2\/\.$/u);
  // Sections are cited on the page from their headings; the speech's own text is left as it was.
  await expect(page.locator('section#s3-2 > h3')).toHaveText('（二）打造活动载体，繁荣职工文化。');
});

const passages = [
  {
    name: 'within a paragraph',
    from: '高举服务职工',
    to: '建立健全联系职工群众的长效机制',
    link: /\/speech-2\/#p12:~:text=[^,]+,[^,]+$/u,
    unselected: '群众性是群团组织的根本特点',
  },
  {
    name: 'across paragraphs: the link is the first one’s',
    from: '发挥好党联系职工群众',
    to: '坚持依法建会、依法管会',
    link: /\/speech-2\/#p12:~:text=[^,]+,[^,]+$/u,
    unselected: '依法履职、依法维权',
  },
];

for (const passage of passages) {
  test(`copy link of a selection ${passage.name}: Tab reaches it, and the link scrolls to and highlights the passage`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/speech-2/');
    await dragSelect(page, passage.from, passage.to);
    const control = page.locator('button.selection-link');
    await expect(control).toBeVisible();
    // The visible label, then what it links; browsers may put a space between them.
    await expect(control).toHaveAccessibleName(/^复制链接\s*（所选文字）$/u);
    const selected = await page.evaluate(() => getSelection()!.toString());
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-copy-status]')).toContainText('/speech-2/#p12:~:text=');
    const link = await clipboard(page);
    expect(link).toMatch(passage.link);
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(selected);

    const arrival = await context.newPage();
    await arrival.setViewportSize({ width: 1280, height: 800 });
    await arrival.goto(link);
    // The paragraph's own arrival flash uses the same colour: wait until it has faded.
    await arrival.waitForFunction(() =>
      document.getAnimations().every((animation) => animation.playState !== 'running'),
    );
    const start = await textBox(arrival, passage.from);
    expect(start.y).toBeGreaterThan(0);
    expect(start.y + start.height).toBeLessThan(800);
    expect(await highlightShare(arrival, start)).toBeGreaterThan(0.3);
    const unselected = await textBox(arrival, passage.unselected);
    expect(await highlightShare(arrival, unselected)).toBe(0);
  });
}

test('a short selection is quoted whole, its id the paragraph it starts in', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/zh-hant/speech-1/');
  const phrase = (await page.locator('#p7').textContent())!.slice(4, 14);
  await dragSelect(page, phrase, phrase);
  await page.locator('button.selection-link').click();
  await expect(page.locator('[data-copy-status]')).toContainText('#p7:~:text=');
  const link = new URL(await clipboard(page));
  expect(link.pathname).toBe('/zh-hant/speech-1/');
  expect(link.hash).toMatch(/^#p7:~:text=[^,]+$/u);
  expect(decodeURIComponent(link.hash.split('text=')[1]!)).toContain(phrase);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the panel holds each format as text, dated the day the site was built, and needs no button', async ({
    page,
  }) => {
    await page.goto('/speech-2/');
    const summary = page.locator('[data-cite] > summary');
    await summary.click();
    const note = (await page.locator('[data-cite-note]').textContent())!;
    const built = /\d{4}-\d{2}-\d{2}/u.exec(note)![0];
    expect(note).toBe(`引用日期是本页生成的日期（${built}），引用时请改为您查阅的日期。`);
    const url = (await meta(page, 'citation_public_url'))!;
    await expect(page.locator('[data-cite-text="gbt7714"]')).toHaveText(
      `关于推进工会工作创新发展的讲话[EB/OL]. 讲话稿合编[${built}]. ${url}.`,
    );
    await expect(page.locator('[data-cite-text="bibtex"]')).toContainText(`urldate = {${built}}`);
    await expect(page.locator('[data-cite-text="csl"]')).toContainText('"type": "webpage"');
    await expect(page.locator('[data-cite-copy]').first()).toBeHidden();
    await expect(page.locator('button.hcite')).toHaveCount(0);
  });
});

test.describe('accessibility and look', () => {
  /** The three states the citation controls add: panel open, moved under a section, a selection's control. */
  const states: { name: string; open(page: Page): Promise<Locator> }[] = [
    {
      name: 'panel open',
      open: async (page) => {
        await page.locator('[data-cite] > summary').click();
        return page.locator('[data-cite]');
      },
    },
    {
      name: 'section panel',
      open: async (page) => {
        await page.locator('section#s2 > h2 > button.hcite').click();
        return page.locator('section#s2');
      },
    },
    {
      name: 'selection link',
      open: async (page) => {
        await dragSelect(page, '高举服务职工', '长效机制');
        await expect(page.locator('button.selection-link')).toBeVisible();
        return page.locator('#p12');
      },
    },
  ];

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const state of states) {
      test(`axe finds no violations with the ${state.name} (${colorScheme})`, async ({
        page,
        context,
      }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.emulateMedia({ colorScheme });
        await page.goto('/speech-2/');
        await state.open(page);
        const results = await new AxeBuilder({ page, axeSource }).withTags(axeTags).analyze();
        expect(
          results.violations.map(
            ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`,
          ),
        ).toEqual([]);
      });
    }
  }

  for (const { width, colorScheme } of [
    { width: 1280, colorScheme: 'light' },
    { width: 320, colorScheme: 'light' },
    { width: 320, colorScheme: 'dark' },
    { width: 1280, colorScheme: 'dark' },
  ] as const) {
    test(`at ${width} px (${colorScheme}) the controls fit and nothing scrolls sideways`, async ({
      page,
      context,
    }, testInfo) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      for (const state of states) {
        // Each state on a fresh page: this test is about how each looks, not how they follow one another.
        await page.goto('/speech-2/');
        const region = await state.open(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, state.name).toBeLessThanOrEqual(0);
        await region.scrollIntoViewIfNeeded();
        await testInfo.attach(`${state.name}-${width}-${colorScheme}.png`, {
          body: await page.screenshot(),
          contentType: 'image/png',
        });
      }
    });
  }

  test('the citation controls stay off the printed page', async ({ page }) => {
    await page.goto('/speech-2/');
    await page.locator('[data-cite] > summary').click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-cite]')).toBeHidden();
    await expect(page.locator('button.hcite').first()).toBeHidden();
  });
});

test('the JSON-LD data block and the controls run under the policy with no violation or console error', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems: string[] = [];
  page.on('console', (message) => {
    // The suite blocks service workers (playwright.config.ts), and the offline reader says so in a warning.
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (
      message.type() === 'error' ||
      message.type() === 'warning' ||
      /Content Security Policy/iu.test(message.text())
    )
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  await page.goto('/zh-hant/speech-2/');
  await page.locator('section#s1 > h2 > button.hcite').click();
  await page.locator('[data-cite-copy="csl"]').click();
  await dragSelect(page, '群眾性是群團組織', '根本特點');
  await page.locator('button.selection-link').click();
  await expect(page.locator('[data-copy-status]')).toContainText('#p12:~:text=');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
