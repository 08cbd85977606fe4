import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/**
 * Search phrases and their expected hits, computed from the Markdown source
 * with plain remark and an indexOf loop: nothing here shares code with the
 * search under test. Shared by the browser tests and the benchmark.
 */

export interface PhraseCase {
  query: string;
  /** What the case exercises. */
  kind:
    | 'word'
    | 'across'
    | 'punctuation'
    | 'traditional'
    | 'neither'
    | 'two'
    | 'several'
    | 'latin'
    | 'space'
    | 'heading';
  /** For a query written (partly) in Traditional: the same query in Simplified, as the source has it. */
  simplified?: string;
}

export const phrases: PhraseCase[] = [
  // Aligned to words.
  { query: '两个健康', kind: 'word' },
  { query: '民营经济', kind: 'word' },
  { query: '工商联', kind: 'word' },
  { query: '高质量发展', kind: 'word' },
  { query: '县域经济', kind: 'word' },
  { query: '职工群众', kind: 'word' },
  { query: '劳模精神', kind: 'word' },
  { query: '创新发展', kind: 'word' },
  // Cut across words, 3 to 20 characters.
  { query: '济高质', kind: 'across' },
  { query: '会工作创', kind: 'across' },
  { query: '营企业诉求响', kind: 'across' },
  { query: '量发展中具有举足', kind: 'across' },
  { query: '进我市民营经济“两个', kind: 'across' },
  { query: '职工群众为完成党的中心任务而奋', kind: 'across' },
  { query: '重大经济问题，也是重大政治问题”。“两', kind: 'across' },
  { query: '工群众为完成党的中心任务而奋斗的神圣使命', kind: 'across' },
  // Punctuation in either width.
  { query: '经济活，则县域', kind: 'punctuation' },
  { query: '经济活,则县域', kind: 'punctuation' },
  { query: '（副会长）', kind: 'punctuation' },
  { query: '(副会长)', kind: 'punctuation' },
  { query: '指出：“非公有制', kind: 'punctuation' },
  { query: '指出:"非公有制', kind: 'punctuation' },
  { query: '有难必帮;建立', kind: 'punctuation' },
  { query: '总量的Ｘ％', kind: 'punctuation' },
  // Traditional, and both scripts in one query.
  { query: '兩個健康', kind: 'traditional', simplified: '两个健康' },
  { query: '民營經濟', kind: 'traditional', simplified: '民营经济' },
  { query: '職工群眾', kind: 'traditional', simplified: '职工群众' },
  { query: '發揮橋梁紐帶作用', kind: 'traditional', simplified: '发挥桥梁纽带作用' },
  { query: '高質量發展', kind: 'traditional', simplified: '高质量发展' },
  { query: '两個健康', kind: 'traditional', simplified: '两个健康' },
  { query: '爲全市發展大局', kind: 'traditional', simplified: '为全市发展大局' },
  // In neither speech.
  { query: '量子计算机', kind: 'neither' },
  { query: '健康扶贫攻坚', kind: 'neither' },
  { query: '两个健康发展', kind: 'neither' },
  { query: '经济活,民营', kind: 'neither' },
  { query: '人工智能', kind: 'neither' },
  // Two characters.
  { query: '工会', kind: 'two' },
  { query: '健康', kind: 'two' },
  { query: '诉求', kind: 'two' },
  { query: '劳模', kind: 'two' },
  { query: '两争', kind: 'two' },
  // Several phrases: paragraphs holding all of them.
  { query: '民营经济 两个健康', kind: 'several' },
  { query: '工会 劳模', kind: 'several' },
  { query: '中国梦 劳动美', kind: 'several' },
  { query: '民营经济 工会', kind: 'several' },
  { query: '兩個健康　民营经济', kind: 'several', simplified: '两个健康　民营经济' },
  // Latin letters in any case (the placeholders), whitespace in the text, headings and titles.
  { query: 'XXX指出', kind: 'latin' },
  { query: 'xx书记', kind: 'latin' },
  { query: '中国梦劳动美', kind: 'space' },
  { query: '统一思想', kind: 'heading' },
  { query: '创先争优当先锋', kind: 'heading' },
  { query: '双胜利', kind: 'heading' },
];

export interface ExpectedHit {
  slug: string;
  /** The block's anchor: pK, sN or sN-M, or '' for the title. */
  id: string;
}

export interface Expected {
  /** Speeches with hits, most first (reading order between equals), each with its hits in reading order. */
  groups: { slug: string; hits: ExpectedHit[] }[];
}

interface SourceBlock {
  id: string;
  text: string;
}

export type Source = { slug: string; blocks: SourceBlock[] }[];

const speechesDir = new URL('../../content/speeches/', import.meta.url).pathname;

/** Each speech's title, headings and paragraphs in reading order, with the anchors the site gives them. */
export function sourceBlocks(dir = speechesDir): Source {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const tree = unified()
        .use(remarkParse)
        .use(remarkFrontmatter)
        .parse(readFileSync(join(dir, name), 'utf8')) as Root;
      const yaml = tree.children.find((node) => node.type === 'yaml');
      const data = parseYaml(yaml?.type === 'yaml' ? yaml.value : '') as {
        slug: string;
        title: string;
        order: number;
      };
      const blocks: SourceBlock[] = [{ id: '', text: data.title }];
      let paragraph = 0;
      let section = 0;
      let sub = 0;
      for (const node of tree.children) {
        if (node.type === 'paragraph') blocks.push({ id: `p${++paragraph}`, text: toString(node) });
        if (node.type === 'heading' && node.depth === 2) {
          section += 1;
          sub = 0;
          blocks.push({ id: `s${section}`, text: toString(node) });
        }
        if (node.type === 'heading' && node.depth === 3)
          blocks.push({ id: `s${section}-${++sub}`, text: toString(node) });
      }
      return { order: data.order, slug: data.slug, blocks };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ slug, blocks }) => ({ slug, blocks }));
}

/** The matching rules, restated: no whitespace, NFKC, lower case, one form of each quote and of the full stop. */
function simple(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .toLowerCase()
    .replace(/["”「」]/g, '“')
    .replace(/['’『』]/g, '‘')
    .replace(/\./g, '。');
}

const simpleTexts = new Map<string, string>();

/** simple() of a block's text, once per distinct text: a large archive repeats its paragraphs. */
function simpleText(text: string): string {
  let folded = simpleTexts.get(text);
  if (folded === undefined) simpleTexts.set(text, (folded = simple(text)));
  return folded;
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  )
    n += 1;
  return n;
}

let source: Source | undefined;

/** The hits in this checkout's speeches. */
export function expectedHits(phrase: PhraseCase): Expected {
  source ??= sourceBlocks();
  return expectedHitsIn(source, phrase);
}

/** The hits in any set of speeches (the scale benchmark's synthetic archives). */
export function expectedHitsIn(source: Source, phrase: PhraseCase): Expected {
  const words = [
    ...new Set((phrase.simplified ?? phrase.query).split(/\s+/u).filter(Boolean).map(simple)),
  ];
  const groups = source.map(({ slug, blocks }) => ({
    slug,
    hits: blocks.flatMap((block) => {
      const text = simpleText(block.text);
      const times =
        words.length === 1
          ? count(text, words[0]!)
          : words.every((word) => text.includes(word))
            ? 1
            : 0;
      return Array.from({ length: times }, () => ({ slug, id: block.id }));
    }),
  }));
  return {
    groups: groups
      .filter((group) => group.hits.length > 0)
      .sort((a, b) => b.hits.length - a.hits.length),
  };
}
