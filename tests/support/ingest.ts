/** Shared helpers for the ingest tests in tests/unit. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SEED_PATH = join(ROOT, 'content', 'raw', '000_9a817715ca601c67.txt');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const NODE = process.execPath;
export const CLI = join(ROOT, 'scripts', 'ingest.ts');

export const COMPILATION_TITLE =
  '关于实现疫情防控和经济社会发展“双胜利”的工作讲话和关于推进工会工作创新发展的讲话稿合编';
export const TITLE_1 = '关于实现疫情防控和经济社会发展“双胜利”的工作讲话';
export const TITLE_2 = '关于推进工会工作创新发展的讲话';

export function fixturePath(name: string): string {
  return join(FIXTURES, name, 'input.txt');
}

export function readFixture(name: string): Uint8Array {
  return readFileSync(fixturePath(name));
}

/** Ingests with a fixed file name and hash, so outputs of equivalent inputs can be compared whole. */
export function ingestFixture(name: string): IngestResult {
  return ingest(readFixture(name), 'input.txt', { sha256: '0'.repeat(64) });
}

/** Plain remark (remark-parse + remark-frontmatter), independent of how the Markdown was written. */
export function parseMarkdown(markdown: string): Root {
  return remark().use(remarkFrontmatter, ['yaml']).parse(markdown);
}

/** Text of every node in document order, markup dropped, front matter excluded. */
export function plainText(node: Nodes): string {
  if (node.type === 'yaml') return '';
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => plainText(child)).join('');
  return '';
}

const FULL_TO_ASCII: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '！': '!',
  '？': '?',
  '（': '(',
  '）': ')',
};

/** Whitespace removed and punctuation width folded, for comparing text across the conversion. */
export function normalise(text: string): string {
  return text
    .replace(/\s/gu, '')
    .replace(/[，：；！？（）]/gu, (mark) => FULL_TO_ASCII[mark] ?? mark);
}

export function countOccurrences(text: string, search: string): number {
  return search === '' ? 0 : text.split(search).length - 1;
}
