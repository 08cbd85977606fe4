import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Parser } from 'commonmark';
import type { Nodes, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { IngestError, type IngestResult } from '../../../src/ingest/index.ts';
import rehypeRedactions from '../../../src/render/rehype-redactions.ts';
import {
  type ChangeKind,
  reportCount,
  reportExamples,
  TITLE_SUFFIXES,
} from '../../support/artefacts.ts';
import { render } from '../../support/render.ts';
import {
  CLI,
  COMPILATION_TITLE,
  FIXTURES,
  fixturePath,
  ingestFixture,
  NODE,
  normalise,
  parseMarkdown,
  plainText,
  ROOT,
  TITLE_1,
  TITLE_2,
} from '../../support/ingest.ts';

/**
 * One row per artefact fixture (tests/fixtures/make-fixtures.ts). Noise
 * must vanish without a trace: the Markdown is byte-identical to the seed's
 * and the report lists each change with the count the generator made.
 * Content variants must give the seed's speeches with exactly the class's
 * substitution, read back with plain remark and with commonmark.js.
 */

const seed = ingestFixture('seed');

interface Expected {
  changes: Partial<Record<ChangeKind, number>>;
  missing?: number | null;
  notice?: string;
}

function expected(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
}

/** A block as plain remark reads it: its type, heading depth, and its inline content with strong/emphasis and any other markup visible. */
type Block = [type: string, depth: number, content: string];

function inline(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'strong') return `<strong>${node.children.map(inline).join('')}</strong>`;
  if (node.type === 'emphasis') return `<em>${node.children.map(inline).join('')}</em>`;
  if ('children' in node)
    return `<${node.type}>${node.children.map(inline).join('')}</${node.type}>`;
  return `<${node.type}>${'value' in node ? node.value : ''}</${node.type}>`;
}

function blocks(markdown: string): Block[] {
  return parseMarkdown(markdown)
    .children.filter((node): node is Exclude<RootContent, { type: 'yaml' }> => node.type !== 'yaml')
    .map((node) => [
      node.type,
      node.type === 'heading' ? node.depth : 0,
      'children' in node ? node.children.map(inline).join('') : plainText(node),
    ]);
}

function frontMatter(markdown: string): Record<string, unknown> {
  const yaml = parseMarkdown(markdown).children.find((node) => node.type === 'yaml');
  return parseYaml(yaml?.type === 'yaml' ? yaml.value : '') as Record<string, unknown>;
}

const seedBlocks = seed.markdown.map((file) => blocks(file.text));

/** The seed's blocks with a substitution applied to the text (never to the markup). */
function substituted(speech: number, change: (block: Block) => string): Block[] {
  return seedBlocks[speech]!.map((block) => [block[0], block[1], change(block)]);
}

function textOnly(content: string, replace: (text: string) => string): string {
  return content.replace(/(^|>)([^<]+)/gu, (_, edge: string, text: string) => edge + replace(text));
}

/** What the CommonMark reference parser reads: each block's kind and text, and any markup ingest never writes. */
function referenceBlocks(markdown: string): { blocks: string[]; unexpected: string[] } {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/u, '');
  const walker = new Parser().parse(body).walker();
  const found: string[] = [];
  const unexpected: string[] = [];
  for (let event = walker.next(); event; event = walker.next()) {
    const { node, entering } = event;
    if (entering && node.type === 'heading') found.push(`heading ${node.level} `);
    if (entering && node.type === 'paragraph') found.push('paragraph 0 ');
    if (node.type === 'text' && node.literal !== null) found[found.length - 1] += node.literal;
    if (
      entering &&
      [
        'html_inline',
        'html_block',
        'emph',
        'link',
        'image',
        'code',
        'code_block',
        'list',
        'block_quote',
        'thematic_break',
      ].includes(node.type)
    )
      unexpected.push(node.type);
  }
  return { blocks: found, unexpected };
}

function remarkBlocks(markdown: string): string[] {
  return blocks(markdown).map(
    ([type, depth, content]) => `${type} ${depth} ${content.replace(/<\/?[a-z]+>/gu, '')}`,
  );
}

/** Every produced file reads the same in commonmark.js as in remark, with no markup but headings, paragraphs and bold leads. */
function assertPortable(result: IngestResult): void {
  for (const file of result.markdown) {
    const reference = referenceBlocks(file.text);
    assert.deepEqual(
      reference.unexpected,
      [],
      `${file.fileName}: commonmark.js finds markup ingest never writes`,
    );
    assert.deepEqual(
      reference.blocks,
      remarkBlocks(file.text),
      `${file.fileName}: commonmark.js and remark read different blocks`,
    );
  }
}

/** Each change the generator made is listed with its count. */
function assertCounts(result: IngestResult, name: string): void {
  const { changes } = expected(name);
  assert.ok(Object.keys(changes).length > 0, `${name}: the generator recorded no changes to check`);
  for (const [kind, count] of Object.entries(changes)) {
    assert.ok(count > 0, `${name}: the fixture has no ${kind} to find`);
    assert.equal(
      reportCount(result.report, kind),
      count,
      `${name}: report.changes should list ${count} × ${kind}`,
    );
  }
}

/** The speeches' text (titles included), for telling a page's own lines from the speeches'. */
const speechText = normalise(
  seed.markdown
    .map((file) => `${String(frontMatter(file.text).title)}${plainText(parseMarkdown(file.text))}`)
    .join(''),
);

/**
 * Every line of a page that is neither speech text nor the page title must
 * be listed as a removed wrapper line. The seed's format holds preview and
 * text on one long line, which is not a wrapper line.
 */
function assertWrapperListed(result: IngestResult, name: string): void {
  const listed = new Set(reportExamples(result.report, 'wrapper-line').map((line) => line.trim()));
  const wrapper = readFileSync(fixturePath(name), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(
      (line) =>
        line !== '' &&
        line.length < 300 &&
        line !== COMPILATION_TITLE &&
        !speechText.includes(normalise(line)),
    );
  assert.ok(wrapper.length >= 5, `${name}: expected the fixture to carry a site's wrapper`);
  assert.deepEqual(
    wrapper.filter((line) => !listed.has(line)),
    [],
    `${name}: wrapper lines missing from report.changes 'wrapper-line' examples`,
  );
}

const noise: { name: string; behaviour: string; wrapper?: boolean }[] = [
  {
    name: 'pdf-radicals',
    behaviour:
      'Kangxi radicals, radical-supplement forms and compatibility ideographs from a PDF text layer become the ordinary ideographs',
  },
  {
    name: 'page-furniture-glued',
    behaviour:
      'page counters glued into a sentence (第2页 共6页, 第 3 页 共 6 页, 第4页/共6页, 第5页) are removed and the sentence rejoined',
  },
  {
    name: 'page-furniture-mixed',
    behaviour:
      'dashed, fraction, English and bare page numbers, on a line of their own or inside a sentence, are removed and the paragraph rejoined',
  },
  {
    name: 'invisible',
    behaviour:
      'zero-width characters, word joiners, soft hyphens and stray BOMs are removed, and no-break spaces count as spaces',
  },
  {
    name: 'html-entities',
    behaviour: 'named, decimal and hex character references left by a scraper are decoded',
  },
  {
    name: 'other-site-wrapper-added',
    behaviour:
      "another site's breadcrumb, file card, disclaimer and related-documents footer round the seed's page are dropped and listed",
    wrapper: true,
  },
  {
    name: 'other-site-wrapper-replaced',
    behaviour:
      "a page carrying only another site's wrapper, with the original marks and no preview, gives the same speeches",
    wrapper: true,
  },
  {
    name: 'hard-wrap-indent',
    behaviour:
      'lines hard-wrapped by a PDF copy are rejoined without spaces, two ideographic spaces opening each paragraph',
  },
  {
    name: 'hard-wrap-blank-lines',
    behaviour:
      'lines hard-wrapped by a PDF copy are rejoined without spaces, blank lines separating the paragraphs',
  },
  {
    name: 'watermark',
    behaviour:
      "a site's watermark line at every page break, even mid-word, is removed and the text rejoined",
  },
  { name: 'anti-copy-glyphs', behaviour: 'anti-copy glyphs scattered after words are removed' },
  {
    name: 'parenthesised-readings',
    behaviour:
      "parenthesised pinyin readings and emoji are removed while the speeches' own parentheses stay",
  },
  {
    name: 'complete-footer',
    behaviour:
      'a 全文预览已结束 / 本文档下载后可编辑 footer under a complete text is not taken for a truncation',
    wrapper: true,
  },
  {
    name: 'heading-forms-full-width-paren',
    behaviour:
      'subsections numbered （一） in full-width parentheses are the same headings as (一)',
  },
  {
    name: 'pdf-copy',
    behaviour:
      'a PDF copy with radicals, hard wraps and page counters on their own lines gives the seed’s speeches',
  },
  {
    name: 'pdf-copy-blank-lines',
    behaviour:
      'a PDF copy with radicals, blank-line paragraphs, counters inside sentences and invisible characters gives the seed’s speeches',
  },
  {
    name: 'page-title-suffixed',
    behaviour:
      'a head giving the page title as ….docx, …_百度文库 or …(完整版), and copies of it glued to headings with or without a space, are the page title’s copies',
  },
  {
    name: 'page-title-decorated',
    behaviour:
      'copies of the page title carrying pinyin readings or emoji, glued to headings and sentences, are the page title’s copies',
  },
  {
    name: 'web-copy',
    behaviour:
      "another site's copy with watermarks, anti-copy glyphs, readings and character references gives the seed’s speeches",
  },
];

describe('noise from other sites and PDF copies vanishes: Markdown byte-identical to the seed’s, each change reported', () => {
  for (const { name, behaviour, wrapper } of noise) {
    it(`${name}: ${behaviour}`, () => {
      const result = ingestFixture(name);
      assert.deepEqual(
        result.markdown.map((file) => file.fileName),
        seed.markdown.map((file) => file.fileName),
      );
      result.markdown.forEach((file, i) =>
        assert.equal(file.text, seed.markdown[i]!.text, `${file.fileName} differs from the seed's`),
      );
      assertPortable(result);
      if (wrapper === true) assertWrapperListed(result, name);
      else if (Object.keys(expected(name).changes).length > 0) assertCounts(result, name);
    });
  }
});

const CHINESE = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SECTION = /^([一二三四五六七八九十])、/u;
const SUBSECTION = /^（([一二三四五六七八九十])）/u;

/** The seed's headings renumbered: sections and subsections of each speech take the given prefix. */
function renumbered(
  forms: { section: (numeral: string) => string; subsection: (numeral: string) => string }[],
): Block[][] {
  return seedBlocks.map((_, speech) =>
    substituted(speech, ([type, depth, content]) => {
      if (type !== 'heading') return content;
      const form = forms[speech]!;
      return depth === 2
        ? content.replace(SECTION, (_, numeral: string) => form.section(numeral))
        : content.replace(SUBSECTION, (_, numeral: string) => form.subsection(numeral));
    }),
  );
}

const arabic = (numeral: string): number => CHINESE.indexOf(numeral) + 1;

/** The redaction marks the site's plugin puts round placeholders, in order, per speech. */
function redactionMarks(markdown: string): string[] {
  return [
    ...render(markdown, [rehypeRedactions]).matchAll(
      /<span class="redacted"[^>]*>([^<]*)<\/span>/gu,
    ),
  ].map((match) => match[1]!);
}

const seedRedactions = seed.markdown.map((file) => redactionMarks(file.text));

const contentVariants: {
  name: string;
  behaviour: string;
  speeches: () => Block[][];
  redactedWith?: string;
}[] = [
  {
    name: 'redaction-asterisks',
    behaviour:
      'redactions written * / ** / *** stay literal asterisks, never emphasis, and are marked as redactions like X / XX / xxx',
    speeches: () =>
      seedBlocks.map((_, i) =>
        substituted(i, ([, , content]) =>
          textOnly(content, (text) => text.replace(/X+|x+/gu, (run) => '*'.repeat(run.length))),
        ),
      ),
    redactedWith: '*',
  },
  {
    name: 'redaction-times',
    behaviour:
      'redactions written × / ×× / ××× stay as written and are marked as redactions like X / XX / xxx',
    speeches: () =>
      seedBlocks.map((_, i) =>
        substituted(i, ([, , content]) =>
          textOnly(content, (text) => text.replace(/X+|x+/gu, (run) => '×'.repeat(run.length))),
        ),
      ),
    redactedWith: '×',
  },
  {
    name: 'heading-forms-dot-part',
    behaviour:
      'sections numbered 一. and 第一部分, subsections numbered 1、 are headings that keep their numbering verbatim',
    speeches: () =>
      renumbered([
        { section: (n) => `${n}.`, subsection: (n) => `（${n}）` },
        { section: (n) => `第${n}部分 `, subsection: (n) => `${arabic(n)}、` },
      ]),
  },
  {
    name: 'heading-forms-space-arabic',
    behaviour:
      'sections numbered 一 (a space) and 一．, subsections numbered 1. are headings that keep their numbering verbatim',
    speeches: () =>
      renumbered([
        { section: (n) => `${n} `, subsection: (n) => `（${n}）` },
        { section: (n) => `${n}．`, subsection: (n) => `${arabic(n)}.` },
      ]),
  },
];

describe('content variants give the seed’s speeches with exactly the class’s substitution', () => {
  for (const { name, behaviour, speeches, redactedWith } of contentVariants) {
    it(`${name}: ${behaviour}`, () => {
      const result = ingestFixture(name);
      const want = speeches();
      assert.notDeepEqual(want, seedBlocks, `${name}: the substitution must change something`);
      assert.deepEqual(
        result.markdown.map((file) => blocks(file.text)),
        want,
      );
      result.markdown.forEach((file, i) =>
        assert.equal(frontMatter(file.text).title, frontMatter(seed.markdown[i]!.text).title),
      );
      assertPortable(result);
      if (redactedWith !== undefined) {
        assert.ok(seedRedactions.flat().length > 40, 'the seed has its placeholders marked');
        assert.deepEqual(
          result.markdown.map((file) => redactionMarks(file.text)),
          seedRedactions.map((marks) =>
            marks.map((letters) => redactedWith.repeat(letters.length)),
          ),
        );
      }
    });
  }

  const subtitled = [
    {
      name: 'subtitle',
      behaviour:
        'a ——在…上的讲话 line under each title becomes the speech’s subtitle, the body unchanged',
    },
    {
      name: 'subtitle-html-entities',
      behaviour: 'a subtitle written &mdash;&mdash;在… is decoded and kept as the subtitle',
    },
  ];
  for (const { name, behaviour } of subtitled) {
    it(`${name}: ${behaviour}`, () => {
      const result = ingestFixture(name);
      const subtitles = [
        '——在全市民营经济“两个健康”提升行动工作会议上的讲话',
        '——在全市镇（街）、社区工会干部培训班上的辅导讲话',
      ];
      assert.equal(result.markdown.length, 2);
      result.markdown.forEach((file, i) => {
        assert.deepEqual(frontMatter(file.text), {
          ...frontMatter(seed.markdown[i]!.text),
          subtitle: subtitles[i],
        });
        assert.deepEqual(blocks(file.text), seedBlocks[i]);
      });
      assertPortable(result);
      if (Object.keys(expected(name).changes).length > 0) assertCounts(result, name);
    });
  }

  it('single-speech: a page holding one speech under its own title, on another site, gives that speech alone', () => {
    const result = ingestFixture('single-speech');
    assert.equal(result.markdown.length, 1);
    const [file] = result.markdown;
    const { title, salutation } = frontMatter(file!.text);
    assert.equal(title, TITLE_2);
    assert.equal(salutation, frontMatter(seed.markdown[1]!.text).salutation);
    assert.deepEqual(blocks(file!.text), seedBlocks[1]);
    assertWrapperListed(result, 'single-speech');
    assertPortable(result);
  });
});

describe('pages that cannot give the whole text are refused or recovered exactly', () => {
  it('no-paragraph-breaks: a page with every paragraph break lost gives the exact speeches with their headings, or one IngestError line', () => {
    let result: IngestResult;
    try {
      result = ingestFixture('no-paragraph-breaks');
    } catch (error) {
      assert.ok(error instanceof IngestError, `expected an IngestError, got ${String(error)}`);
      assert.match(error.message, /^[^\n]+$/u);
      return;
    }
    assert.deepEqual(
      result.markdown.map((file) => blocks(file.text)),
      seedBlocks,
      'a recovered page must give the exact blocks: never a heading fused with the paragraph after it',
    );
  });

  const refused = [
    {
      name: 'truncated-shown-of-total',
      behaviour:
        'a compilation stopping mid-sentence in its second speech with (未完,全文共N字,当前显示M字)',
    },
    {
      name: 'truncated-shown-of-total-single',
      behaviour: 'a single speech stopping mid-sentence with （未完，全文共N字，当前显示M字）',
    },
    {
      name: 'truncated-hidden',
      behaviour:
        'a single speech with a hole marked ……（此处隐藏N个字）……, although it ends with the closing',
    },
    {
      name: 'truncated-hidden-ascii',
      behaviour:
        'a single speech with a hole marked ......(此处隐藏N字)......, although it ends with the closing',
    },
    { name: 'truncated-remaining', behaviour: 'a single speech stopping with 剩余N字未显示' },
    {
      name: 'truncated-remaining-read',
      behaviour: 'a compilation stopping in its first speech with ...剩余N字未读，点击阅读全文',
    },
    {
      name: 'truncated-continue',
      behaviour:
        'a compilation stopping in its first speech with (未完,继续阅读>>), the second speech absent',
    },
    {
      name: 'truncated-continue-single',
      behaviour: 'a single speech stopping with 未完，继续阅读, no count given',
    },
  ];
  for (const { name, behaviour } of refused) {
    it(`${name}: ${behaviour} is refused with one IngestError line`, () => {
      assert.throws(
        () => ingestFixture(name),
        (error: unknown) => {
          assert.ok(error instanceof IngestError, `expected an IngestError, got ${String(error)}`);
          assert.match(error.message, /^[^\n]+$/u);
          assert.match(error.message, /truncat|incomplete|partial|missing/iu);
          return true;
        },
      );
    });
  }
});

describe('copies of the page title that name another compilation are refused', () => {
  const disagreeing = [
    {
      name: 'titles-disagree-suffixed',
      behaviour: 'a head line 「…基层党建工作的讲话稿合编_百度文库」, its suffix read past',
    },
    {
      name: 'titles-disagree-glued',
      behaviour:
        'a copy 「…基层党建工作的讲话稿合编」 glued to a heading among the page title’s copies',
    },
  ];
  for (const { name, behaviour } of disagreeing) {
    it(`${name}: ${behaviour} is refused with one IngestError line`, () => {
      assert.throws(
        () => ingestFixture(name),
        (error: unknown) => {
          assert.ok(error instanceof IngestError, `expected an IngestError, got ${String(error)}`);
          assert.match(error.message, /^found 2 different compilation titles [^\n]*基层党建工作/u);
          return true;
        },
      );
    });
  }
});

describe('the same speech in two raw files', () => {
  const work = mkdtempSync(join(tmpdir(), 'ingest-duplicate-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  it('duplicate-across-files: is kept once, and the report of the second file says so', () => {
    const out = join(work, 'speeches');
    const run = spawnSync(
      NODE,
      [CLI, fixturePath('seed'), fixturePath('duplicate-across-files'), '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readdirSync(out).sort(), [
      'report.json',
      'slugs.json',
      'speech-1.md',
      'speech-1.variants.json',
      'speech-2.md',
    ]);
    const titles = ['speech-1.md', 'speech-2.md'].map(
      (file) => frontMatter(readFileSync(join(out, file), 'utf8')).title,
    );
    assert.deepEqual(titles, [TITLE_1, TITLE_2]);
    ['speech-1.md', 'speech-2.md'].forEach((file, i) =>
      assert.deepEqual(blocks(readFileSync(join(out, file), 'utf8')), seedBlocks[i]),
    );
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      sources: { speeches: unknown[] }[];
      duplicates: { title: string; keptFrom: string; droppedFrom: string }[];
    };
    assert.equal(report.sources.length, 2);
    assert.equal(
      report.sources[1]!.speeches.length,
      0,
      'the second file contributes no speech of its own',
    );
    assert.deepEqual(report.duplicates, [
      { title: TITLE_1, keptFrom: 'input.txt', droppedFrom: 'input.txt' },
    ]);
  });
});

/**
 * The fixtures themselves: each differs from the seed by its class's change
 * alone, counted as expected.json says. Checked here with plain string
 * operations, so that a row above can fail only because of ingest.
 */
describe('each fixture differs from the seed only by its class’s change', () => {
  const raw = readFileSync(fixturePath('seed'), 'utf8');
  const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

  it('pdf-radicals: every changed character is a radical or compatibility form of the seed’s character', () => {
    const [before, after] = [[...raw], [...fixture('pdf-radicals')]];
    assert.equal(after.length, before.length);
    const changed = before
      .map((char, i) => [char, after[i]!] as const)
      .filter(([char, variant]) => char !== variant);
    for (const [char, variant] of changed) {
      const code = variant.codePointAt(0)!;
      assert.ok(
        variant.normalize('NFKC') === char || (code >= 0x2e80 && code <= 0x2ef3),
        `${variant} (U+${code.toString(16)}) for ${char}`,
      );
    }
    assert.ok(
      changed.some(([, variant]) => variant.codePointAt(0)! < 0x2f00),
      'some radical-supplement forms',
    );
    assert.ok(
      changed.some(([, variant]) => variant.codePointAt(0)! >= 0xf900),
      'some compatibility ideographs',
    );
    assert.equal(changed.length, expected('pdf-radicals').changes['ideograph-variant']);
  });

  it('invisible: removing the format characters and reading no-break spaces as spaces gives the seed, its gaps two to four spaces wide', () => {
    const text = fixture('invisible');
    const format = /[\u200B-\u200D\u2060\u00AD\uFEFF]/gu;
    assert.equal(text.match(format)?.length, expected('invisible').changes['invisible-character']);
    assert.ok(
      text.replace(format, '').includes('中国梦\u00A0劳动美'),
      'the space inside 中国梦 劳动美 is a no-break space',
    );
    const gaps = (page: string): string => page.replace(/ {2,}/gu, '   ');
    assert.ok(
      gaps(text.replace(format, '').replaceAll('\u00A0', ' ')) === gaps(raw),
      'only format characters and spaces differ',
    );
  });

  it('html-entities: decoding each reference once gives the seed, no-break spaces read as spaces', () => {
    const named: Record<string, string> = {
      nbsp: ' ',
      ldquo: '“',
      rdquo: '”',
      lsquo: '‘',
      rsquo: '’',
      mdash: '—',
      hellip: '…',
      amp: '&',
      lt: '<',
      gt: '>',
      middot: '·',
      quot: '"',
      raquo: '»',
      copy: '©',
    };
    const reference = /&(?:#[xX]([0-9A-Fa-f]+)|#(\d+)|([a-z]+));/gu;
    const text = fixture('html-entities');
    assert.equal(text.match(reference)?.length, expected('html-entities').changes['html-entity']);
    assert.match(text, /&#x/u);
    assert.match(text, /&#\d/u);
    assert.match(text, /&ldquo;/u);
    const decoded = text.replace(reference, (_, hex?: string, decimal?: string, name?: string) =>
      hex !== undefined
        ? String.fromCodePoint(parseInt(hex, 16))
        : decimal !== undefined
          ? String.fromCodePoint(Number(decimal))
          : named[name!]!,
    );
    assert.equal(decoded.replaceAll('\u00A0', ' '), raw);
  });

  it('anti-copy-glyphs: removing the glyphs gives the seed', () => {
    const text = fixture('anti-copy-glyphs');
    const glyphs = /[◆★■▲●※◇☆□△○♦▼◎]/gu;
    assert.equal(
      text.match(glyphs)?.length,
      expected('anti-copy-glyphs').changes['anti-copy-glyph'],
    );
    assert.equal(text.replace(glyphs, ''), raw);
  });

  it('parenthesised-readings: removing the parenthesised pinyin and emoji gives the seed, its own parentheses intact', () => {
    const text = fixture('parenthesised-readings');
    const pinyin = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/gu;
    const emoji = /[(（](?:\p{Extended_Pictographic}\uFE0F?|\p{Regional_Indicator}{2})[)）]/gu;
    const { changes } = expected('parenthesised-readings');
    assert.equal(text.match(pinyin)?.length, changes['pinyin-reading']);
    assert.equal(text.match(emoji)?.length, changes.emoji);
    assert.equal(text.replace(pinyin, '').replace(emoji, ''), raw);
  });

  it('page-title-suffixed, page-title-decorated: removing the decorations, the head’s suffixes and every copy of the title gives the seed without its copies', () => {
    const pinyin = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/gu;
    const emoji = /[(（](?:\p{Extended_Pictographic}\uFE0F?|\p{Regional_Indicator}{2})[)）]/gu;
    const suffixes = new Set<string>(Object.values(TITLE_SUFFIXES).flat());
    const copies = (text: string): number => text.split(COMPILATION_TITLE).length - 1;
    const withoutCopies = (text: string): string =>
      text.replaceAll(COMPILATION_TITLE, '').replace(/ {3,}/gu, '   ');
    // The seed's own copies inside its text: all but the one its complete text opens with.
    const seedCopies = copies(raw.split('\n').find((line) => line.length > 1000)!) - 1;
    for (const name of ['page-title-suffixed', 'page-title-decorated']) {
      const { changes } = expected(name);
      let text = fixture(name);
      assert.equal(text.match(pinyin)?.length ?? 0, changes['pinyin-reading'] ?? 0, name);
      assert.equal(text.match(emoji)?.length ?? 0, changes.emoji ?? 0, name);
      text = text.replace(pinyin, '').replace(emoji, '');
      const heads = text
        .split('\n')
        .filter((line) => line.startsWith(COMPILATION_TITLE) && line.length < 100);
      assert.equal(heads.length, 2, name);
      for (const head of heads) {
        const suffix = head.slice(COMPILATION_TITLE.length);
        assert.ok(suffix === '' || suffixes.has(suffix), `${name}: ${suffix}`);
        text = text.replace(head, COMPILATION_TITLE);
      }
      assert.equal(
        copies(text) - copies(raw),
        changes['page-title-copy']! - seedCopies,
        `${name}: the copies the generator added`,
      );
      assert.equal(withoutCopies(text), withoutCopies(raw), name);
    }
  });

  it('watermark: removing the watermark line wherever it was stamped gives the seed', () => {
    const text = fixture('watermark');
    const line = text
      .split('\n')
      .find((candidate) => /www\.|\.com|\.net|\.cn/u.test(candidate) && candidate.length < 60)!;
    const literal = line.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const stamped = new RegExp(`\\n${literal}\\n| ${literal} |${literal}`, 'gu');
    assert.equal(text.match(stamped)?.length, expected('watermark').changes.watermark);
    assert.equal(text.replace(stamped, ''), raw);
  });

  it('hard-wrap and PDF copies: the same characters as the seed’s complete text, once whitespace and mark width are ignored', () => {
    const complete = normalise(
      COMPILATION_TITLE +
        raw.slice(
          raw.lastIndexOf(COMPILATION_TITLE) + COMPILATION_TITLE.length,
          raw.lastIndexOf('谢谢大家!') + 5,
        ),
    );
    for (const name of ['hard-wrap-indent', 'hard-wrap-blank-lines'])
      assert.equal(normalise(fixture(name)), complete, name);
    // Display width: ASCII half, everything else full; a closing mark may hang one past the width.
    const width = (line: string): number =>
      [...line].reduce((sum, char) => sum + (/[\x20-\x7e]/u.test(char) ? 0.5 : 1), 0);
    const [, ...body] = fixture('hard-wrap-indent').split('\n');
    assert.ok(
      body.every((line) => width(line) <= 39),
      'no line wider than a PDF line',
    );
    assert.ok(
      body.filter((line) => width(line) >= 30).length > 200,
      'most lines are full PDF lines',
    );
  });

  it('page furniture: each counter stands where the generator put it, and the count matches', () => {
    const counters =
      /第 ?\d+ ?页(?:[ \u3000，/]*共 ?\d+ ?页)?|共\d+页 第\d+页|[-—－] ?\d+(?:\/\d+)? ?[-—－]|\d+ ?\/ ?\d+|Page \d+ of \d+|^\d+$/gmu;
    for (const name of ['page-furniture-glued', 'page-furniture-mixed']) {
      const text = fixture(name);
      assert.equal(text.match(counters)?.length, expected(name).changes['page-number'], name);
      assert.equal(text.replace(counters, '').replace(/\s+/gu, ''), raw.replace(/\s+/gu, ''), name);
    }
  });
});
