import assert from 'node:assert/strict';
import { describe as suite, it } from 'node:test';
import { describe } from '../../../src/routing/description.ts';

suite('describe', () => {
  const cases: [string, string, number, string][] = [
    ['keeps a short opening whole', '今天召开会议。', 120, '今天召开会议。'],
    [
      'keeps whole sentences while they fit',
      '第一句话。第二句话！第三句话很长很长。',
      12,
      '第一句话。第二句话！',
    ],
    ['keeps a closing quote with its sentence', '他说：“好。”然后走了。', 8, '他说：“好。”'],
    [
      'cuts a first sentence that is too long after its last clause that fits',
      '一二，三四，五六七八九十。',
      7,
      '一二，三四…',
    ],
    ['cuts mid-clause only when no clause fits', '一二三四五六七八九十。', 6, '一二三四五…'],
    ['folds line breaks and runs of space', '第一句\n  第二句。', 120, '第一句 第二句。'],
    ['counts characters, not UTF-16 units', '𠀀𠀀𠀀𠀀。', 5, '𠀀𠀀𠀀𠀀。'],
  ];
  for (const [behaviour, text, limit, expected] of cases) {
    it(behaviour, () => assert.equal(describe(text, limit), expected));
  }
});
