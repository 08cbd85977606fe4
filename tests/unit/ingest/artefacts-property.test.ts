import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { ingest, IngestError, type MarkdownFile } from '../../../src/ingest/index.ts';
import { syntheticCompilations } from '../../../scripts/lib/synthetic-compilations.ts';
import {
  antiCopyGlyphs,
  type Artefacted,
  compose,
  completeFooter,
  FURNITURE_FORMS,
  type FurnitureForm,
  hardWrap,
  htmlEntities,
  invisible,
  otherSiteWrapper,
  pageFurniture,
  parenthesisedReadings,
  pdfRadicals,
  type Placement,
  watermark,
} from '../../support/artefacts.ts';
import { SEED_PATH } from '../../support/ingest.ts';

/**
 * Random combinations of the noise artefacts, with random parameters, on the
 * seed and on synthetic compilations: ingest must give exactly the speeches
 * it gives for the clean page, or refuse with one IngestError line. Never
 * different text. Most combinations must ingest, so a core that refuses
 * everything cannot pass.
 */

const PROPERTY_SEED = 20261201;
const RUNS = 200;
/** Share of cases that must ingest rather than be refused. */
const MIN_INGESTED = 0.75;

const seedBytes = readFileSync(SEED_PATH);
const pages = [
  { name: 'seed', text: seedBytes.toString('utf8') },
  ...syntheticCompilations(seedBytes, 6, 9),
];
const OPTIONS = { sha256: '0'.repeat(64) };
const encoder = new TextEncoder();
const clean: MarkdownFile[][] = pages.map(
  (page) => ingest(encoder.encode(page.text), 'input.txt', OPTIONS).markdown,
);

type Step = (text: string) => Artefacted;

const artefactSeed = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const furnitureForms = Object.keys(FURNITURE_FORMS) as FurnitureForm[];
const placements: Placement[] = ['own-line', 'glued', 'spaced'];

/** How the page is laid out: as scraped, as a PDF copy, or inside another site's wrapper. */
const layout: fc.Arbitrary<{ label: string; step: Step } | null> = fc.oneof(
  fc.constant(null),
  fc
    .record({
      seed: artefactSeed,
      width: fc.integer({ min: 28, max: 40 }),
      paragraphs: fc.constantFrom('indent' as const, 'blank-line' as const),
      punctuation: fc.constantFrom('full-width' as const, 'ascii' as const),
    })
    .map((options) => ({
      label: `hard-wrap ${JSON.stringify(options)}`,
      step: (text: string) => hardWrap(text, options),
    })),
  fc
    .record({ seed: artefactSeed, mode: fc.constantFrom('added' as const, 'replaced' as const) })
    .map((options) => ({
      label: `wrapper ${JSON.stringify(options)}`,
      step: (text: string) => otherSiteWrapper(text, options),
    })),
);

/**
 * Noise inserted into the text, after the layout, applied in the order of
 * `rank`: a site's own noise (glyphs, readings) goes into its text before a
 * page renderer stamps watermarks and page counters on it.
 */
const insertion: fc.Arbitrary<{ label: string; step: Step; rank: number }> = fc.oneof(
  fc
    .record({
      seed: artefactSeed,
      forms: fc.subarray(furnitureForms, { minLength: 1, maxLength: 3 }),
      placements: fc.subarray(placements, { minLength: 1 }),
      interval: fc.integer({ min: 400, max: 1200 }),
    })
    .map((options) => ({
      label: `furniture ${JSON.stringify(options)}`,
      step: (text: string) => pageFurniture(text, options),
      rank: 3,
    })),
  fc
    .record({ seed: artefactSeed, interval: fc.integer({ min: 500, max: 1000 }) })
    .map((options) => ({
      label: `watermark ${JSON.stringify(options)}`,
      step: (text: string) => watermark(text, options),
      rank: 2,
    })),
  fc
    .record({ seed: artefactSeed, rate: fc.double({ min: 0.005, max: 0.05, noNaN: true }) })
    .map((options) => ({
      label: `glyphs ${JSON.stringify(options)}`,
      step: (text: string) => antiCopyGlyphs(text, options),
      rank: 0,
    })),
  fc
    .record({
      seed: artefactSeed,
      pinyinRate: fc.double({ min: 0, max: 0.08, noNaN: true }),
      emojiDensity: fc.integer({ min: 0, max: 4 }),
    })
    .map((options) => ({
      label: `readings ${JSON.stringify(options)}`,
      step: (text: string) => parenthesisedReadings(text, options),
      rank: 1,
    })),
  fc.record({ seed: artefactSeed }).map((options) => ({
    label: `complete-footer ${JSON.stringify(options)}`,
    step: (text: string) => completeFooter(text, options),
    rank: 4,
  })),
);

/** Character-level changes, last: invisible characters, then references (so no invisible character lands inside one), then radicals. */
const encodings = fc.record({
  invisible: fc.option(
    fc.record({ seed: artefactSeed, density: fc.integer({ min: 1, max: 20 }) }),
    { nil: undefined, freq: 1 },
  ),
  entities: fc.option(
    fc.record({ seed: artefactSeed, share: fc.double({ min: 0.05, max: 1, noNaN: true }) }),
    { nil: undefined, freq: 1 },
  ),
  radicals: fc.option(
    fc.record({
      seed: artefactSeed,
      share: fc.double({ min: 0.1, max: 1, noNaN: true }),
      coverage: fc.double({ min: 0.5, max: 1, noNaN: true }),
    }),
    { nil: undefined, freq: 1 },
  ),
});

const scenario = fc.record({
  page: fc.nat({ max: pages.length - 1 }),
  layout,
  insertions: fc.array(insertion, { maxLength: 3 }),
  encodings,
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function steps(s: Scenario): { labels: string[]; steps: Step[] } {
  const encoding: { label: string; step: Step }[] = [
    ...(s.encodings.invisible
      ? [
          {
            label: `invisible ${JSON.stringify(s.encodings.invisible)}`,
            step: (text: string) => invisible(text, s.encodings.invisible!),
          },
        ]
      : []),
    ...(s.encodings.entities
      ? [
          {
            label: `entities ${JSON.stringify(s.encodings.entities)}`,
            step: (text: string) => htmlEntities(text, s.encodings.entities!),
          },
        ]
      : []),
    ...(s.encodings.radicals
      ? [
          {
            label: `radicals ${JSON.stringify(s.encodings.radicals)}`,
            step: (text: string) => pdfRadicals(text, s.encodings.radicals!),
          },
        ]
      : []),
  ];
  const insertions = [...s.insertions].sort((a, b) => a.rank - b.rank);
  const all = [...(s.layout ? [s.layout] : []), ...insertions, ...encoding];
  return { labels: all.map((entry) => entry.label), steps: all.map((entry) => entry.step) };
}

test(`${RUNS} random combinations of noise artefacts give the clean page's speeches or one IngestError line`, (t) => {
  const outcomes = new Map<string, number>();
  const count = (outcome: string): void =>
    void outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  let ingested = 0;

  fc.assert(
    fc.property(scenario, (s) => {
      const { steps: chain } = steps(s);
      const noisy = compose(pages[s.page]!.text, chain).text;
      let markdown: MarkdownFile[];
      try {
        markdown = ingest(encoder.encode(noisy), 'input.txt', OPTIONS).markdown;
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        assert.match(error.message, /^[^\n]+$/u, 'an IngestError message is one non-empty line');
        count(
          `IngestError: ${error.message
            .replace(/「[^」]*」/gu, '「…」')
            .replace(/\d+/gu, 'N')
            .slice(0, 80)}`,
        );
        return;
      }
      assert.deepEqual(
        markdown,
        clean[s.page],
        `different speeches from ${pages[s.page]!.name} after: ${steps(s).labels.join(' → ')}`,
      );
      ingested++;
      count('same speeches');
    }),
    { seed: PROPERTY_SEED, numRuns: RUNS, endOnFailure: true },
  );

  for (const [outcome, n] of [...outcomes].sort((a, b) => b[1] - a[1]))
    t.diagnostic(`${String(n).padStart(4)}  ${outcome}`);
  assert.ok(
    ingested >= RUNS * MIN_INGESTED,
    `only ${ingested} of ${RUNS} noisy pages ingested; noise alone must not make a page unreadable`,
  );
});
