import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  encodeTextTerm,
  type Passage,
  textDirective,
  textFragmentUrl,
} from '../../../src/citation/text-fragment.ts';

/** Word boundaries as the browser shell gets them: Intl.Segmenter, the same ICU word breaks browsers match terms at. */
function wordBoundaries(text: string): number[] {
  const segments = new Intl.Segmenter('zh-Hans', { granularity: 'word' }).segment(text);
  return [...segments].map(({ index }) => index).concat(text.length);
}

/** A page's text as the shell builds it: blocks separated by "\n". */
const page = [
  '讲话稿合编',
  '目录',
  '一、坚持政治性，增强向心力',
  '关于推进工会工作创新发展的讲话',
  '同志们：',
  '群众性是群团组织的根本特点。保持和增强党的群团工作的群众性，各级工会组织必须坚持一切为了职工。',
  '一、坚持政治性，增强向心力',
  '政治性是群团组织的灵魂，是第一位的，是加强群团组织建设的前提和保证。',
].join('\n');

/** The passage from the `occurrence`-th (0: first) occurrence of `from` to the end of `to` after it. */
function select(from: string, to: string = from, occurrence = 0): Passage {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = page.indexOf(from, start + 1);
  assert.ok(start >= 0, `${from} is on the page`);
  const end = page.indexOf(to, start) + to.length;
  return { text: page, start, end, wordBoundaries: wordBoundaries(page) };
}

const decode = (directive: string) =>
  directive
    .replace(/^text=/u, '')
    .split(',')
    .map(decodeURIComponent);

/**
 * Where a browser would find a directive on `page`, as the spec's search
 * does: the first start (after its prefix, white space between) from the top,
 * then the first end after it.
 */
function find(directive: string): string {
  const terms = decode(directive);
  const prefix = terms[0]!.endsWith('-') ? terms.shift()!.slice(0, -1) : '';
  const [first, last] = terms as [string, string?];
  const at = prefix ? new RegExp(`${prefix}\\s*(?=${first})`, 'u').exec(page) : null;
  const start = prefix ? at!.index + at![0].length : page.indexOf(first);
  const end =
    last === undefined
      ? start + first.length
      : page.indexOf(last, start + first.length) + last.length;
  return page.slice(start, end);
}

test('text directive: which terms pick out a selection', () => {
  const cases: { name: string; passage: Passage; terms: string[]; finds?: string }[] = [
    {
      name: 'a short passage found nowhere earlier is quoted whole',
      passage: select('群团组织的根本特点'),
      terms: ['群团组织的根本特点'],
    },
    // ICU's words here: 群众|性|是|群|团|组织.
    {
      name: 'a selection that starts or ends inside a word is widened to whole words',
      passage: select('众性是群团组'),
      terms: ['群众性是群团组织'],
      finds: '群众性是群团组织',
    },
    {
      name: 'a heading that the contents also hold gets the end of the block before it as a prefix',
      passage: select('一、坚持政治性，增强向心力', '一、坚持政治性，增强向心力', 1),
      terms: ['。-', '一、坚持政治性，增强向心力'],
    },
    {
      name: 'a phrase that occurs earlier gets the words before it in its block as a prefix',
      passage: select('组织的', '组织的', 1),
      terms: ['政治性是群团-', '组织的'],
    },
    {
      name: 'a long passage in one block is its first and last words, each found first where selected',
      passage: select('保持和增强党的群团工作', '一切为了职工'),
      terms: ['保持和增强党', '一切为了职工'],
    },
    {
      name: 'a passage across blocks starts in the first and ends in the last',
      passage: select('各级工会组织必须', '是第一位的'),
      terms: ['各级工会组织', '，是第一位的'],
    },
  ];
  for (const { name, passage, terms, finds = page.slice(passage.start, passage.end) } of cases) {
    const directive = textDirective(passage);
    assert.deepEqual(decode(directive), terms, name);
    assert.equal(find(directive), finds, `${name}: a browser finds what was selected`);
  }
});

test('a term is percent-encoded, "-", "&" and "," included', () => {
  const cases: [string, string][] = [
    ['两个健康', '%E4%B8%A4%E4%B8%AA%E5%81%A5%E5%BA%B7'],
    ['a-b', 'a%2Db'],
    ['a&b,c', 'a%26b%2Cc'],
    ['“x” y', '%E2%80%9Cx%E2%80%9D%20y'],
    ['#:~', '%23%3A~'],
  ];
  for (const [term, expected] of cases) assert.equal(encodeTextTerm(term), expected, term);
});

test('a fragment URL keeps the paragraph id before :~:, replacing any fragment the page had', () => {
  const cases: [string, string][] = [
    ['https://example.org/speech-1/', 'https://example.org/speech-1/#p12:~:text=a'],
    ['https://example.org/speech-1/#s2', 'https://example.org/speech-1/#p12:~:text=a'],
    ['/speech-1/', '/speech-1/#p12:~:text=a'],
  ];
  for (const [url, expected] of cases)
    assert.equal(textFragmentUrl(url, 'p12', 'text=a'), expected);
});

test('a selection of only white space is refused', () => {
  const at = page.indexOf('\n');
  assert.throws(
    () =>
      textDirective({ text: page, start: at, end: at + 1, wordBoundaries: wordBoundaries(page) }),
    /Expected a selection holding some text/,
  );
});
