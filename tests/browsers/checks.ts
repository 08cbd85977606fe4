import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { expectedHits, sourceBlocks } from '../support/phrases.ts';
import { readSpeeches } from '../support/speech-text.ts';
import { type Engine, waitFor } from './support/engine.ts';
import { readCompilations } from '../support/compilations.ts';
import {
  onlyHeadingsVisible,
  pagesEndingOnHeading,
  printedPages,
  type PrintedPage,
} from '../support/printed-pages.ts';

/**
 * What every engine must do with the built site, one check per behaviour,
 * each on as few page loads as it can (a browser launch per engine, many
 * assertions per page). The same table runs in Firefox and WebKit.
 */
export interface Check {
  name: string;
  run(engine: Engine, origin: string, t: TestContext): Promise<void>;
}

const speeches = readSpeeches();
const query = '两个健康';
const expected = expectedHits({ query, kind: 'word' });

/** Where the target sits against the sticky header, as tests/e2e/reader.spec.ts measures it. */
function landedOn(id: string): string {
  return `const target = document.getElementById(${JSON.stringify(id)});
    const header = document.querySelector('.site-header');
    const floor = getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    const top = target.getBoundingClientRect().top;
    const atEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1;
    const below = top >= floor - 1 && (atEnd || top < floor + 80);
    return document.querySelector(':target')?.id === ${JSON.stringify(id)} && below;`;
}

async function expectLanded(engine: Engine, id: string): Promise<void> {
  await waitFor(engine, landedOn(id), `#${id} to be the target, just below the header`);
}

/** The occurrences of `phrase` in a speech's title, headings and paragraphs, as the highlight must find them. */
function occurrences(slug: string, phrase: string): number {
  const blocks = sourceBlocks().find((speech) => speech.slug === slug)!.blocks;
  return blocks.reduce((sum, block) => sum + block.text.split(phrase).length - 1, 0);
}

/** The highlighted strings, by the Highlight API where the engine has it, else the <mark> fallback. */
const highlighted = `if ('highlights' in CSS) {
    const hits = CSS.highlights.get('search-hit');
    return hits && hits.size > 0 ? { api: true, texts: [...hits].map((range) => range.toString()) } : null;
  }
  const marks = [...document.querySelectorAll('mark.search-hit')];
  return marks.length > 0 ? { api: false, texts: marks.map((mark) => mark.textContent) } : null;`;

/** What the fallback must leave alone: every id and the article's text. */
const anatomy = `const article = document.querySelector('article.speech');
  return { ids: [...article.querySelectorAll('[id]')].map((element) => element.id), text: article.textContent };`;

async function expectArrivalHighlight(
  engine: Engine,
  origin: string,
  expectApi: boolean | undefined,
): Promise<void> {
  const [first] = expected.groups.find((group) => group.slug === 'speech-1')!.hits;
  await engine.open(`${origin}/speech-1/`);
  const before = await engine.evaluate(anatomy);
  await engine.open(`${origin}/speech-1/?hl=${encodeURIComponent(query)}#${first!.id}`);
  const found = await waitFor<{ api: boolean; texts: string[] }>(
    engine,
    highlighted,
    `“${query}” highlighted`,
  );
  if (expectApi !== undefined)
    assert.equal(found.api, expectApi, 'highlighted with the Highlight API');
  // Mark pieces may split a hit at an element's edge: read them joined.
  assert.equal(found.texts.join(''), query.repeat(occurrences('speech-1', query)));
  assert.deepEqual(await engine.evaluate(anatomy), before, 'text and ids unchanged');
  await expectLanded(engine, first!.id);
}

/** Margins the site's @page rule asks for (22 mm top, 20 mm sides and bottom), less a little for antialiasing. */
const margin = { top: 15, side: 15, bottom: 15 };

function expectReadablePages(pages: PrintedPage[], what: string): void {
  assert.ok(
    pages.length >= 2,
    `${what}: expected a speech to fill at least 2 pages, got ${pages.length}`,
  );
  for (const [i, page] of pages.entries()) {
    const box = page.inkBox;
    // A page may hold only the closing source note (two small lines), never nothing.
    assert.ok(box && page.ink > 0.0003, `${what}: page ${i + 1} is blank`);
    // Nothing in the margins: no browser header or footer, and no line running off the page.
    assert.ok(
      box.top >= margin.top && box.left >= margin.side,
      `${what}: page ${i + 1} has ink at ${box.top.toFixed(1)} mm from the top, ${box.left.toFixed(1)} mm from the left`,
    );
    assert.ok(
      page.widthMm - box.right >= margin.side && page.heightMm - box.bottom >= margin.bottom,
      `${what}: page ${i + 1} has ink ${(page.widthMm - box.right).toFixed(1)} mm from the right, ${(page.heightMm - box.bottom).toFixed(1)} mm from the bottom`,
    );
  }
}

export const checks: readonly Check[] = [
  {
    name: 'home, speech and search pages render in the language of their script',
    async run(engine, origin) {
      await engine.open(`${origin}/`);
      const home = await engine.evaluate<{ lang: string; cards: number }>(
        `return { lang: document.documentElement.lang, cards: document.querySelectorAll('.speech-card').length };`,
      );
      assert.deepEqual(home, { lang: 'zh-Hans', cards: speeches.length });
      for (const speech of speeches) {
        for (const [prefix, lang] of [
          ['/', 'zh-Hans'],
          ['/zh-hant/', 'zh-Hant'],
        ] as const) {
          await engine.open(`${origin}${prefix}${speech.slug}/`);
          const page = await engine.evaluate<{
            lang: string;
            h1: string;
            ids: string[];
            texts: string[];
          }>(`return {
            lang: document.documentElement.lang,
            h1: document.querySelector('h1').textContent,
            ids: [...document.querySelectorAll('.speech-body p')].map((p) => p.id),
            texts: [...document.querySelectorAll('.speech-body p')].map((p) => p.textContent),
          };`);
          assert.equal(page.lang, lang);
          assert.deepEqual(
            page.ids,
            speech.paragraphs.map((_, i) => `p${i + 1}`),
          );
          if (lang === 'zh-Hans') {
            assert.equal(page.h1, speech.title);
            assert.deepEqual(page.texts, speech.paragraphs);
          }
        }
      }
      await engine.open(`${origin}/search/?q=${encodeURIComponent(query)}`);
      const hits = await waitFor<string[]>(
        engine,
        `const region = document.querySelector('[data-search-page]');
         if (region.getAttribute('aria-busy') !== 'false' || region.dataset.query !== ${JSON.stringify(query)}) return null;
         const hits = [...region.querySelectorAll('a[data-hit]')];
         return hits.length ? hits.map((a) => new URL(a.href).pathname + new URL(a.href).hash + ' ' + [...a.querySelectorAll('mark')].map((m) => m.textContent).join()) : null;`,
        'the search page to list its hits',
      );
      assert.deepEqual(
        hits,
        expected.groups.flatMap(({ slug, hits: found }) =>
          found.map((hit) => `/${slug}/#${hit.id} ${query}`),
        ),
      );
    },
  },
  {
    name: 'short anchors (#s2-3, #p12) land just below the header',
    async run(engine, origin) {
      for (const [path, id] of [
        ['/speech-2/', 's2-3'],
        ['/speech-1/', 'p12'],
        ['/zh-hant/speech-2/', 's3-2'],
        ['/speech-1/', 's2-3'],
      ] as const) {
        await engine.open(`${origin}${path}#${id}`);
        await expectLanded(engine, id);
      }
    },
  },
  {
    name: 'a #:~:text= link scrolls to the quoted text where the engine supports text fragments',
    async run(engine, origin, t) {
      await engine.open(`${origin}/speech-2/`);
      if (!(await engine.evaluate<boolean>(`return 'fragmentDirective' in document;`))) {
        t.skip(`${engine.name} has no text fragments`);
        return;
      }
      const phrase = '把工会干部锤炼成职工群众信赖';
      await engine.open(`${origin}/speech-2/#:~:text=${encodeURIComponent(phrase)}`);
      await waitFor(
        engine,
        `const p = [...document.querySelectorAll('.speech-body p')].find((p) => p.textContent.includes(${JSON.stringify(phrase)}));
         const box = p.getBoundingClientRect();
         return scrollY > 500 && box.bottom > 0 && box.top < innerHeight;`,
        'the quoted paragraph scrolled into view',
      );
    },
  },
  {
    name: 'the header search shows hits in context and Enter opens /search/ with them',
    async run(engine, origin) {
      await engine.open(`${origin}/`);
      await engine.click('#site-search');
      await engine.type('#site-search', query);
      // The panel answers as the reader types, so it shows hits for 两个 on the way to 两个健康.
      await waitFor(
        engine,
        `const hits = [...document.querySelectorAll('[data-search-panel] a[data-hit]')];
         return hits.length > 0 && hits.every((a) => [...a.querySelectorAll('mark')].map((m) => m.textContent).join() === ${JSON.stringify(query)});`,
        `hits in the header panel, each marking “${query}”`,
      );
      await engine.pressEnter('#site-search');
      await waitFor(
        engine,
        `return location.pathname === '/search/' && new URLSearchParams(location.search).get('q') === ${JSON.stringify(query)};`,
        'the search page',
      );
      const total = expected.groups.reduce((sum, group) => sum + group.hits.length, 0);
      const hrefs = await waitFor<string[]>(
        engine,
        `const hits = [...document.querySelectorAll('[data-search-page] a[data-hit]')];
         return hits.length === ${total} ? hits.map((a) => a.href) : null;`,
        `${total} hits on the search page`,
      );
      for (const href of hrefs)
        assert.match(href, new RegExp(`\\?hl=${encodeURIComponent(query)}#(?:p|s)\\d`, 'u'));
    },
  },
  {
    name: 'a hit’s link highlights every occurrence on arrival, leaving text and ids alone',
    run: (engine, origin) => expectArrivalHighlight(engine, origin, undefined),
  },
  {
    name: 'without the Highlight API the phrase is marked instead, where the engine can lose it',
    async run(engine, origin, t) {
      if (!engine.preloads) {
        t.skip(`${engine.name}'s driver cannot remove the API before the page runs`);
        return;
      }
      await engine.withoutHighlightApi(() => expectArrivalHighlight(engine, origin, false));
    },
  },
  {
    name: 'font size and theme are remembered across a reload',
    async run(engine, origin) {
      await engine.open(`${origin}/speech-1/`);
      const read = `return { size: parseFloat(getComputedStyle(document.getElementById('p2')).fontSize), background: getComputedStyle(document.body).backgroundColor, pressed: document.querySelector('[data-theme-toggle]').getAttribute('aria-pressed') };`;
      const before = await engine.evaluate<{ size: number; background: string; pressed: string }>(
        read,
      );
      await engine.click('[data-font-step="1"]');
      await engine.click('[data-theme-toggle]');
      const after = await engine.evaluate<{ size: number; background: string; pressed: string }>(
        read,
      );
      assert.ok(after.size > before.size, `A+ enlarges the text: ${before.size} → ${after.size}`);
      assert.notEqual(
        after.background,
        before.background,
        'the theme toggle changes the background',
      );
      assert.notEqual(after.pressed, before.pressed);
      await engine.reload();
      assert.deepEqual(await engine.evaluate(read), after, 'the same after a reload');
      await engine.evaluate(`localStorage.clear(); return true;`);
    },
  },
  {
    name: 'the script switch keeps the anchor and the place',
    async run(engine, origin) {
      await engine.open(`${origin}/speech-1/#p7`);
      await expectLanded(engine, 'p7');
      await engine.click('[data-script-switch]');
      await waitFor(
        engine,
        `return location.pathname === '/zh-hant/speech-1/' && location.hash === '#p7' && document.documentElement.lang === 'zh-Hant';`,
        'the Traditional page at #p7',
      );
      await expectLanded(engine, 'p7');
    },
  },
  {
    name: 'printing gives whole pages within the margins, no page ending on a heading, each speech of an edition from a new page',
    async run(engine, origin) {
      const counts: number[] = [];
      for (const speech of speeches) {
        const url = `${origin}/${speech.slug}/`;
        const pages = printedPages(await engine.pdf(url));
        expectReadablePages(pages, `${engine.name} /${speech.slug}/`);
        // These engines ignore break-after: avoid; print.css keeps headings with what follows anyway.
        const headings = printedPages(await engine.pdf(url, onlyHeadingsVisible));
        assert.deepEqual(
          pagesEndingOnHeading(pages, headings),
          [],
          `${engine.name} /${speech.slug}/: pages that end on a heading`,
        );
        counts.push(pages.length);
      }
      for (const compilation of readCompilations()) {
        const pages = printedPages(await engine.pdf(`${origin}/${compilation.path}print/`));
        expectReadablePages(pages, `${engine.name} /${compilation.path}print/`);
        // Each speech starts a new sheet, so the edition is about as long as its speeches printed one by one.
        const alone = compilation.speeches.reduce(
          (sum, speech) => sum + counts[speeches.findIndex((s) => s.slug === speech.slug)]!,
          0,
        );
        assert.ok(
          Math.abs(pages.length - alone) <= compilation.speeches.length,
          `edition of ${pages.length} pages against ${alone} printed one by one`,
        );
      }
    },
  },
  {
    name: 'no console error and no CSP violation on any page opened, and a provoked violation is seen',
    async run(engine, origin) {
      assert.deepEqual(await engine.problems(), []);
      // An inline script without a hash: the policy must refuse it, and both watches (the page's, the printer's) must see that.
      const inject = `const script = document.createElement('script'); script.textContent = 'window.ran = true'; document.head.append(script);`;
      await engine.open(`${origin}/speech-1/`);
      await engine.evaluate(`${inject} await new Promise((r) => setTimeout(r, 200)); return true;`);
      assert.equal(
        await engine.evaluate(`return window.ran === true;`),
        false,
        'the inline script did not run',
      );
      const csp = /CSP violation|Content.Security.Policy/iu;
      const seen = await engine.problems();
      assert.ok(
        seen.length > 0 && seen.every((text) => csp.test(text)),
        `the violation, and only that, reported: ${seen.join(' | ')}`,
      );
      await engine.pdf(`${origin}/search/`, inject);
      const printing = (await engine.problems()).slice(seen.length);
      assert.ok(
        printing.length > 0 && printing.every((text) => csp.test(text)),
        `the violation while printing reported: ${printing.join(' | ')}`,
      );
    },
  },
];
