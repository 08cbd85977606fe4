import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RootContent } from 'mdast';
import { ingestFixture, parseMarkdown, plainText } from '../../../support/ingest.ts';

interface Section {
  heading: string;
  subsections: string[];
  points: string[];
}

/** Reads the section outline back from the Markdown as plain remark sees it. */
function outline(markdown: string): { first: string; last: string; sections: Section[] } {
  const blocks = parseMarkdown(markdown).children.filter((node) => node.type !== 'yaml');
  const sections: Section[] = [];
  for (const node of blocks) {
    const current = sections.at(-1);
    if (node.type === 'heading' && node.depth === 2)
      sections.push({ heading: plainText(node), subsections: [], points: [] });
    else if (node.type === 'heading' && node.depth === 3)
      current?.subsections.push(plainText(node));
    else if (isPoint(node)) current?.points.push(plainText(node.children[0] ?? node));
  }
  return {
    first: plainText(blocks[0] as RootContent),
    last: plainText(blocks.at(-1) as RootContent),
    sections,
  };
}

function isPoint(node: RootContent): node is RootContent & { type: 'paragraph' } {
  return node.type === 'paragraph' && node.children[0]?.type === 'strong';
}

const [speech1, speech2] = ingestFixture('seed').markdown.map((file) => outline(file.text));

describe('heading structure matches the source', () => {
  it('speech 1: salutation, three sections, closing', () => {
    assert.equal(speech1?.first, '各位领导、同志们：');
    assert.equal(speech1?.last, '谢谢大家！');
    assert.deepEqual(
      speech1?.sections.map((section) => section.heading),
      ['一、提高站位，统一思想', '二、聚焦聚力，统筹推进', '三、加强引导，精准对标'],
    );
  });

  it('speech 1: numbered points 3, 6, 4 per section, each numbered in order', () => {
    assert.deepEqual(
      speech1?.sections.map((section) => section.points.length),
      [3, 6, 4],
    );
    for (const section of speech1?.sections ?? []) {
      section.points.forEach((lead, i) => {
        assert.equal(lead[0], '一二三四五六'[i]);
        assert.match(lead, /^.[要是].*。$/u);
      });
    }
    assert.equal(speech1?.sections[2]?.points[2], '三是创新发展。');
  });

  it('speech 2: salutation, three sections with 3, 3, 4 subsections, closing', () => {
    assert.equal(speech2?.first, '同志们：');
    assert.equal(speech2?.last, '谢谢大家！');
    assert.deepEqual(
      speech2?.sections.map((section) => section.heading),
      ['一、坚持政治性，增强向心力', '二、坚持先进性，增强凝聚力', '三、坚持群众性，增强吸引力'],
    );
    assert.deepEqual(
      speech2?.sections.map((section) => section.subsections.length),
      [3, 3, 4],
    );
    assert.deepEqual(
      speech2?.sections.map((section) => section.points.length),
      [0, 0, 0],
    );
  });

  it('speech 2: a subsection heading is only the first sentence of its paragraph', () => {
    assert.equal(
      speech2?.sections[0]?.subsections[0],
      '（一）发挥教育引导职能，全面贯彻党的主张。',
    );
    assert.equal(speech2?.sections[2]?.subsections[3], '（四）积极转变作风，密切联系职工。');
  });
});
