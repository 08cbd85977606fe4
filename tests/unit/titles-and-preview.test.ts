import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutCompilationTitle, findCompilationTitle } from '../../src/lib/scrape/compilation.ts';
import { IngestError } from '../../src/lib/scrape/errors.ts';
import { splitParagraphs } from '../../src/lib/scrape/paragraphs.ts';
import { removePreview } from '../../src/lib/scrape/preview.ts';
import { isolateTitles, resolveTitles, splitSpeeches, titleCandidates } from '../../src/lib/scrape/split.ts';

const throwsIngestError = (run: () => unknown, says: RegExp): void => {
  assert.throws(run, (error: unknown) => error instanceof IngestError && says.test(error.message));
};

describe('paragraph separators', () => {
  const cases = [
    { why: 'runs of two or more spaces', text: '甲。  乙。   丙。', paragraphs: ['甲。', '乙。', '丙。'] },
    { why: 'a single space is kept inside a paragraph', text: '深化“中国梦 劳动美”活动。   乙。', paragraphs: ['深化“中国梦 劳动美”活动。', '乙。'] },
    { why: 'newlines', text: '甲。\n乙。\n\n丙。', paragraphs: ['甲。', '乙。', '丙。'] },
    { why: 'ideographic spaces', text: '甲。\u3000\u3000乙。\u3000丙。', paragraphs: ['甲。', '乙。', '丙。'] },
  ];
  for (const { why, text, paragraphs } of cases) {
    it(why, () => assert.deepEqual(splitParagraphs(text), paragraphs));
  }
});

describe('speech titles come from the compilation title', () => {
  it('reads 「A讲话和B讲话稿合编」 as A讲话 and B讲话', () => {
    assert.deepEqual(titleCandidates('关于甲的讲话和关于乙的讲话稿合编'), [['关于甲的讲话', '关于乙的讲话']]);
  });

  it('counts every copy and rejects copies that disagree', () => {
    assert.deepEqual(findCompilationTitle('甲讲话和乙讲话稿合编\n甲讲话和乙讲话稿合编 甲讲话'), { title: '甲讲话和乙讲话稿合编', copies: 2 });
    throwsIngestError(() => findCompilationTitle('甲讲话和乙讲话稿合编\n甲讲话和丙讲话稿合编'), /2 different compilation titles/);
    throwsIngestError(() => findCompilationTitle('一段新闻。'), /no recognisable speech/);
  });

  it('splits pieces glued to the compilation title and to a closing', () => {
    const pieces = cutCompilationTitle(['甲讲话和乙讲话稿合编 甲讲话', '一、标题 甲讲话和乙讲话稿合编 甲讲话'], '甲讲话和乙讲话稿合编');
    assert.deepEqual(pieces, ['甲讲话', '一、标题', '甲讲话']);
    assert.deepEqual(isolateTitles(['谢谢大家! 乙讲话'], ['甲讲话', '乙讲话']), ['谢谢大家!', '乙讲话']);
  });

  it('keeps the one split point whose titles both occur', () => {
    assert.deepEqual(resolveTitles('甲讲话和乙讲话和丙讲话稿合编', ['甲讲话和乙讲话', '正文', '丙讲话', '正文']), ['甲讲话和乙讲话', '丙讲话']);
  });

  it('rejects zero or several valid split points', () => {
    throwsIngestError(() => resolveTitles('甲讲话和乙讲话稿合编', ['甲讲话', '正文']), /no recognisable speech/);
    const both = ['甲讲话', '乙讲话和丙讲话', '甲讲话和乙讲话', '丙讲话'];
    throwsIngestError(() => resolveTitles('甲讲话和乙讲话和丙讲话稿合编', both), /in 2 ways/);
  });

  it('requires each title exactly once, the first one opening the text', () => {
    assert.deepEqual(splitSpeeches(['甲讲话', 'a', '乙讲话', 'b'], ['甲讲话', '乙讲话']), [
      { title: '甲讲话', paragraphs: ['a'] },
      { title: '乙讲话', paragraphs: ['b'] },
    ]);
    throwsIngestError(() => splitSpeeches(['甲讲话', 'a', '乙讲话', 'b', '乙讲话'], ['甲讲话', '乙讲话']), /2 times/);
    throwsIngestError(() => splitSpeeches(['广告', '甲讲话', 'a', '乙讲话', 'b'], ['甲讲话', '乙讲话']), /before the first speech title/);
    throwsIngestError(() => splitSpeeches(['甲讲话', '乙讲话', 'b'], ['甲讲话', '乙讲话']), /has no text/);
  });
});

describe('the duplicated preview', () => {
  const cases = [
    { why: 'a leading run repeated right after itself is removed once', input: ['t', 's', 'p', 't', 's', 'p', 'q'], preview: ['t', 's', 'p'] },
    { why: 'the longest repeated run wins', input: ['a', 'a', 'a', 'a', 'b'], preview: ['a', 'a'] },
    { why: 'no repetition, no preview', input: ['t', 's', 'p', 'q'], preview: [] },
    { why: 'a repetition later in the text is not a preview', input: ['t', 's', 'p', 'p'], preview: [] },
  ];
  for (const { why, input, preview } of cases) {
    it(why, () => {
      const result = removePreview(input);
      assert.deepEqual(result.preview, preview);
      assert.deepEqual(result.paragraphs, input.slice(preview.length));
    });
  }
});
