import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as OpenCC from 'opencc-js';
import { readScript, toSimplified } from '../../../src/ingest/script.ts';
import { ingestFixture, parseMarkdown, plainText } from '../../support/ingest.ts';

const seed = ingestFixture('seed');
/** What the fixture generator wrote the Traditional sources with (tests/fixtures/make-fixtures.ts). */
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The text of a Markdown file as plain remark reads it (front matter aside; character references decoded). */
function body(markdown: string): string {
  return plainText(parseMarkdown(markdown));
}

describe('the script a source is written in', () => {
  it('reads Simplified prose as Simplified: no character has a Simplified form to go to', () => {
    for (const speech of seed.speeches) {
      assert.equal(speech.script.script, 'hans');
      assert.equal(speech.script.t2s, 0);
      assert.ok(speech.script.s2t > 0.3, `s2t share ${speech.script.s2t}`);
    }
  });

  it('reads the same prose in Traditional characters as Traditional', () => {
    for (const speech of ingestFixture('traditional').speeches) {
      assert.equal(speech.script.script, 'hant');
      assert.equal(speech.script.s2t, 0);
      assert.ok(speech.script.t2s > 0.3, `t2s share ${speech.script.t2s}`);
    }
  });

  it('calls text with no telling character Simplified, as the data is written', () => {
    assert.deepEqual(readScript('人民 2020 年'), { script: 'hans', t2s: 0, s2t: 0 });
    assert.deepEqual(readScript('no Chinese at all'), { script: 'hans', t2s: 0, s2t: 0 });
  });

  it('goes by the majority: a Traditional quotation in Simplified prose leaves it Simplified', () => {
    const reading = readScript(
      '会议指出，要认真学习“堅持黨的領導”这一论述，进一步统一思想，推动发展。',
    );
    assert.equal(reading.script, 'hans');
    assert.ok(reading.t2s > 0 && reading.t2s < reading.s2t);
  });
});

describe('a Traditional source', () => {
  const traditional = ingestFixture('traditional');

  it('keeps its own characters in the Markdown, and says it is Traditional', () => {
    assert.equal(traditional.markdown.length, seed.markdown.length);
    traditional.markdown.forEach((file, i) => {
      assert.match(file.text, /^sourceScript: hant$/mu);
      assert.equal(body(file.text), toTaiwan(body(seed.markdown[i]!.text)));
    });
  });

  it('gives the seed back, character for character, through the Simplified conversion alone', () => {
    traditional.markdown.forEach((file, i) => {
      const simplified = toSimplified(body(file.text));
      assert.equal(simplified.length, body(file.text).length);
      assert.equal(simplified, body(seed.markdown[i]!.text));
    });
  });

  it('reads the same from Big5 as from UTF-8 (and Big5 is never taken for GB18030)', () => {
    const big5 = ingestFixture('traditional-big5');
    assert.equal(big5.report.encoding, 'big5');
    assert.deepEqual(big5.markdown, traditional.markdown);
  });

  it('leaves Simplified GB18030 read as GB18030, not Big5', () => {
    assert.equal(ingestFixture('gb18030').report.encoding, 'gb18030');
  });
});
