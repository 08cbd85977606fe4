import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestSource, readSource } from '../../../../src/ingest/index.ts';
import { assertDamagedCopiesReadOrRefused, refusalOf } from '../../../support/readers.ts';
import { FIXTURES, ingestFixture } from '../../../support/ingest.ts';

const options = { sha256: '0'.repeat(64) };
const mhtml = readFileSync(join(FIXTURES, 'documents', 'saved-page.mhtml'));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array): Promise<string> {
  return refusalOf(bytes, 'page.mhtml');
}

describe('the single-file saved page reader', () => {
  it('reads the page Chromium saved as one file into the same speeches as the seed scrape', async () => {
    const result = await ingestSource(mhtml, 'saved-page.mhtml', options);
    const seed = ingestFixture('seed');
    assert.deepEqual(
      result.markdown.map(({ text }) =>
        text.replace('source: saved-page.mhtml', 'source: input.txt'),
      ),
      seed.markdown.map(({ text }) => text),
    );
    assert.equal(result.report.format, 'mhtml');
    assert.equal(result.report.encoding, 'gb18030');
    assert.deepEqual(result.report.statedStructure?.disagreements, []);
  });

  it('claims the file by its MIME headers, not its name', async () => {
    assert.equal((await readSource(mhtml, 'page.html')).format, 'mhtml');
  });

  it('decodes a base64 part in the charset its Content-Type names', async () => {
    const page = Buffer.from('<html><body><p>同志们：</p></body></html>').toString('base64');
    const message =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n' +
      '--b\r\nContent-Type: text/css\r\n\r\np{}\r\n' +
      `--b\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${page}\r\n--b--\r\n`;
    const document = await readSource(encode(message), 'page.mht');
    assert.equal(document.text, '同志们：');
    assert.equal(document.encoding, 'utf-8');
  });

  it('keeps the bytes of an 8bit part as they are (这 is E8 BF 99: 0x99 is no character in windows-1252)', async () => {
    const message =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n' +
      '--b\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<html><body><p>这是同志们的事业。</p></body></html>\r\n--b--\r\n';
    const document = await readSource(encode(message), 'page.mht');
    assert.equal(document.text, '这是同志们的事业。');
  });

  it('refuses a multipart message with no page in it', async () => {
    const message =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nx\r\n--b--\r\n';
    assert.equal(
      await refusal(encode(message)),
      'is a MIME message with no text/html part; expected a web page saved as a single file (.mhtml)',
    );
  });

  it('meets damaged bytes with an IngestError or a result, never another exception', async () => {
    await assertDamagedCopiesReadOrRefused(mhtml, 'saved-page.mhtml', {
      minLength: 1,
      numRuns: 20,
    });
  });
});
