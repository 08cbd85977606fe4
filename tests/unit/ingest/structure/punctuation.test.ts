import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  emptyCounts,
  restorePunctuation,
  type PunctuationCounts,
} from '../../../../src/ingest/structure/punctuation.ts';

function counts(partial: Partial<PunctuationCounts>): PunctuationCounts {
  return { ...emptyCounts(), ...partial };
}

describe('restorePunctuation', () => {
  const cases = [
    {
      why: 'comma between Chinese characters',
      input: '我们,同志',
      output: '我们，同志',
      counted: { ',': 1 },
    },
    {
      why: 'colon before a quote',
      input: 'xxx指出:“非公',
      output: 'xxx指出：“非公',
      counted: { ':': 1 },
    },
    {
      why: 'semicolon, exclamation and question marks',
      input: '起来;来中!吗?',
      output: '起来；来中！吗？',
      counted: { ';': 1, '!': 1, '?': 1 },
    },
    {
      why: 'mark at the end of the text',
      input: '谢谢大家!',
      output: '谢谢大家！',
      counted: { '!': 1 },
    },
    {
      why: 'Chinese numeral in parentheses',
      input: '(一)发挥',
      output: '（一）发挥',
      counted: { '(': 1, ')': 1 },
    },
    {
      why: 'redaction placeholder next to Chinese',
      input: 'X,比',
      output: 'X，比',
      counted: { ',': 1 },
    },
    {
      why: 'digit next to Chinese',
      input: '社会组织,25人',
      output: '社会组织，25人',
      counted: { ',': 1 },
    },
    { why: 'a time stays', input: '10:30', output: '10:30', counted: {} },
    {
      why: 'a time inside Chinese keeps its colon only',
      input: '上午10:30,开会',
      output: '上午10:30，开会',
      counted: { ',': 1 },
    },
    { why: 'ASCII list stays', input: 'a,b', output: 'a,b', counted: {} },
    { why: 'function call stays', input: 'f(x)', output: 'f(x)', counted: {} },
    { why: 'Markdown link syntax stays', input: '[链接](x)', output: '[链接](x)', counted: {} },
    {
      why: 'adjacent marks both see the Chinese side',
      input: '(好!)',
      output: '（好！）',
      counted: { '(': 1, '!': 1, ')': 1 },
    },
    {
      why: 'parentheses convert as a pair',
      input: '(1)项',
      output: '（1）项',
      counted: { '(': 1, ')': 1 },
    },
    { why: 'a lone mark stays', input: ',', output: ',', counted: {} },
    {
      why: 'nothing else changes',
      input: 'XX书记xxx·X%“中国梦 劳动美”2020年',
      output: 'XX书记xxx·X%“中国梦 劳动美”2020年',
      counted: {},
    },
  ];

  for (const { why, input, output, counted } of cases) {
    it(why, () => {
      const result = restorePunctuation(input);
      assert.equal(result.text, output);
      assert.deepEqual(result.counts, counts(counted));
    });
  }
});
