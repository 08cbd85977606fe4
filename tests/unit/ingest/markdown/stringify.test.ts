import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Paragraph } from 'mdast';
import { toMarkdown } from '../../../../src/ingest/markdown/stringify.ts';
import { speechToMdast } from '../../../../src/ingest/markdown/to-mdast.ts';
import type { Speech } from '../../../../src/ingest/types.ts';
import { ingestFixture, parseMarkdown, plainText } from '../../../support/ingest.ts';

function speechWithPoint(lead: string, text: string): Speech {
  const body = {
    salutation: null,
    blocks: [{ kind: 'paragraph' as const, lead, text }],
    closing: null,
  };
  const stats = { paragraphs: 1, characters: 0, sections: 0, subsections: 0, points: 1 };
  return {
    ...body,
    order: 1,
    slug: 'speech-1',
    title: '题',
    subtitle: null,
    source: { fileName: 'x.txt', sha256: '0' },
    partial: null,
    script: { script: 'hans', t2s: 0, s2t: 0 },
    stats,
  };
}

/** The paragraphs of the Markdown that start with a strong node, as plain remark reads them. */
function pointParagraphs(markdown: string): Paragraph[] {
  return parseMarkdown(markdown).children.filter(
    (node): node is Paragraph => node.type === 'paragraph' && node.children[0]?.type === 'strong',
  );
}

describe('a bold point lead survives CommonMark flanking rules', () => {
  const cases = [
    { why: 'followed by Chinese text', lead: '一要危中寻机。', text: '危和机总是同生并存的。' },
    {
      why: 'followed by the xxx redaction',
      lead: '一要站位政治高度，充分认识“提升行动”的重要性。',
      text: 'xxx指出：“非公有制经济”。',
    },
    { why: 'followed by a digit', lead: '二要用好政策。', text: '2020年以来。' },
    { why: 'ending in a closing quote', lead: '三是“创新发展。”', text: '创新是第一动力。' },
    { why: 'with Markdown characters inside', lead: '四要*对标*提升。', text: '_引导_。' },
  ];

  for (const { why, lead, text } of cases) {
    it(why, () => {
      const [paragraph] = pointParagraphs(toMarkdown(speechToMdast(speechWithPoint(lead, text))));
      assert.ok(paragraph, 'expected a paragraph starting with strong');
      const [strong, rest] = paragraph.children;
      assert.equal(paragraph.children.length, 2);
      assert.equal(strong?.type, 'strong');
      assert.equal(plainText(strong ?? paragraph), lead);
      assert.equal(rest?.type, 'text');
      assert.equal(plainText(rest ?? paragraph), text);
    });
  }

  it('every point lead of the seed parses back as its own strong node', () => {
    const { speeches, markdown } = ingestFixture('seed');
    speeches.forEach((speech, i) => {
      const leads = speech.blocks.flatMap((block) =>
        block.kind === 'paragraph' && block.lead !== null ? [block.lead] : [],
      );
      const parsed = pointParagraphs(markdown[i]?.text ?? '').map((paragraph) =>
        plainText(paragraph.children[0] ?? paragraph),
      );
      assert.deepEqual(parsed, leads);
    });
  });
});
