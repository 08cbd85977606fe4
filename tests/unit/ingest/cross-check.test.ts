import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crossCheck } from '../../../src/ingest/cross-check.ts';
import type { ParagraphBlock } from '../../../src/ingest/types.ts';
import { COMPILATION_TITLE, ingestFixture, TITLE_1 } from '../../support/ingest.ts';

const { speeches } = ingestFixture('seed');
const first = speeches[0]!;
const heading = first.blocks.find((block) => block.kind === 'heading' && block.depth === 2)!;
// The first speech has sections only; the second has subsections.
const subheading = speeches[1]!.blocks.find(
  (block) => block.kind === 'heading' && block.depth === 3,
)!;
const led = first.blocks.find(
  (block): block is ParagraphBlock => block.kind === 'paragraph' && block.lead !== null,
)!;
const plain = first.blocks.find(
  (block): block is ParagraphBlock => block.kind === 'paragraph' && block.lead === null,
)!;

describe('crossCheck: the structure a document states against the text rules', () => {
  it('is null for a source that states none (plain text)', () => {
    assert.equal(crossCheck([], speeches, COMPILATION_TITLE), null);
  });

  it('counts titles, headings and leads read the same way, ignoring spacing and punctuation width', () => {
    const checked = crossCheck(
      [
        { role: 'title', text: COMPILATION_TITLE },
        { role: 'heading', depth: 1, text: TITLE_1.replace('“', '"').replace('”', '"') },
        { role: 'heading', depth: 2, text: ` ${heading.text} ` },
        { role: 'heading', depth: 3, text: subheading.text },
        { role: 'lead', text: led.lead! },
      ],
      speeches,
      COMPILATION_TITLE,
    );
    assert.deepEqual(checked, { agreed: 5, disagreements: [] });
  });

  it('lists every place where the two differ, with what each read', () => {
    const checked = crossCheck(
      [
        { role: 'heading', depth: 3, text: heading.text },
        { role: 'heading', depth: 2, text: plain.text },
        { role: 'lead', text: [...plain.text].slice(0, 6).join('') },
        { role: 'heading', depth: 2, text: '相关推荐' },
      ],
      speeches,
      COMPILATION_TITLE,
    );
    assert.deepEqual(checked, {
      agreed: 0,
      disagreements: [
        { text: heading.text, document: 'heading-3', rules: 'heading-2' },
        { text: plain.text, document: 'heading-2', rules: 'paragraph' },
        { text: [...plain.text].slice(0, 6).join(''), document: 'lead', rules: 'paragraph' },
        { text: '相关推荐', document: 'heading-2', rules: 'absent' },
      ],
    });
  });
});
