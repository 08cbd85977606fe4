import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { excerpt, findHits, occurrences, prepare } from '../../../../src/search/core/match.ts';
import { fold, normalise, variantMap } from '../../../../src/search/core/fold.ts';

const variants = variantMap('两兩 个個 经經 济濟');

function hitsOf(texts: string[], query: string[]) {
  const blocks = prepare(
    texts.map((text, i) => ({ id: `p${i + 1}`, text })),
    variants,
  );
  return findHits(
    blocks,
    query.map((term) => fold(term, variants)),
  ).map((hit) => ({
    id: hit.block.id,
    marked: hit.ranges.map(([s, e]) => hit.block.text.slice(s, e)),
  }));
}

describe('findHits', () => {
  it('finds each occurrence of one phrase, in reading order', () => {
    assert.deepEqual(hitsOf(['甲“两个健康”乙“两个健康”', '无', '两个健康'], ['两个健康']), [
      { id: 'p1', marked: ['两个健康'] },
      { id: 'p1', marked: ['两个健康'] },
      { id: 'p3', marked: ['两个健康'] },
    ]);
  });

  it('marks the original text, whatever the spelling of the query', () => {
    assert.deepEqual(hitsOf(['深化“中国梦 劳动美”主题'], ['中国梦劳动美']), [
      { id: 'p1', marked: ['中国梦 劳动美'] },
    ]);
    assert.deepEqual(hitsOf(['民營經濟“兩個健康”'], ['两个健康']), [
      { id: 'p1', marked: ['兩個健康'] },
    ]);
    assert.deepEqual(hitsOf(['落实企业家副主席（副会长）轮值'], ['(副会长)']), [
      { id: 'p1', marked: ['（副会长）'] },
    ]);
    assert.deepEqual(hitsOf(['xxx指出'], ['XXX指出']), [{ id: 'p1', marked: ['xxx指出'] }]);
  });

  it('does not count overlapping occurrences twice', () => {
    assert.deepEqual(hitsOf(['哈哈哈哈哈'], ['哈哈']).length, 2);
  });

  it('with several phrases, gives one hit per block holding all of them', () => {
    assert.deepEqual(
      hitsOf(
        ['民营经济与两个健康，民营经济', '只有民营经济', '两个健康'],
        ['民营经济', '两个健康'],
      ),
      [{ id: 'p1', marked: ['民营经济', '两个健康', '民营经济'] }],
    );
  });

  it('finds nothing for no phrase', () => {
    assert.deepEqual(hitsOf(['任何文字'], []), []);
  });

  it('finds every substring of a text where it is, and its count agrees with an indexOf loop', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('两', '个', '兩', '個', '，', ',', ' ', 'X', 'x', '经'),
          minLength: 1,
          maxLength: 30,
        }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const folded = normalise(text, variants);
          const from = Math.min(a, b) % folded.text.length || 0;
          const term = folded.text.slice(from, from + 1 + (Math.max(a, b) % 5));
          if (term === '') return true;
          let expected = 0;
          for (
            let at = folded.text.indexOf(term);
            at !== -1;
            at = folded.text.indexOf(term, at + term.length)
          )
            expected += 1;
          return (
            occurrences(prepare([{ id: 'p1', text }], variants)[0]!.folded, term).length ===
              expected && expected > 0
          );
        },
      ),
    );
  });
});

describe('occurrences', () => {
  it('gives ranges that cover whole source characters', () => {
    assert.deepEqual(occurrences(normalise('Ａ，Ｂ', variants), 'a,b'), [[0, 3]]);
  });
});

describe('excerpt', () => {
  const text = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';

  it('shows the phrase marked with context either side and ellipses where the text goes on', () => {
    const segments = excerpt(text, [[15, 17]], [[15, 17]], 3);
    assert.deepEqual(segments, [
      { text: '…丙丁戊', mark: false },
      { text: '己庚', mark: true },
      { text: '辛壬癸…', mark: false },
    ]);
  });

  it('adds no ellipsis at the ends of the block', () => {
    assert.deepEqual(excerpt('短句子', [[0, 1]], [[0, 1]]), [
      { text: '短', mark: true },
      { text: '句子', mark: false },
    ]);
  });

  it('joins the windows of several phrases, merging those that touch', () => {
    const segments = excerpt(
      text,
      [
        [2, 3],
        [4, 5],
        [30, 31],
      ],
      [
        [2, 3],
        [4, 5],
        [30, 31],
      ],
      2,
    );
    assert.equal(
      segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join(''),
      '一二[三]四[五]六七…申酉[戌]亥',
    );
  });

  it('clips a mark that runs past the window', () => {
    const segments = excerpt(
      text,
      [[10, 11]],
      [
        [10, 11],
        [12, 20],
      ],
      3,
    );
    assert.equal(
      segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join(''),
      '…八九十[甲]乙[丙丁]…',
    );
  });
});
