import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestSource, readSource } from '../../../../src/ingest/index.ts';
import {
  assertDamagedCopiesReadOrRefused,
  refusalOf,
  withoutSource,
} from '../../../support/readers.ts';
import { COMPILATION_TITLE, FIXTURES, ingestFixture } from '../../../support/ingest.ts';
import { excerpt } from '../../../fixtures/documents/excerpt.ts';

const DOCUMENTS = join(FIXTURES, 'documents');
const exported = readFileSync(join(DOCUMENTS, 'speeches.pdf'));
const onA5 = readFileSync(join(DOCUMENTS, 'speeches-a5.pdf'));
const printed = readFileSync(join(DOCUMENTS, 'printed.pdf'));
const scanned = readFileSync(join(DOCUMENTS, 'scanned.pdf'));
const onePage = readFileSync(join(DOCUMENTS, 'one-page.pdf'));
const encrypted = readFileSync(join(DOCUMENTS, 'encrypted.pdf'));
const options = { sha256: '0'.repeat(64) };
const seed = ingestFixture('seed');

/**
 * LibreOffice's export on Letter pages breaks a line at the space of
 * 中国梦 劳动美 and, like every writer here, draws no glyph for a space a
 * line break falls on: its text layer does not hold that space (pdftotext
 * reads 中国梦⏎劳动美 too). The reader joins those lines as it joins any
 * Chinese line break and records the join (tested below); everything else
 * is the seed's text. The A5 export and Chromium's print break elsewhere.
 */
const seedText = withoutSource(seed.markdown);
const seedTextJoinedAtTheSpace = seedText.map((text) =>
  text.replace('中国梦 劳动美', '中国梦劳动美'),
);

function refusal(bytes: Uint8Array, name = 'speeches.pdf'): Promise<string> {
  return refusalOf(bytes, name);
}

function changesOf(report: {
  changes: { kind: string; count: number; items: { text: string; count: number }[] }[];
}) {
  return Object.fromEntries(report.changes.map((change) => [change.kind, change]));
}

describe('the PDF reader', () => {
  it('claims the file by its %PDF- header, not its name', async () => {
    const document = await readSource(exported, 'speeches.bin');
    assert.equal(document.format, 'pdf');
    assert.equal(document.encoding, null);
    assert.deepEqual(document.stated, []);
  });

  it('expects the seed to hold 中国梦 劳动美 once', () => {
    assert.equal(seedText.join('\n').split('中国梦 劳动美').length, 2);
  });

  for (const [writer, bytes, expected] of [
    [
      "LibreOffice's PDF, but for the space its text layer lacks",
      exported,
      seedTextJoinedAtTheSpace,
    ],
    ["LibreOffice's A5 PDF", onA5, seedText],
    ["Chromium's PDF", printed, seedText],
  ] as const) {
    it(`gives the seed's speeches from ${writer}`, async () => {
      const result = await ingestSource(bytes, 'speeches.pdf', options);
      assert.equal(result.report.format, 'pdf');
      assert.equal(result.report.compilationTitle, COMPILATION_TITLE);
      assert.deepEqual(withoutSource(result.markdown), expected);
    });
  }

  for (const [writer, bytes, joins] of [
    ["LibreOffice's", exported, 206],
    ["LibreOffice's A5", onA5, 296],
    ["Chromium's", printed, 199],
  ] as const) {
    it(`records each of the ${joins} line breaks it joins in ${writer} PDF, four characters either side`, async () => {
      const { report } = await ingestSource(bytes, 'speeches.pdf', options);
      const change = changesOf(report)['line-join']!;
      assert.equal(change.count, joins);
      assert.ok(change.items.every(({ text }) => /^[^⏎]{1,4}⏎[^⏎]{1,4}$/u.test(text)));
    });
  }

  it('reports the join where LibreOffice dropped the space of 中国梦 劳动美', async () => {
    const { report } = await ingestSource(exported, 'speeches.pdf', options);
    assert.deepEqual(
      changesOf(report)['line-join']!.items.filter(({ text }) => text.includes('中国梦⏎')),
      [{ text: '“中国梦⏎劳动美”', count: 1 }],
    );
  });

  for (const [export_, bytes, pages] of [
    ["LibreOffice's export", exported, 7],
    ["LibreOffice's A5 export", onA5, 13],
  ] as const) {
    it(`sets the running head and 第 N 页 footer aside on each of ${export_}'s ${pages} pages`, async () => {
      const { report } = await ingestSource(bytes, 'speeches.pdf', options);
      const changes = changesOf(report);
      assert.deepEqual(changes['running-head']?.items, [{ text: COMPILATION_TITLE, count: pages }]);
      assert.deepEqual(
        changes['page-number']?.items,
        Array.from({ length: pages }, (_, index) => ({ text: `第${index + 1}页`, count: 1 })),
      );
    });
  }

  it("sets Chromium's header and - N - footer aside on each of its 8 pages", async () => {
    const document = await readSource(printed, 'speeches.pdf');
    const furniture = document.setAside.filter(({ kind }) => kind !== 'line-join');
    assert.deepEqual(
      furniture.map(({ kind, count }) => [kind, count]),
      [['running-head', 8], ...Array.from({ length: 8 }, () => ['page-number', 1])],
    );
    assert.deepEqual(
      furniture.slice(1).map(({ text }) => text),
      [1, 2, 3, 4, 5, 6, 7, 8].map((page) => `- ${page} -`),
    );
  });

  it('sets the page number alone at the foot of a one-page PDF aside and gives its speech', async () => {
    const result = await ingestSource(onePage, 'speech.pdf', options);
    const changes = changesOf(result.report);
    assert.equal(result.speeches.length, 1);
    assert.deepEqual(excerpt(result.speeches[0]!), excerpt(seed.speeches[1]!));
    assert.equal(result.speeches[0]!.blocks.length, 2);
    assert.deepEqual(changes['page-number']?.items, [{ text: '1', count: 1 }]);
    assert.equal(changes['running-head'], undefined);
  });

  it('refuses an encrypted PDF that needs a password to open', async () => {
    assert.equal(
      await refusal(encrypted),
      'is an encrypted PDF (it needs a password); expected a PDF document',
    );
  });

  it('refuses a PDF of page images', async () => {
    assert.equal(await refusal(scanned), 'no text layer: the PDF holds images of pages');
  });

  it('refuses a text file named .pdf', async () => {
    assert.equal(
      await refusal(new TextEncoder().encode('同志们：'), 'speech.pdf'),
      'is named .pdf but its bytes are not a PDF document; expected a PDF document',
    );
  });

  it('refuses a truncated PDF with one line', async () => {
    const message = await refusal(exported.subarray(0, 2048));
    assert.match(
      message,
      /^is not a readable PDF \(.+\); expected a PDF document$|^no text layer/u,
    );
    assert.ok(!message.includes('\n'));
  });

  it('meets damaged bytes with an IngestError or a result, never another exception', async () => {
    await assertDamagedCopiesReadOrRefused(printed, 'speeches.pdf', {
      minLength: 5,
      numRuns: 20,
    });
  });
});
