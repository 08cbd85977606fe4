import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chineseNumeral } from '../../../../src/ingest/structure/numerals.ts';
import { splitPoints } from '../../../../src/ingest/structure/points.ts';
import { IngestError } from '../../../../src/ingest/errors.ts';
import { structureSpeech as structureRaw } from '../../../../src/ingest/structure/index.ts';
import type { SpeechBody } from '../../../../src/ingest/types.ts';

/** The body structured from paragraphs alone, as the split stage hands them over. */
function structureSpeech(paragraphs: string[]): SpeechBody {
  return structureRaw({ title: '关于测试的讲话', front: [], paragraphs, partial: null }).body;
}

/** 一 … 九十九 as the core writes them, and 一百 for the one numeral it never counts to. */
function chineseNumeralFor(n: number): string {
  return n === 100 ? '一百' : chineseNumeral(n);
}

describe('numbered points start their own paragraph', () => {
  const cases = [
    {
      why: 'lead text before the first point stays a paragraph',
      text: '开场。一要甲。内容。二要乙。内容。',
      leads: [null, '一要甲。', '二要乙。'],
    },
    {
      why: '是 and 要 mix in one run',
      text: '一要甲。二要乙。三是丙。四要丁。',
      leads: ['一要甲。', '二要乙。', '三是丙。', '四要丁。'],
    },
    {
      why: 'a point may follow a closing quote',
      text: '他说：“好。”一是甲。',
      leads: [null, '一是甲。'],
    },
    {
      why: '统一要求 is not a point: not after a sentence end',
      text: '会议强调统一要求，一要执行。',
      leads: [null],
    },
    { why: 'a stray 二是 out of sequence is not a point', text: '开场。二是说法。', leads: [null] },
    { why: 'numbering must not skip', text: '一要甲。三要丙。', leads: ['一要甲。'] },
    {
      why: '二是 after a comma stays inside its point',
      text: '一要甲。内容，二是说法。二要乙。',
      leads: ['一要甲。', '二要乙。'],
    },
  ];

  for (const { why, text, leads } of cases) {
    it(why, () => {
      const { blocks } = splitPoints(text, 1);
      assert.deepEqual(
        blocks.map((block) => block.lead),
        leads,
      );
      assert.equal(blocks.map((block) => (block.lead ?? '') + block.text).join(''), text);
    });
  }

  it('stops numbering after 九十九 instead of failing', () => {
    const run = Array.from({ length: 100 }, (_, i) => `${chineseNumeralFor(i + 1)}是抓落实。`).join(
      '',
    );
    const { blocks, nextPoint } = splitPoints(run, 1);
    assert.equal(nextPoint, 100);
    assert.equal(blocks.length, 99);
    assert.equal(blocks.at(-1)?.text, '一百是抓落实。');
  });

  it('continues the numbering from the previous paragraph', () => {
    assert.deepEqual(splitPoints('三要丙。内容。', 3), {
      blocks: [{ kind: 'paragraph', lead: '三要丙。', text: '内容。' }],
      nextPoint: 4,
    });
  });
});

describe('structureSpeech', () => {
  it('finds salutation, sections, subsections and closing', () => {
    const body = structureSpeech([
      '同志们：',
      '引言。',
      '一、坚持政治性，增强向心力',
      '（一）标题句。正文。',
      '二、第二节',
      '一要甲。',
      '谢谢大家！',
    ]);
    assert.equal(body.salutation, '同志们：');
    assert.equal(body.closing, '谢谢大家！');
    assert.deepEqual(body.blocks, [
      { kind: 'paragraph', lead: null, text: '引言。' },
      { kind: 'heading', depth: 2, text: '一、坚持政治性，增强向心力' },
      { kind: 'heading', depth: 3, text: '（一）标题句。' },
      { kind: 'paragraph', lead: null, text: '正文。' },
      { kind: 'heading', depth: 2, text: '二、第二节' },
      { kind: 'paragraph', lead: '一要甲。', text: '' },
    ]);
  });

  it('restarts point numbering in every section', () => {
    const body = structureSpeech([
      '一、甲',
      '一要甲。',
      '二要乙。',
      '二、乙',
      '一是丙。',
      '二是丁。',
    ]);
    assert.deepEqual(
      body.blocks.map((block) => (block.kind === 'paragraph' ? block.lead : block.text)),
      ['一、甲', '一要甲。', '二要乙。', '二、乙', '一是丙。', '二是丁。'],
    );
  });

  const notHeadings = [
    {
      why: 'a numbered sentence is a paragraph, not a section heading',
      paragraph: '一、这是一个完整的句子。',
    },
    { why: 'a long numbered line is a paragraph', paragraph: `一、${'很长'.repeat(20)}` },
  ];
  for (const { why, paragraph } of notHeadings) {
    it(why, () => {
      assert.deepEqual(structureSpeech([paragraph]).blocks, [
        { kind: 'paragraph', lead: null, text: paragraph },
      ]);
    });
  }

  const headingForms = [
    { why: '一、 opens a section', paragraph: '一、提高站位，统一思想', depth: 2 },
    { why: '一 and a space opens a section', paragraph: '一 提高站位，统一思想', depth: 2 },
    { why: '一. opens a section', paragraph: '一.提高站位，统一思想', depth: 2 },
    {
      why: '一． (full-width stop) opens a section',
      paragraph: '一．提高站位，统一思想',
      depth: 2,
    },
    { why: '第一部分 opens a section', paragraph: '第一部分 提高站位，统一思想', depth: 2 },
    {
      why: '(一) in ASCII parentheses opens a subsection (restored to full width)',
      paragraph: '(一)发挥教育引导职能。',
      depth: 3,
      text: '（一）发挥教育引导职能。',
    },
    {
      why: '1. opens a subsection in a speech without （一）',
      paragraph: '1.发挥教育引导职能。',
      depth: 3,
    },
  ];
  for (const { why, paragraph, depth, text } of headingForms as {
    why: string;
    paragraph: string;
    depth: number;
    text?: string;
  }[]) {
    it(why, () => {
      const [block] = structureSpeech(['引言。', paragraph]).blocks.slice(1);
      assert.deepEqual(block, { kind: 'heading', depth, text: text ?? paragraph });
    });
  }

  it('1. stays a paragraph in a speech that numbers its subsections （一）', () => {
    const blocks = structureSpeech(['（一）标题句。', '1.第一点。']).blocks;
    assert.deepEqual(blocks.at(-1), { kind: 'paragraph', lead: null, text: '1.第一点。' });
  });

  it('refuses a section heading run into the paragraph before it', () => {
    assert.throws(
      () => structureSpeech(['同志们：', '讲三点意见。一、提高站位，统一思想一要站位政治高度。']),
      (error: unknown) => error instanceof IngestError && /runs into the text/u.test(error.message),
    );
  });

  it('takes a salutation only if it is short and ends with a colon', () => {
    assert.equal(
      structureSpeech(['各位领导、同志们：', '正文。']).salutation,
      '各位领导、同志们：',
    );
    assert.equal(
      structureSpeech(['这一段很长而且以冒号结尾，但它并不是称呼语：', '正文。']).salutation,
      null,
    );
    assert.equal(structureSpeech(['正文。']).salutation, null);
  });
});
