import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IngestError } from '../../../src/ingest/errors.ts';
import { locate } from '../../../src/ingest/locate/index.ts';
import { isolatePageTitles, titleReadings } from '../../../src/ingest/locate/page-titles.ts';
import { toParagraphs } from '../../../src/ingest/locate/paragraphs.ts';
import { ChangeLog, normalise } from '../../../src/ingest/normalise/index.ts';

const TITLE = '关于推进工会工作创新发展的讲话';
const BODY =
  '为了深入贯彻中央和省市委群团工作会议精神，提升工会干部的综合素质，市总工会决定举办这期培训班。';
const END = '努力开创工会工作新局面，为建设和谐新XX做出新的贡献！';

function located(text: string) {
  const log = new ChangeLog();
  return locate(normalise(text, log), log);
}

describe('the speech is found by its structure, whatever the site wraps round it', () => {
  const cases = [
    {
      why: 'a title followed by a salutation starts a speech; lines before it are wrapper',
      text: [
        '首页 > 范文 > 讲话稿',
        TITLE,
        '同志们：',
        BODY,
        END,
        '谢谢大家！',
        '相关文档',
        '在全市工作会议上的讲话',
      ].join('\n'),
      title: TITLE,
      front: [] as string[],
      paragraphs: ['同志们：', BODY, END, '谢谢大家！'],
      wrapper: ['首页 > 范文 > 讲话稿', '相关文档', '在全市工作会议上的讲话'],
    },
    {
      why: "the site's file card and disclaimer between title and salutation are wrapper, a subtitle is the speech's",
      text: [
        TITLE,
        '页数：4',
        '导语：本文来源于网友上传，不代表本站观点。',
        '——在全市工会干部培训班上的讲话',
        '同志们：',
        BODY,
        END,
      ].join('\n'),
      title: TITLE,
      front: ['——在全市工会干部培训班上的讲话'],
      paragraphs: ['同志们：', BODY, END],
      wrapper: ['页数：4', '导语：本文来源于网友上传，不代表本站观点。'],
    },
    {
      why: 'with no salutation anywhere, a speech title followed by prose starts the speech',
      text: ['文档格式：doc', TITLE, BODY, END].join('\n'),
      title: TITLE,
      front: [],
      paragraphs: [BODY, END],
      wrapper: ['文档格式：doc'],
    },
    {
      why: 'a title-like line before a paragraph that opens with a salutation starts the speech',
      text: ['张三同志在培训班上的总结', `同志们：${BODY}`, END].join('\n'),
      title: '张三同志在培训班上的总结',
      front: [],
      paragraphs: [`同志们：${BODY}`, END],
      wrapper: [],
    },
  ];
  for (const { why, text, title, front, paragraphs, wrapper } of cases) {
    it(why, () => {
      const result = located(text);
      assert.deepEqual(
        result.copies.map((copy) => ({
          title: copy.title,
          front: copy.front,
          paragraphs: copy.paragraphs,
        })),
        [{ title, front, paragraphs }],
      );
      assert.deepEqual(result.wrapper, wrapper);
    });
  }

  it("ignores another document's compilation title in the site's lists", () => {
    const text = [
      TITLE,
      '同志们：',
      BODY,
      END,
      '相关文档',
      '在全市工作会议上的讲话和在表彰大会上的讲话稿合编',
    ].join('\n');
    assert.equal(located(text).compilationTitle, null);
  });

  it('refuses a page whose title, salutation and text run together', () => {
    const text = `首页\n${TITLE}同志们：${BODY.repeat(30)}`;
    assert.throws(
      () => located(text),
      (error: unknown) =>
        error instanceof IngestError && /lost its paragraph breaks/u.test(error.message),
    );
  });

  it('refuses a speech title standing inside the text of a speech', () => {
    const text = [TITLE, '同志们：', BODY, TITLE, END].join('\n');
    assert.throws(
      () => located(text),
      (error: unknown) =>
        error instanceof IngestError && /stands on its own inside the text/u.test(error.message),
    );
  });
});

describe("the page title's copies", () => {
  const PAGE_TITLE = '关于推进工会工作创新发展的讲话和在表彰大会上的讲话稿合编';

  it("reads a head's title past a file extension, a bracketed note or a site's name", () => {
    assert.deepEqual(titleReadings(`${PAGE_TITLE}(完整版).docx`), [
      `${PAGE_TITLE}(完整版).docx`,
      `${PAGE_TITLE}(完整版)`,
      PAGE_TITLE,
    ]);
    for (const suffix of [
      ' - 在线阅读',
      '_百度文库',
      ' | 道客巴巴',
      '·原创力文档',
      '—文档之家',
      '【精品】',
    ])
      assert.equal(titleReadings(`${PAGE_TITLE}${suffix}`).at(-1), PAGE_TITLE, suffix);
    assert.deepEqual(titleReadings(TITLE), [TITLE]);
  });

  it('splits out copies glued to a heading or a sentence, and keeps text that runs on from the title whole', () => {
    const paragraphs = [
      `${PAGE_TITLE}.docx`,
      `${PAGE_TITLE} ${TITLE}`,
      `一、坚持政治性，增强向心力${PAGE_TITLE}`,
      `${PAGE_TITLE}二、坚持先进性，增强凝聚力`,
      `${BODY}${PAGE_TITLE}`,
      `${PAGE_TITLE}的说明`,
      `三、${PAGE_TITLE}的说明`,
      `学习${PAGE_TITLE}`,
    ];
    const { titles, paragraphs: pieces } = isolatePageTitles(paragraphs);
    assert.deepEqual([...titles].sort(), [PAGE_TITLE, `${PAGE_TITLE}.docx`]);
    assert.deepEqual(pieces, [
      `${PAGE_TITLE}.docx`,
      PAGE_TITLE,
      TITLE,
      '一、坚持政治性，增强向心力',
      PAGE_TITLE,
      PAGE_TITLE,
      '二、坚持先进性，增强凝聚力',
      BODY,
      PAGE_TITLE,
      `${PAGE_TITLE}的说明`,
      `三、${PAGE_TITLE}的说明`,
      `学习${PAGE_TITLE}`,
    ]);
  });

  it('takes no suffixed reading for the title without a copy of it on the page', () => {
    const { titles } = isolatePageTitles([`${PAGE_TITLE}_百度文库`, TITLE, '同志们：', BODY]);
    assert.deepEqual([...titles], []);
  });
});

describe('hard-wrapped PDF copies are read as paragraphs', () => {
  const wrap = (text: string, width: number) =>
    Array.from({ length: Math.ceil(text.length / width) }, (_, i) =>
      text.slice(i * width, (i + 1) * width),
    );
  const paragraph = BODY.repeat(6);
  const lines = [
    '　　同志们：',
    ...wrap(paragraph, 30).map((line, i) => (i === 0 ? `　　${line}` : line)),
    '　　一、坚持政治性，增强向心力',
    ...wrap(paragraph, 30).map((line, i) => (i === 0 ? `　　${line}` : line)),
  ];

  it('joins the lines of a paragraph with nothing between, and keeps indented paragraphs and headings apart', () => {
    const log = new ChangeLog();
    assert.deepEqual(toParagraphs(normalise(lines.join('\n'), log), log), [
      '同志们：',
      paragraph,
      '一、坚持政治性，增强向心力',
      paragraph,
    ]);
    assert.ok(log.count('line-join') > 0);
  });

  it('leaves lines of varying length (one paragraph a line) as they are', () => {
    const log = new ChangeLog();
    const text = ['同志们：', BODY, END, '谢谢大家！'].join('\n');
    assert.deepEqual(toParagraphs(text, log), ['同志们：', BODY, END, '谢谢大家！']);
    assert.equal(log.count('line-join'), 0);
  });
});

describe('running heads', () => {
  it("a PDF's title at every page top is cut, mid-sentence or not, and the sentence rejoined", () => {
    const head = '关于推进工会工作创新发展的讲话';
    const text = [
      head,
      '同志们：',
      '为了深入贯彻中央和省市',
      head,
      '委群团工作会议精神。',
      head,
      '提升工会干部的综合素质，',
      head,
      '市总工会决定举办培训班。',
    ].join('\n');
    const log = new ChangeLog();
    assert.equal(
      normalise(text, log),
      [
        head,
        '同志们：',
        '为了深入贯彻中央和省市委群团工作会议精神。',
        '提升工会干部的综合素质，市总工会决定举办培训班。',
      ].join('\n'),
    );
    assert.equal(log.count('running-head'), 3);
  });
});
