import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { Parser } from 'commonmark';
import { readSpeeches } from '../../../support/speech-text.ts';
import report from '../../../../content/speeches/report.json' with { type: 'json' };

const dir = new URL('../../../../content/speeches/', import.meta.url);

/** What the CommonMark reference parser (commonmark.js) reads: blocks with their text and their bold leads. */
function readWithReference(markdown: string): { block: string; text: string; strong: string[] }[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const walker = new Parser().parse(body).walker();
  const blocks: { block: string; text: string; strong: string[] }[] = [];
  let strongDepth = 0;
  for (let event = walker.next(); event; event = walker.next()) {
    const { node, entering } = event;
    if (node.type === 'heading' && entering)
      blocks.push({ block: `h${node.level}`, text: '', strong: [] });
    if (node.type === 'paragraph' && entering) blocks.push({ block: 'p', text: '', strong: [] });
    if (node.type === 'strong') {
      strongDepth += entering ? 1 : -1;
      if (entering) blocks.at(-1)!.strong.push('');
    }
    if (node.type === 'text' && node.literal !== null) {
      const current = blocks.at(-1)!;
      current.text += node.literal;
      if (strongDepth > 0) current.strong[current.strong.length - 1] += node.literal;
    }
    assert.ok(
      !['html_inline', 'html_block', 'emph', 'link', 'code'].includes(node.type),
      `unexpected ${node.type}`,
    );
  }
  return blocks;
}

for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
  test(`${file} reads the same in the CommonMark reference parser as in remark`, () => {
    const speech = readSpeeches().find((entry) => `${entry.slug}.md` === file)!;
    const blocks = readWithReference(readFileSync(new URL(file, dir), 'utf8'));
    assert.deepEqual(
      blocks.filter(({ block }) => block === 'p').map(({ text }) => text),
      speech.paragraphs,
    );
    assert.deepEqual(
      blocks.filter(({ block }) => block !== 'p').map(({ block, text }) => `${block} ${text}`),
      speech.headings.map(({ depth, text }) => `h${depth} ${text}`),
    );
    // Every bold lead closes where remark closes it: at the end of the lead sentence.
    for (const { strong, text } of blocks) {
      for (const lead of strong) {
        assert.ok(
          text.startsWith(lead) && /[。！？]”?$/.test(lead),
          `bold run “${lead.slice(0, 20)}…” does not end its lead sentence`,
        );
      }
    }
    // As many bold runs as ingest found numbered points, and no stray markup left as text.
    const points = report.sources
      .flatMap((source) => source.speeches)
      .find((entry) => entry.slug === speech.slug)!.points;
    assert.equal(
      blocks.reduce((sum, { strong }) => sum + strong.length, 0),
      points,
    );
    for (const { text } of blocks) assert.doesNotMatch(text, /\*\*|__/);
  });
}
