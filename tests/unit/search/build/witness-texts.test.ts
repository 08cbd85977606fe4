import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SpeechBlock } from '../../../../src/archive/speech-body.ts';
import type { Variants } from '../../../../src/schemas/variants.ts';
import { witnessTexts } from '../../../../src/search/build/witness-texts.ts';

const paragraph = (id: string, text: string): SpeechBlock => ({
  kind: 'paragraph',
  id,
  text,
  lead: null,
});
const heading = (id: string, text: string): SpeechBlock => ({ kind: 'heading', rank: 2, id, text });

const blocks: SpeechBlock[] = [
  paragraph('p1', '同志们：'),
  heading('s1', '一、提高站位'),
  paragraph('p2', '我们要认真总结经验，持续完善机制，推动问题解决。'),
  paragraph('p3', '实施提升工程，进一步规范商会建设，提升凝聚力。'),
  paragraph('p4', '加强建设，加强服务。'),
];

const a = { file: 'a.txt', site: null };
const b = { file: 'b.txt', site: '某网' };

function apparatus(variants: Variants['variants']): Variants {
  return { slug: 'speech-1', witnesses: ['a.txt', 'b.txt', 'c.txt'], variants };
}

describe('witnessTexts', () => {
  it('puts a substitution and an omission into the whole paragraph, with the span of each reading', () => {
    assert.deepEqual(
      witnessTexts(
        apparatus([
          {
            paragraph: 2,
            kind: 'substitution',
            reading: '进一步',
            lemma: '持续',
            witnesses: [a, b],
          },
          { paragraph: 3, kind: 'omission', reading: '', lemma: '进一步', witnesses: [b] },
        ]),
        blocks,
      ),
      [
        {
          id: 'p2',
          text: '我们要认真总结经验，进一步完善机制，推动问题解决。',
          spans: [[10, 13]],
          witnesses: ['a.txt', '某网（b.txt）'],
        },
        {
          id: 'p3',
          text: '实施提升工程，规范商会建设，提升凝聚力。',
          spans: [[7, 7]],
          witnesses: ['某网（b.txt）'],
        },
      ],
    );
  });

  it('gives each witness all of its own readings of a paragraph, and witnesses that read it alike one text', () => {
    assert.deepEqual(
      witnessTexts(
        apparatus([
          {
            paragraph: 2,
            kind: 'substitution',
            reading: '总结',
            lemma: '认真总结',
            witnesses: [a],
          },
          { paragraph: 2, kind: 'substitution', reading: '健全', lemma: '完善', witnesses: [a, b] },
        ]),
        blocks,
      ),
      [
        {
          id: 'p2',
          text: '我们要总结经验，持续健全机制，推动问题解决。',
          spans: [
            [3, 3],
            [10, 12],
          ],
          witnesses: ['a.txt'],
        },
        {
          id: 'p2',
          text: '我们要认真总结经验，持续健全机制，推动问题解决。',
          spans: [[12, 14]],
          witnesses: ['某网（b.txt）'],
        },
      ],
    );
  });

  it('lets a reading stand alone where its place is not certain: an addition, a lemma found twice, a lemma in a heading that goes with the paragraph', () => {
    assert.deepEqual(
      witnessTexts(
        apparatus([
          { paragraph: 4, kind: 'addition', reading: '新时代', lemma: '', witnesses: [a] },
          { paragraph: 4, kind: 'substitution', reading: '强化', lemma: '加强', witnesses: [b] },
          { paragraph: 2, kind: 'substitution', reading: '提升', lemma: '提高', witnesses: [b] },
          { paragraph: 3, kind: 'omission', reading: '', lemma: '规范', witnesses: [a] },
        ]),
        [...blocks.slice(0, 2), paragraph('p2', '提高站位，提高认识。'), ...blocks.slice(3)],
      ),
      [
        { id: 'p4', text: '新时代', spans: [[0, 3]], witnesses: ['a.txt'] },
        { id: 'p4', text: '强化', spans: [[0, 2]], witnesses: ['某网（b.txt）'] },
        { id: 'p2', text: '提升', spans: [[1, 2]], witnesses: ['某网（b.txt）'] },
        {
          id: 'p3',
          text: '实施提升工程，进一步商会建设，提升凝聚力。',
          spans: [[10, 10]],
          witnesses: ['a.txt'],
        },
      ],
    );
  });

  it('spans only what a reading does not share with its lemma at either end', () => {
    assert.deepEqual(
      witnessTexts(
        apparatus([
          {
            paragraph: 2,
            kind: 'substitution',
            reading: '完善',
            lemma: '持续完善',
            witnesses: [a],
          },
          {
            paragraph: 3,
            kind: 'substitution',
            reading: '进一步加强',
            lemma: '进一步',
            witnesses: [b],
          },
          {
            paragraph: 4,
            kind: 'substitution',
            reading: '强化服务',
            lemma: '加强服务',
            witnesses: [a],
          },
        ]),
        blocks,
      ),
      [
        {
          id: 'p2',
          text: '我们要认真总结经验，完善机制，推动问题解决。',
          spans: [[10, 10]],
          witnesses: ['a.txt'],
        },
        {
          id: 'p3',
          text: '实施提升工程，进一步加强规范商会建设，提升凝聚力。',
          spans: [[10, 12]],
          witnesses: ['某网（b.txt）'],
        },
        { id: 'p4', text: '加强建设，强化服务。', spans: [[5, 7]], witnesses: ['a.txt'] },
      ],
    );
  });

  it('refuses readings for a paragraph the speech does not have', () => {
    assert.throws(
      () =>
        witnessTexts(
          apparatus([
            { paragraph: 9, kind: 'omission', reading: '', lemma: '进一步', witnesses: [a] },
          ]),
          blocks,
        ),
      /^Error: speech-1\.variants\.json has readings for paragraph 9: expected a paragraph p9 in the speech$/u,
    );
  });
});
