import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ingestFixture, parseMarkdown, plainText } from '../../support/ingest.ts';

const seed = ingestFixture('seed');

describe('equivalent inputs give the same Markdown as the seed', () => {
  const variants = [
    { name: 'gb18030', encoding: 'gb18030' },
    { name: 'bom-crlf', encoding: 'utf-8-bom' },
    { name: 'utf16le-bom', encoding: 'utf-16le' },
    { name: 'ideographic-space', encoding: 'utf-8' },
    { name: 'newline-separators', encoding: 'utf-8' },
    { name: 'no-preview', encoding: 'utf-8' },
  ] as const;

  for (const { name, encoding } of variants) {
    it(`${name}: identical Markdown, detected as ${encoding}`, () => {
      const result = ingestFixture(name);
      assert.equal(result.report.encoding, encoding);
      assert.deepEqual(result.markdown, seed.markdown);
    });
  }

  it('reports the preview only when the input has one', () => {
    assert.deepEqual(
      seed.report.copiesRemoved.map(({ kind, paragraphs }) => ({ kind, paragraphs })),
      [{ kind: 'preview', paragraphs: 3 }],
    );
    assert.deepEqual(ingestFixture('no-preview').report.copiesRemoved, []);
  });
});

describe('Markdown syntax inside the text stays literal text', () => {
  const LITERAL = '*注意* _下划线_ #标签 [链接](x) <b>粗</b> `代码`';
  const markdown = ingestFixture('markdown-special').markdown[1]?.text ?? '';

  it('parses back to exactly the inserted characters', () => {
    const paragraph = parseMarkdown(markdown).children.find((node) =>
      plainText(node).includes('注意'),
    );
    assert.ok(paragraph, 'expected the paragraph with the inserted text');
    assert.equal(paragraph.type, 'paragraph');
    assert.ok(plainText(paragraph).endsWith(`努力的问题。${LITERAL}`));
    visit(paragraph, (node) => {
      assert.ok(['paragraph', 'text'].includes(node.type), `unexpected ${node.type} node`);
    });
  });

  it('renders no <b> or <em> element even when raw HTML is allowed through', () => {
    const html = String(
      unified()
        .use(remarkParse)
        .use(remarkRehype, { allowDangerousHtml: true })
        .use(rehypeStringify, { allowDangerousHtml: true })
        .processSync(markdown),
    );
    assert.ok(!html.includes('<b>'));
    assert.ok(!html.includes('<em>'));
    assert.ok(html.includes('&#x3C;b>粗&#x3C;/b>'));
  });
});
