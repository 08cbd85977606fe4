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

const doc = readFileSync(join(FIXTURES, 'documents', 'speeches.doc'));
const options = { sha256: '0'.repeat(64) };
const seed = ingestFixture('seed');

function refusal(bytes: Uint8Array): Promise<string> {
  return refusalOf(bytes, 'speeches.doc');
}

/** The same compound file with its WordDocument stream renamed: an OLE file that holds no Word text, as an .xls or .msg is. */
function withoutWordStream(bytes: Uint8Array): Uint8Array {
  const name = Buffer.from('WordDocument', 'utf16le');
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(name);
  assert.notEqual(at, -1);
  copy.write('XordDocument', at, 'utf16le');
  assert.equal(copy.indexOf(name), -1);
  return copy;
}

describe('the legacy Word reader', () => {
  it('claims the file by its compound-file signature, not its name', async () => {
    const document = await readSource(doc, 'speeches.bin');
    assert.equal(document.format, 'doc');
    assert.equal(document.encoding, null);
    assert.deepEqual(document.stated, []);
  });

  it('gives the same speeches as the text scrape the document was made from', async () => {
    const result = await ingestSource(doc, 'speeches.doc', options);
    assert.equal(result.report.format, 'doc');
    assert.equal(result.report.compilationTitle, COMPILATION_TITLE);
    assert.deepEqual(withoutSource(result.markdown), withoutSource(seed.markdown));
  });

  it('keeps curly quotes as written', async () => {
    const document = await readSource(doc, 'speeches.doc');
    assert.ok(document.text.includes('“双胜利”'));
    assert.ok(!document.text.includes('"'));
  });

  it('keeps the header and footer out of the text and records them', async () => {
    const document = await readSource(doc, 'speeches.doc');
    assert.ok(document.text.startsWith(`${COMPILATION_TITLE}\n\n`));
    assert.equal(document.text.split(COMPILATION_TITLE).length, 2);
    // LibreOffice stores the PAGE field's result as of the last page it laid out.
    assert.deepEqual(document.setAside, [
      { kind: 'running-head', text: COMPILATION_TITLE, count: 1 },
      { kind: 'page-number', text: '第 7 页', count: 1 },
    ]);
    const { report } = await ingestSource(doc, 'speeches.doc', options);
    const changes = Object.fromEntries(report.changes.map((change) => [change.kind, change]));
    assert.deepEqual(changes['running-head']?.items, [{ text: COMPILATION_TITLE, count: 1 }]);
    assert.deepEqual(changes['page-number']?.items, [{ text: '第 7 页', count: 1 }]);
  });

  it('refuses a compound document that is not a Word document', async () => {
    assert.equal(
      await refusal(withoutWordStream(doc)),
      'is a compound document but not a Word document; expected a Word document (.doc)',
    );
  });

  it('refuses a truncated Word document in one line', async () => {
    const message = await refusal(doc.subarray(0, Math.floor(doc.length / 2)));
    assert.match(
      message,
      /^is not a readable Word document \(.+\); expected a Word document \(\.doc\)$/u,
    );
    assert.ok(!message.includes('\n'));
  });

  it('meets damaged bytes with an IngestError or a result, never another exception', async () => {
    await assertDamagedCopiesReadOrRefused(doc, 'speeches.doc', {
      minLength: 8,
      numRuns: 20,
    });
  });
});
