import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  COMPILATION_TITLE,
  countOccurrences,
  ingestFixture,
  normalise,
  parseMarkdown,
  plainText,
  SEED_PATH,
  TITLE_1,
  TITLE_2,
} from '../../support/ingest.ts';

// Expected text is cut from the raw page with plain string searches, not
// with anything from the ingest core, so a core bug cannot hide itself.
const raw = readFileSync(SEED_PATH, 'utf8');
const completeCopy = raw.slice(raw.lastIndexOf(COMPILATION_TITLE) + COMPILATION_TITLE.length);
const CLOSING = '谢谢大家!';

function spanFrom(text: string, salutation: string, from: number): { span: string; end: number } {
  const start = text.indexOf(salutation, from);
  const end = text.indexOf(CLOSING, start) + CLOSING.length;
  assert.ok(start >= 0 && end > start, `expected ${salutation} … ${CLOSING} in the raw source`);
  return { span: text.slice(start, end), end };
}

const first = spanFrom(completeCopy, '各位领导、同志们:', 0);
const second = spanFrom(completeCopy, '同志们:', first.end);
const expectedSpans = [first.span, second.span];
const rawPreview = raw.slice(
  raw.indexOf(`${COMPILATION_TITLE} ${TITLE_1}`),
  raw.lastIndexOf(COMPILATION_TITLE),
);
const { markdown } = ingestFixture('seed');
const speechTexts = markdown.map((file) => normalise(plainText(parseMarkdown(file.text))));

describe('generated Markdown is faithful to the source', () => {
  it('the raw span sanity: the second title sits between the two speeches', () => {
    assert.equal(
      completeCopy.slice(first.end, completeCopy.indexOf('同志们:', first.end)).trim(),
      TITLE_2,
    );
  });

  expectedSpans.forEach((span, i) => {
    it(`speech ${i + 1} text equals the source from salutation to closing, ignoring whitespace and punctuation width`, () => {
      assert.equal(speechTexts[i], normalise(span));
    });
  });

  it('contains no boilerplate and no copy of the compilation title', () => {
    const boilerplate = [
      '申明敬告',
      '本站不保证',
      '文档介绍',
      '查看更多',
      '相关文章',
      '您可能关注的文档',
      COMPILATION_TITLE,
    ];
    for (const file of markdown) {
      for (const text of boilerplate)
        assert.ok(!file.text.includes(text), `${file.fileName} contains ${text}`);
    }
  });

  it('keeps each piece of the preview exactly as often as the complete copy has it', () => {
    const pieces = rawPreview
      .split(/\s{2,}/u)
      .map(normalise)
      .filter((piece) => piece !== normalise(`${COMPILATION_TITLE}${TITLE_1}`));
    assert.equal(
      pieces.length,
      4,
      'expected salutation, two paragraphs and a heading in the preview',
    );
    for (const piece of pieces) {
      const inSource = countOccurrences(normalise(first.span), piece);
      assert.equal(inSource, 1);
      assert.equal(countOccurrences(speechTexts[0] ?? '', piece), inSource, piece.slice(0, 20));
    }
  });

  it('keeps the single space inside “中国梦 劳动美” verbatim', () => {
    assert.ok(markdown[1]?.text.includes('深化“中国梦 劳动美”主题实践活动'));
  });
});
