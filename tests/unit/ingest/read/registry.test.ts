import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ingest, ingestSource, readSource, READERS } from '../../../../src/ingest/index.ts';
import { SEED_PATH } from '../../../support/ingest.ts';

const seed = readFileSync(SEED_PATH);
const options = { sha256: '0'.repeat(64) };

describe('the reader registry', () => {
  it('ends with the text reader, the one that claims any bytes', () => {
    assert.equal(READERS.at(-1)?.format, 'text');
    assert.equal(
      READERS.filter((reader) => reader.sniff(new TextEncoder().encode('同志们：'))).at(0)?.format,
      'text',
    );
  });

  it('gives each format one reader, each with its file-name endings', () => {
    const formats = READERS.map((reader) => reader.format);
    assert.deepEqual(formats, [...new Set(formats)]);
    for (const reader of READERS) assert.ok(reader.extensions.length > 0, reader.format);
  });

  it('reads a text scrape as text, stating no structure', async () => {
    const document = await readSource(seed, 'seed.txt');
    assert.equal(document.format, 'text');
    assert.equal(document.encoding, 'utf-8');
    assert.deepEqual(document.setAside, []);
    assert.deepEqual(document.stated, []);
  });

  it('ingests a text scrape through the reader exactly as the synchronous path does', async () => {
    assert.deepEqual(
      await ingestSource(seed, 'seed.txt', options),
      ingest(seed, 'seed.txt', options),
    );
  });
});
