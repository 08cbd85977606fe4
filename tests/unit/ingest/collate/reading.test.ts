import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { diff } from '../../../../src/ingest/collate/diff.ts';
import { codePoints, readingText } from '../../../../src/ingest/collate/reading.ts';

const whole = (...segments: string[]) => ({ segments, truncated: false });

describe('Myers diff', () => {
  it('keeps the longest common subsequence and rebuilds both sides', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '丁') }),
        fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '丁') }),
        (x, y) => {
          const a = codePoints(x);
          const b = codePoints(y);
          const edits = diff(a, b);
          const left = edits.flatMap((e) => (e.op === 'insert' ? [] : [a[e.a]]));
          const right = edits.flatMap((e) => (e.op === 'delete' ? [] : [b[e.b]]));
          assert.deepEqual(left, a);
          assert.deepEqual(right, b);
          for (const e of edits) if (e.op === 'keep') assert.equal(a[e.a], b[e.b]);
        },
      ),
    );
  });
});

describe('reading text', () => {
  it('is the witness itself when there is one', () => {
    const collation = readingText([whole('同志们：', '要加快发展。')], 0);
    assert.deepEqual(collation, { segments: ['同志们：', '要加快发展。'], places: [] });
  });

  it('takes the majority where each of three witnesses differs alone', () => {
    const collation = readingText(
      [
        whole('要进一步加快发展。', '全市上下。'),
        whole('要加快发展。', '全市上下。'),
        whole('要进一步加快发展。', '全市上下一心。'),
      ],
      0,
    );
    assert.deepEqual(collation.segments, ['要进一步加快发展。', '全市上下。']);
    assert.deepEqual(collation.places, [
      { segment: 0, lemma: '进一步', readings: [{ text: '', witnesses: [1] }] },
      { segment: 1, lemma: '', readings: [{ text: '一心', witnesses: [2] }] },
    ]);
  });

  it('follows the majority against the base, and the earliest witness on a tie', () => {
    const majority = readingText(
      [whole('推进改革。'), whole('深化改革。'), whole('深化改革。')],
      0,
    );
    assert.deepEqual(majority.segments, ['深化改革。']);
    assert.deepEqual(majority.places, [
      { segment: 0, lemma: '深化', readings: [{ text: '推进', witnesses: [0] }] },
    ]);
    const tie = readingText([whole('推进改革。'), whole('深化改革。')], 0);
    assert.deepEqual(tie.segments, ['推进改革。']);
    assert.deepEqual(tie.places, [
      { segment: 0, lemma: '推进', readings: [{ text: '深化', witnesses: [1] }] },
    ]);
  });

  it('counts a truncated preview only for what it holds', () => {
    const collation = readingText(
      [
        whole('一要抓好落实。二要加强领导。'),
        { segments: ['一要抓实落实。'], truncated: true },
        whole('一要抓好落实。二要加强领导。'),
      ],
      0,
    );
    assert.deepEqual(collation.segments, ['一要抓好落实。二要加强领导。']);
    assert.deepEqual(collation.places, [
      { segment: 0, lemma: '好', readings: [{ text: '实', witnesses: [1] }] },
    ]);
  });

  it('loses and repeats nothing where a variant crosses a block boundary', () => {
    // The second and third witnesses join the end of one paragraph to the start of the next.
    const collation = readingText(
      [
        whole('第一段结尾。', '第二段开头。'),
        whole('第一段结尾第二段开头。'),
        whole('第一段结尾第二段开头。'),
      ],
      0,
    );
    assert.equal(collation.segments.join(''), '第一段结尾第二段开头。');
    assert.equal(collation.segments.length, 2);
    assert.equal(collation.segments[0], '第一段结尾');
  });

  it('holds only witnesses\u2019 characters, each in a witness\u2019s order (property)', () => {
    const unit = fc.constantFrom('发', '展', '改', '革', '。', '，');
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit, maxLength: 12 }), { minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (witnesses) => {
          const collation = readingText(
            witnesses.map((segments) => whole(...segments)),
            0,
          );
          assert.equal(collation.segments.length, witnesses[0]!.length);
          const reading = collation.segments.join('');
          if (witnesses.length === 1) assert.equal(reading, witnesses[0]!.join(''));
          // Every character of the reading text belongs to some witness.
          const pool = new Set(witnesses.flatMap((segments) => Array.from(segments.join(''))));
          for (const char of reading) assert.ok(pool.has(char));
          // When all witnesses agree the reading is theirs.
          if (witnesses.every((w) => w.join('') === witnesses[0]!.join('')))
            assert.equal(reading, witnesses[0]!.join(''));
        },
      ),
    );
  });
});
