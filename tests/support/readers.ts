/**
 * What every reader's tests ask of it (tests/unit/ingest/read/): the same
 * speeches as the seed's text scrape, one-line refusals, and damaged copies
 * that never crash.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IngestError, ingestSource } from '../../src/ingest/index.ts';

export const INGEST_OPTIONS = { sha256: '0'.repeat(64) };

/** The Markdown names its source file; everything else must match the text scrape's. */
export function withoutSource(markdown: readonly { text: string }[]): string[] {
  return markdown.map(({ text }) => text.replace(/^source: .*$/mu, 'source: -'));
}

/** The IngestError message ingest gives these bytes under this name; fails if it gives none. */
export async function refusalOf(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    await ingestSource(bytes, fileName, INGEST_OPTIONS);
  } catch (error) {
    assert.ok(error instanceof IngestError, String(error));
    return error.message;
  }
  assert.fail('expected an IngestError');
}

/**
 * Truncated copies of `bytes` (at least `minLength` long) with up to eight
 * bits flipped: each is read or refused with an IngestError, never met with
 * another exception.
 */
export async function assertDamagedCopiesReadOrRefused(
  bytes: Uint8Array,
  fileName: string,
  { minLength, numRuns }: { minLength: number; numRuns: number },
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: minLength, max: bytes.length }),
      fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 7 })), {
        maxLength: 8,
      }),
      async (length, flips) => {
        const damaged = Uint8Array.from(bytes.subarray(0, length));
        for (const [at, bit] of flips) if (at < length) damaged[at]! ^= 1 << bit;
        try {
          await ingestSource(damaged, fileName, INGEST_OPTIONS);
        } catch (error) {
          assert.ok(error instanceof IngestError, String(error));
        }
      },
    ),
    { numRuns },
  );
}
