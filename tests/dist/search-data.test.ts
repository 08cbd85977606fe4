import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Manifest, TextChunk } from '../../src/search/core/format.ts';
import { fold, variantMap } from '../../src/search/core/fold.ts';
import { distDir, distFiles, readDist, requireDist } from '../support/dist.ts';
import { gramSlots } from '../support/gram-lists.ts';

/** What one query may fetch per gram and per run of blocks: small, whatever the archive's size. */
const bounds = [
  { what: 'gram shard', pattern: /^search-data\/grams\/\d+\.bin$/u, bytes: 32 * 1024 },
  {
    what: 'text chunk',
    pattern: /^(?:zh-hant\/)?search-data\/text\/\d+-\d+\.json$/u,
    bytes: 16 * 1024,
  },
  {
    what: 'title group',
    pattern: /^(?:zh-hant\/)?search-data\/titles\/\d+\.json$/u,
    bytes: 8 * 1024,
  },
  { what: 'manifest', pattern: /^(?:zh-hant\/)?search-data\/manifest\.json$/u, bytes: 4 * 1024 },
];

before(requireDist);

describe('search data', () => {
  for (const { what, pattern, bytes } of bounds) {
    it(`every ${what} stays under ${bytes / 1024} KB`, () => {
      const files = distFiles().filter((file) => pattern.test(file));
      assert.ok(files.length > 0, `expected ${what} files in dist/`);
      for (const file of files)
        assert.ok(
          readFileSync(join(distDir, file)).length <= bytes,
          `${file} is over ${bytes} bytes`,
        );
    });
  }

  it('lists every block of the built text and every witness reading of it, in both scripts, under each of its grams', () => {
    const variants = variantMap(
      (JSON.parse(readDist('search-data/variants.json')) as { classes: string }).classes,
    );
    for (const prefix of ['', 'zh-hant/']) {
      const { index } = JSON.parse(readDist(`${prefix}search-data/manifest.json`)) as Manifest;
      const { slots: slotsIn } = gramSlots(
        (file) => readFileSync(join(distDir, 'search-data/grams', file)),
        index.shards,
      );
      const slotsOf = (gram: string) => new Set(slotsIn(gram));
      const chunks = distFiles().filter((file) => file.startsWith(`${prefix}search-data/text/`));
      for (const file of chunks) {
        const [speech, part] = file
          .match(/(\d+)-(\d+)\.json$/u)!
          .slice(1)
          .map(Number) as [number, number];
        const chunk = JSON.parse(readDist(file)) as TextChunk;
        const listed = (id: string, slot: number, text: string, what: string) => {
          const folded = fold(text, variants);
          for (let at = 0; at < folded.length; at++) {
            for (let length = 1; length <= 3 && at + length <= folded.length; length++) {
              const gram = folded.slice(at, at + length);
              assert.ok(
                slotsOf(gram).has(slot),
                `${file} ${what} "${id}": not listed under “${gram}”`,
              );
            }
          }
        };
        const slots = new Map<string, number>();
        chunk.blocks.forEach(([id, text], i) => {
          const slot = speech * index.slotsPerSpeech + part * index.blocksPerChunk + i;
          slots.set(id, slot);
          listed(id, slot, text, 'block');
        });
        // A witness's reading of a paragraph is listed under the paragraph's slot.
        for (const [id, text] of chunk.readings ?? []) {
          const slot = slots.get(id);
          assert.ok(
            slot !== undefined,
            `${file}: a reading of "${id}", which the chunk does not hold`,
          );
          listed(id, slot, text, 'witness reading of');
        }
      }
    }
  });
});
