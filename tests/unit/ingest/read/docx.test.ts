import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { ingestSource, readSource } from '../../../../src/ingest/index.ts';
import {
  assertDamagedCopiesReadOrRefused,
  refusalOf,
  withoutSource,
} from '../../../support/readers.ts';
import { COMPILATION_TITLE, FIXTURES, ingestFixture } from '../../../support/ingest.ts';

const docx = readFileSync(join(FIXTURES, 'documents', 'speeches.docx'));
const options = { sha256: '0'.repeat(64) };
const seed = ingestFixture('seed');

function refusal(bytes: Uint8Array): Promise<string> {
  return refusalOf(bytes, 'speeches.docx');
}

describe('the Word reader', () => {
  it('claims the file by its zip signature, not its name', async () => {
    const document = await readSource(docx, 'speeches.bin');
    assert.equal(document.format, 'docx');
    assert.equal(document.encoding, null);
  });

  it('gives the same speeches as the text scrape it was made from', async () => {
    const result = await ingestSource(docx, 'speeches.docx', options);
    assert.equal(result.report.format, 'docx');
    assert.equal(result.report.encoding, null);
    assert.equal(result.report.compilationTitle, COMPILATION_TITLE);
    assert.deepEqual(withoutSource(result.markdown), withoutSource(seed.markdown));
  });

  it('keeps the header and footer out of the text and records them', async () => {
    const document = await readSource(docx, 'speeches.docx');
    assert.ok(!document.text.includes('第 1 页'));
    assert.ok(document.text.startsWith(`${COMPILATION_TITLE}\n\n`));
    assert.equal(document.text.split(COMPILATION_TITLE).length, 2);
    const { report } = await ingestSource(docx, 'speeches.docx', options);
    const changes = Object.fromEntries(report.changes.map((change) => [change.kind, change]));
    assert.deepEqual(changes['running-head']?.items, [{ text: COMPILATION_TITLE, count: 1 }]);
    assert.deepEqual(changes['page-number']?.items, [{ text: '第 1 页', count: 1 }]);
  });

  it('states the title, every heading and every lead, all agreeing with the text rules', async () => {
    const document = await readSource(docx, 'speeches.docx');
    const headings = seed.speeches.flatMap((speech) =>
      speech.blocks.filter((block) => block.kind === 'heading'),
    );
    const leads = seed.speeches.flatMap((speech) =>
      speech.blocks.flatMap((block) =>
        block.kind === 'paragraph' && block.lead !== null ? [block.lead] : [],
      ),
    );
    assert.deepEqual(
      document.stated.filter((block) => block.role === 'title'),
      [{ role: 'title', text: COMPILATION_TITLE }],
    );
    assert.deepEqual(
      document.stated.filter((block) => block.role === 'heading' && block.depth === 1),
      seed.speeches.map((speech) => ({ role: 'heading', depth: 1, text: speech.title })),
    );
    assert.deepEqual(
      document.stated.filter((block) => block.role === 'heading' && block.depth > 1),
      headings.map((block) => ({ role: 'heading', depth: block.depth, text: block.text })),
    );
    assert.deepEqual(
      document.stated.filter((block) => block.role === 'lead'),
      leads.map((text) => ({ role: 'lead', text })),
    );
    const { report } = await ingestSource(docx, 'speeches.docx', options);
    assert.deepEqual(report.statedStructure, {
      agreed: 1 + seed.speeches.length + headings.length + leads.length,
      disagreements: [],
    });
  });

  it('refuses a zip archive that is not a Word document', async () => {
    const zip = zipSync({ 'notes.txt': strToU8('同志们：') });
    assert.equal(
      await refusal(zip),
      'is a zip archive but not a Word document (no word/document.xml); expected a Word document (.docx)',
    );
  });

  it('refuses a truncated Word document', async () => {
    const message = await refusal(docx.subarray(0, Math.floor(docx.length / 2)));
    assert.match(
      message,
      /^is not a readable Word document \(.+\); expected a Word document \(\.docx\)$/u,
    );
    assert.ok(!message.includes('\n'));
  });

  it('meets damaged bytes with an IngestError or a result, never another exception', async () => {
    await assertDamagedCopiesReadOrRefused(docx, 'speeches.docx', {
      minLength: 4,
      numRuns: 30,
    });
  });
});
