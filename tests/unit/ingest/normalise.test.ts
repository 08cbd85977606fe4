import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChangeLog, type ChangeKind, normalise } from '../../../src/ingest/normalise/index.ts';

interface Row {
  why: string;
  input: string;
  output: string;
  /** Changes the report must count, by kind. */
  counts?: Partial<Record<ChangeKind, number>>;
}

function run(input: string): { text: string; log: ChangeLog } {
  const log = new ChangeLog();
  return { text: normalise(input, log), log };
}

function table(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    for (const { why, input, output, counts = {} } of rows) {
      it(why, () => {
        const { text, log } = run(input);
        assert.equal(text, output);
        for (const [kind, count] of Object.entries(counts))
          assert.equal(log.count(kind as ChangeKind), count, kind);
      });
    }
  });
}

table('characters a PDF text layer or a scraper substituted', [
  {
    why: 'Kangxi radicals become the unified ideograph',
    input: '⼀要⾼质量发展',
    output: '一要高质量发展',
    counts: { 'ideograph-variant': 2 },
  },
  {
    why: 'CJK radicals supplement forms become the unified ideograph',
    input: '⻓期坚持，⻔户开放',
    output: '长期坚持，门户开放',
    counts: { 'ideograph-variant': 2 },
  },
  {
    why: 'compatibility ideographs become the unified ideograph',
    input: '\uF967\uF9D1',
    output: '不六',
    counts: { 'ideograph-variant': 2 },
  },
  {
    why: 'full-width punctuation stays full-width (no blanket NFKC)',
    input: '同志们：好，（一）“双胜利”！',
    output: '同志们：好，（一）“双胜利”！',
    counts: { 'ideograph-variant': 0 },
  },
  {
    why: 'named references decode',
    input: '&ldquo;双胜利&rdquo;&hellip;',
    output: '“双胜利”…',
    counts: { 'html-entity': 3 },
  },
  {
    why: 'decimal and hex references decode',
    input: '市委&#12289;市政府&#x3001;工商联',
    output: '市委、市政府、工商联',
    counts: { 'html-entity': 2 },
  },
  {
    why: 'references decode once, as the page showed them',
    input: 'a&amp;lt;b',
    output: 'a&lt;b',
    counts: { 'html-entity': 1 },
  },
  {
    why: 'an unknown name is left as written',
    input: '&notaname;',
    output: '&notaname;',
    counts: { 'html-entity': 0 },
  },
]);

table('invisible characters and spaces', [
  {
    why: 'zero-width characters, soft hyphens and stray BOMs are removed',
    input: '两\u200b个\u00ad健\ufeff康\u2060',
    output: '两个健康',
    counts: { 'invisible-character': 4 },
  },
  {
    why: 'a no-break space is a single space in the text',
    input: '中国梦\u00a0劳动美',
    output: '中国梦 劳动美',
    counts: { space: 1 },
  },
  {
    why: 'an ideographic space is two columns, a paragraph gap',
    input: '甲。\u3000乙。',
    output: '甲。  乙。',
  },
  { why: 'a tab is two columns', input: '甲。\t乙。', output: '甲。  乙。', counts: { space: 1 } },
]);

table('page furniture, removed wherever it falls and the sentence rejoined', [
  {
    why: 'a 第N页 共M页 counter inside a sentence',
    input: '推动民营第2页 共6页经济发展。',
    output: '推动民营经济发展。',
    counts: { 'page-number': 1 },
  },
  {
    why: 'a spaced counter with spaces round it',
    input: '推动民营 第 3 页 共 6 页 经济发展。',
    output: '推动民营经济发展。',
    counts: { 'page-number': 1 },
  },
  {
    why: 'a counter on its own line between two halves of a sentence',
    input: '推动民营\n- 4 -\n经济发展。',
    output: '推动民营经济发展。',
    counts: { 'page-number': 1 },
  },
  {
    why: 'a counter between paragraphs keeps the paragraph break',
    input: '第一段。\n第5页/共6页\n第二段。',
    output: '第一段。\n第二段。',
    counts: { 'page-number': 1 },
  },
  {
    why: 'a counter between paragraph gaps keeps the gap',
    input: '第一段。   — 5 —   第二段。',
    output: '第一段。   第二段。',
    counts: { 'page-number': 1 },
  },
  {
    why: 'a counter before a heading does not join the heading to the text',
    input: '一、提高站位\n共6页 第2页\n一要站位政治高度。',
    output: '一、提高站位\n一要站位政治高度。',
    counts: { 'page-number': 1 },
  },
  {
    why: 'Page N of M and N / M forms',
    input: '推动 Page 3 of 6 民营经济，再 4 / 6 发展。',
    output: '推动民营经济，再发展。',
    counts: { 'page-number': 2 },
  },
  {
    why: 'a bare number counts only on a line of its own',
    input: '甲乙\n12\n丙丁。增长20%。',
    output: '甲乙丙丁。增长20%。',
    counts: { 'page-number': 1 },
  },
  {
    why: 'a year range and a ratio in prose stay',
    input: '2019—2020年，占比3/4。',
    output: '2019—2020年，占比3/4。',
    counts: { 'page-number': 0 },
  },
  {
    why: '第N页 alone counts only where the page numbers rise around it',
    input: '甲第2页乙第3页丙',
    output: '甲乙丙',
    counts: { 'page-number': 2 },
  },
  {
    why: 'a single 第N页 in prose stays',
    input: '详见第2页。',
    output: '详见第2页。',
    counts: { 'page-number': 0 },
  },
]);

table('a site watermark repeated at every page break', [
  {
    why: 'glued copies are cut out, even mid-word, and a standalone copy bounds them',
    input:
      '推动民精品文档网—资源每日更新www.jpwd.com营经济。\n精品文档网—资源每日更新www.jpwd.com\n三精品文档网—资源每日更新www.jpwd.com、坚持群众性',
    output: '推动民营经济。\n三、坚持群众性',
    counts: { watermark: 3 },
  },
  {
    why: 'three glued copies agree on the watermark around the address',
    input: '甲乙范文库www.fwk.cc丙丁。戊范文库www.fwk.cc己。庚辛范文库www.fwk.cc壬。',
    output: '甲乙丙丁。戊己。庚辛壬。',
    counts: { watermark: 3 },
  },
  {
    why: 'a watermark without an address is found by its slogan',
    input:
      '甲乙【精品范文库】更多精品尽在这里丙丁。戊【精品范文库】更多精品尽在这里己。庚辛【精品范文库】更多精品尽在这里壬。',
    output: '甲乙丙丁。戊己。庚辛壬。',
    counts: { watermark: 3 },
  },
  {
    why: "an address mentioned once is the text's own",
    input: '登录www.12333.gov.cn查询。',
    output: '登录www.12333.gov.cn查询。',
    counts: { watermark: 0 },
  },
]);

table('anti-copy noise, pinyin readings and emoji', [
  {
    why: 'noise glyphs after words are removed',
    input: '推动◆民营★经济■发展',
    output: '推动民营经济发展',
    counts: { 'anti-copy-glyph': 3 },
  },
  {
    why: '○ as a zero in a year stays',
    input: '二○二○年',
    output: '二○二○年',
    counts: { 'anti-copy-glyph': 0 },
  },
  {
    why: '○ after a word is noise',
    input: '劳动关系○三方协商',
    output: '劳动关系三方协商',
    counts: { 'anti-copy-glyph': 1 },
  },
  {
    why: 'a parenthesised pinyin reading after a character is removed',
    input: '時(shí)代在發（fā）展',
    output: '時代在發展',
    counts: { 'pinyin-reading': 2 },
  },
  {
    why: 'parentheses that are text stay',
    input: '(一)占比(X%)(a)',
    output: '(一)占比(X%)(a)',
    counts: { 'pinyin-reading': 0 },
  },
  {
    why: 'a parenthesised emoji is removed, flags and variation selectors with it',
    input: '发展(👍)中国（🇨🇳）爱(❤️)',
    output: '发展中国爱',
    counts: { emoji: 3 },
  },
]);

describe('Kangxi radicals take the script of the text around them', () => {
  it('reads ⼾ as 户 in Simplified prose (a PDF font that has one glyph for both)', () => {
    assert.equal(run('各⼾人家都来了，这是我们的责任。').text, '各户人家都来了，这是我们的责任。');
  });

  it('reads ⼾ as 戶 in Traditional prose', () => {
    assert.equal(run('各⼾人家都來了，這是我們的責任。').text, '各戶人家都來了，這是我們的責任。');
  });
});
