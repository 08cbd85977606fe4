import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decodeHTMLStrict } from 'entities';
import fc from 'fast-check';
import type { RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { ingest, IngestError, type IngestResult } from '../../../src/ingest/index.ts';
import {
  countOccurrences,
  normalise,
  parseMarkdown,
  plainText,
  SEED_PATH,
} from '../../support/ingest.ts';
import { type Mutation, mutateBytes, mutation } from '../../support/scrape-mutations.ts';

/**
 * Every mutation of the seed page must end in a correct result or an
 * IngestError with a one-line message: never another exception, and never
 * output that is not in the input (or is in it fewer times than it is output).
 */

const SEED = readFileSync(SEED_PATH, 'utf8');
/** Fixed, so a failure is reproduced by running the test again. */
const FUZZ_SEED = 20260501;
const RUNS = 1200;

/** TextDecoder labels for the encodings ingest reports. */
const decoderLabel = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
  big5: 'big5',
} as const;

interface Block {
  type: RootContent['type'];
  text: string;
}

/** The top-level blocks of a generated file, read back with plain remark, and its front-matter title. */
function readBack(markdown: string): { title: string; blocks: Block[] } {
  const tree = parseMarkdown(markdown);
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const { title } = parseYaml(yaml?.type === 'yaml' ? yaml.value : '') as { title: string };
  const blocks = tree.children
    .filter((node) => node.type !== 'yaml')
    .map((node) => ({ type: node.type, text: plainText(node) }));
  return { title, blocks };
}

/** What is wrong with a successful result for these bytes; empty when it is correct. */
function resultProblems(bytes: Uint8Array, result: IngestResult): string[] {
  const { report } = result;
  // Ingest decodes character references (an allowed normalisation); the oracle does so with another library.
  const input = normalise(
    decodeHTMLStrict(
      new TextDecoder(decoderLabel[report.encoding ?? 'utf-8'], { fatal: true }).decode(bytes),
    ),
  );
  const preview = normalise(report.copiesRemoved.map((copy) => copy.text).join('\n'));
  const problems: string[] = [];
  if (result.markdown.length !== 2 || report.speeches.length !== 2)
    problems.push(
      `expected 2 speeches, got ${result.markdown.length} files and ${report.speeches.length} reported`,
    );
  const outputCounts = new Map<string, number>();
  result.markdown.forEach((file, i) => {
    const { title, blocks } = readBack(file.text);
    if (!input.includes(normalise(title)))
      problems.push(`${file.fileName}: title 「${title}」 is not in the input`);
    const paragraphs = blocks.filter((block) => block.type === 'paragraph').length;
    if (paragraphs !== report.speeches[i]?.paragraphs)
      problems.push(
        `${file.fileName}: ${paragraphs} paragraphs, report says ${report.speeches[i]?.paragraphs}`,
      );
    if (blocks.length === 0) problems.push(`${file.fileName}: no text`);
    for (const block of blocks) {
      const text = normalise(block.text);
      if (block.type !== 'paragraph' && block.type !== 'heading')
        problems.push(`${file.fileName}: a ${block.type} block 「${block.text.slice(0, 40)}」`);
      else if (text === '') problems.push(`${file.fileName}: an empty ${block.type}`);
      else if (!input.includes(text))
        problems.push(`${file.fileName}: 「${block.text.slice(0, 40)}」 is not in the input`);
      else outputCounts.set(text, (outputCounts.get(text) ?? 0) + 1);
    }
  });
  // Output and removed preview together may use each passage at most as often as the input has it.
  for (const [text, count] of outputCounts) {
    const available = countOccurrences(input, text) - countOccurrences(preview, text);
    if (count > available)
      problems.push(
        `「${text.slice(0, 40)}」 is output ${count} times, but the input has it only ${available} times outside the preview`,
      );
  }
  return problems;
}

/** An IngestError message with its quoted and numeric parts blanked: the kind of rejection. */
function rejectionKind(message: string): string {
  return message
    .replace(/「[^」]*」/gu, '「…」')
    .replace(/\d+/gu, 'N')
    .slice(0, 90);
}

test(`${RUNS} mutations of the seed page each give a correct result or one IngestError line`, (t) => {
  const outcomes = new Map<string, number>();
  const count = (outcome: string): void =>
    void outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

  fc.assert(
    fc.property(mutation, (m: Mutation) => {
      const bytes = mutateBytes(SEED, m);
      let result: IngestResult;
      try {
        result = ingest(bytes, 'mutated.txt', { sha256: '0'.repeat(64) });
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        assert.match(error.message, /^[^\n]+$/u, 'an IngestError message is one non-empty line');
        count(`IngestError: ${rejectionKind(error.message)}`);
        return;
      }
      assert.deepEqual(resultProblems(bytes, result), []);
      count(result.report.encoding === 'utf-8' ? 'result' : `result (${result.report.encoding})`);
    }),
    { seed: FUZZ_SEED, numRuns: RUNS },
  );

  const total = [...outcomes.values()].reduce((sum, n) => sum + n, 0);
  t.diagnostic(`fast-check seed ${FUZZ_SEED}: ${total} mutations`);
  for (const [outcome, n] of [...outcomes].sort((a, b) => b[1] - a[1]))
    t.diagnostic(`${String(n).padStart(5)}  ${outcome}`);
  assert.ok(
    [...outcomes.keys()].some((outcome) => outcome.startsWith('result')),
    'some mutations must still ingest',
  );
  assert.ok(
    [...outcomes.keys()].some((outcome) => outcome.startsWith('IngestError')),
    'some mutations must be rejected',
  );
});
