import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { variantClasses } from '../../../../src/search/build/variants.ts';
import { fold, variantMap } from '../../../../src/search/core/fold.ts';

describe('variantClasses', () => {
  it('unions the differing characters of aligned texts, Simplified first', () => {
    const classes = variantClasses([
      ['复习', '複習'],
      ['复兴', '復興'],
      ['复兴', '復興'],
      ['同志们', '同志們'],
    ]);
    assert.equal(classes, '习習 们們 兴興 复復複');
  });

  it("adds the forms of other conventions after the site's own", () => {
    assert.equal(variantClasses([['里面', '裡面']], [['里面', '裏面']]), '里裡裏');
    assert.equal(
      variantClasses(
        [['里面', '裡面']],
        [
          ['里面', '裏面'],
          ['里面', '裏面'],
        ],
      ),
      '里裡裏',
    );
  });

  it('makes both scripts fold alike', () => {
    const variants = variantMap(variantClasses([['两个健康发展', '兩個健康發展']]));
    assert.equal(fold('兩個健康發展', variants), fold('两个健康发展', variants));
  });

  it('refuses texts that do not align', () => {
    assert.throws(() => variantClasses([['里', '裏面']]), /differ in length/);
  });
});
