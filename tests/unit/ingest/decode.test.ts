import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeText } from '../../../src/ingest/decode.ts';
import { IngestError } from '../../../src/ingest/errors.ts';

const TEXT = '同志们:\n谢谢大家!';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('decodeText detects the encoding', () => {
  const cases = [
    { name: 'UTF-8', input: utf8(TEXT), encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', input: utf8(`\uFEFF${TEXT}`), encoding: 'utf-8-bom' },
    { name: 'GB18030 without BOM', input: iconv.encode(TEXT, 'gb18030'), encoding: 'gb18030' },
    {
      name: 'UTF-16LE with BOM',
      input: iconv.encode(TEXT, 'utf-16le', { addBOM: true }),
      encoding: 'utf-16le',
    },
    {
      name: 'UTF-16BE with BOM',
      input: iconv.encode(TEXT, 'utf-16be', { addBOM: true }),
      encoding: 'utf-16be',
    },
  ] as const;

  for (const { name, input, encoding } of cases) {
    it(name, () => {
      assert.deepEqual(decodeText(input), { text: TEXT, encoding });
    });
  }

  it('normalises CRLF and lone CR to LF', () => {
    assert.equal(decodeText(utf8('甲\r\n乙\r丙\n')).text, '甲\n乙\n丙\n');
  });
});

describe('decodeText rejects what is not text', () => {
  const cases = [
    { name: 'empty input', input: bytes(), says: /empty \(0 bytes\)/ },
    { name: 'only whitespace', input: utf8(' \n\u3000\n'), says: /only whitespace/ },
    { name: 'NUL bytes', input: bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00), says: /NUL bytes/ },
    {
      name: 'neither UTF-8 nor GB18030',
      input: bytes(0xff, 0xff),
      says: /neither valid UTF-8, GB18030 nor Big5/,
    },
    { name: 'control characters', input: utf8('同志们\u0007'), says: /control characters/ },
    {
      name: 'a UTF-8 BOM before invalid bytes',
      input: bytes(0xef, 0xbb, 0xbf, 0xff),
      says: /byte-order mark but is not valid utf-8/,
    },
  ];

  for (const { name, input, says } of cases) {
    it(name, () => {
      assert.throws(
        () => decodeText(input),
        (error: unknown) => error instanceof IngestError && says.test(error.message),
      );
    });
  }
});
