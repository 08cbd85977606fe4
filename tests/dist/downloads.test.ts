import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import type { Element } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { allByClass, type Block, bodyBlocks, findByClass, parseMarkup } from '../support/blocks.ts';
import { readCompilations } from '../support/compilations.ts';
import { distDir, distFiles, readDist, requireDist } from '../support/dist.ts';
import { readSpeeches } from '../support/speech-text.ts';

before(requireDist);

const run = promisify(execFile);
const epubcheckJar = '/usr/share/java/epubcheck.jar';
/** A short-lived JVM: tiered C1 only and the serial collector start it about a third faster. */
const javaFlags = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto'];

const scripts = [
  { name: 'Simplified', prefix: '', lang: 'zh-Hans' },
  { name: 'Traditional', prefix: 'zh-hant/', lang: 'zh-Hant' },
] as const;

const speeches = readSpeeches();
const compilations = readCompilations().map((compilation) => ({
  slug: compilation.path.replace(/^c\/|\/$/gu, ''),
  speeches: compilation.speeches,
}));

interface PageSpeech {
  title: string;
  blocks: Block[];
  /** Element ids in the body: #p12, #s2-3 and the heading slugs. */
  ids: string[];
  redactions: string[];
  leads: string[];
  /** A collated speech's variant marks, "p12 → #v-p12": the page's 异 mark, the EPUB's noteref. */
  marks: string[];
  /** Its 校勘记: the heading, the intro, then "v-p12 #p12 第12段：…。" an item. */
  apparatus: string[];
}

/**
 * A speech as a page or an EPUB chapter shows it: title, blocks, ids,
 * redaction marks, bold leads, and a collated speech's marks and 校勘记.
 * The marks are taken out of the blocks: the page's shows its text from
 * CSS, the EPUB's noteref holds it, and neither is the speech's text.
 */
function readSpeech(markup: string, where: string): PageSpeech {
  const tree = parseMarkup(markup);
  const body = findByClass(tree, 'speech-body', where);
  const ids: string[] = [];
  const leads: string[] = [];
  const marks: string[] = [];
  visit(body, 'element', (node: Element, index, parent) => {
    if (matches('a.variant-mark', node)) {
      const paragraph = parent as Element;
      marks.push(`${String(paragraph.properties.id)} → ${String(node.properties.href)}`);
      paragraph.children.splice(index!, 1);
      return [SKIP, index!];
    }
    if (typeof node.properties.id === 'string') ids.push(node.properties.id);
    if (node.tagName === 'strong') leads.push(hastText(node));
    return undefined;
  });
  const apparatus = selectAll('.apparatus > :is(h2, p), .apparatus > ol > li', tree).map((node) =>
    node.tagName === 'li'
      ? `${String(node.properties.id)} ${String(select('a', node)?.properties.href)} ${hastText(node)}`
      : hastText(node),
  );
  return {
    title: hastText(findByClass(tree, 'speech-title', where)),
    blocks: bodyBlocks(body),
    ids,
    redactions: allByClass(body, 'redacted').map((node) => hastText(node)),
    leads,
    marks,
    apparatus,
  };
}

function pageSpeech(prefix: string, slug: string): PageSpeech {
  return readSpeech(readDist(`${prefix}${slug}/index.html`), `${prefix}${slug}/`);
}

/** What a .txt download must hold for these speeches: `# title`, then one block a line, headings marked as in the Markdown. */
function expectedText(pages: readonly PageSpeech[]): string {
  return pages
    .map(
      (page) =>
        `${[`# ${page.title}`, ...page.blocks.map((block) => (block.rank ? `${'#'.repeat(block.rank)} ${block.text}` : block.text))].join('\n\n')}\n`,
    )
    .join('\n');
}

/** Blocks of a Markdown file read back by remark: paragraphs and headings with their depth. */
function markdownBlocks(markdown: string): Block[] {
  const tree = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .parse(markdown) as MdastRoot;
  return tree.children.flatMap((node): Block[] => {
    if (node.type === 'paragraph') return [{ rank: 0, text: mdastText(node) }];
    if (node.type === 'heading') return [{ rank: node.depth, text: mdastText(node) }];
    if (node.type === 'yaml') return [];
    throw new Error(`a ${node.type} in a Markdown download: expected paragraphs and headings only`);
  });
}

function download(prefix: string, path: string): Uint8Array {
  return readFileSync(join(distDir, prefix, 'download', path));
}

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
}

for (const { name, prefix, lang } of scripts) {
  for (const speech of speeches) {
    test(`${name} ${speech.slug}: the EPUB chapter holds the page's text, ids, redaction marks, bold leads and any 校勘记 (as notes), in ${lang}`, () => {
      const page = pageSpeech(prefix, speech.slug);
      const files = unzip(download(prefix, `${speech.slug}.epub`));
      const chapter = files[`OEBPS/text/${speech.slug}.xhtml`];
      assert.ok(
        chapter,
        `${prefix}download/${speech.slug}.epub: expected OEBPS/text/${speech.slug}.xhtml`,
      );
      assert.deepEqual(readSpeech(chapter, `${speech.slug}.epub`), page);
      // A collated speech's marks are EPUB note references, each to an endnote of its 校勘记.
      const count = (pattern: RegExp) => chapter.match(pattern)?.length ?? 0;
      assert.equal(count(/ epub:type="noteref"/gu), page.marks.length, 'a noteref per mark');
      assert.equal(
        count(/ epub:type="endnote"/gu),
        page.apparatus.filter((line) => line.startsWith('v-p')).length,
        'an endnote per item of the 校勘记',
      );
      assert.match(chapter, new RegExp(`<html[^>]* lang="${lang}" xml:lang="${lang}"`, 'u'));
      assert.match(
        files['OEBPS/content.opf']!,
        new RegExp(`<dc:language>${lang}</dc:language>`, 'u'),
      );
    });

    test(`${name} ${speech.slug}: the text download is the page's text, one block a line`, () => {
      assert.equal(
        new TextDecoder().decode(download(prefix, `${speech.slug}.txt`)),
        expectedText([pageSpeech(prefix, speech.slug)]),
      );
    });

    test(`${name} ${speech.slug}: the Markdown download reads back to the page's blocks`, () => {
      const markdown = new TextDecoder().decode(download(prefix, `${speech.slug}.md`));
      assert.deepEqual(markdownBlocks(markdown), pageSpeech(prefix, speech.slug).blocks);
      if (prefix === '')
        assert.equal(
          markdown,
          readFileSync(
            new URL(`../../content/speeches/${speech.slug}.md`, import.meta.url),
            'utf8',
          ),
          'the generated file itself',
        );
    });
  }

  for (const compilation of compilations) {
    const pages = () => compilation.speeches.map((speech) => pageSpeech(prefix, speech.slug));

    test(`${name} compilation ${compilation.slug}: the EPUB holds its speeches in order, each as its page`, () => {
      const files = unzip(download(prefix, `c/${compilation.slug}.epub`));
      const spine = [
        ...files['OEBPS/content.opf']!.matchAll(/<itemref idref="text-([^"]+)"/gu),
      ].map((match) => match[1]);
      assert.deepEqual(
        spine,
        compilation.speeches.map((speech) => speech.slug),
      );
      assert.deepEqual(
        compilation.speeches.map((speech) =>
          readSpeech(files[`OEBPS/text/${speech.slug}.xhtml`]!, `c/${compilation.slug}.epub`),
        ),
        pages(),
      );
    });

    test(`${name} compilation ${compilation.slug}: text and Markdown hold every speech's page text, titles as level-1 headings`, () => {
      assert.equal(
        new TextDecoder().decode(download(prefix, `c/${compilation.slug}.txt`)),
        expectedText(pages()),
      );
      const markdown = new TextDecoder().decode(download(prefix, `c/${compilation.slug}.md`));
      assert.deepEqual(
        markdownBlocks(markdown),
        pages().flatMap((page) => [{ rank: 1, text: page.title }, ...page.blocks]),
      );
    });
  }

  test(`${name}: every speech and compilation page links its three downloads with their sizes`, () => {
    const linked = [
      ...speeches.map((speech) => ({
        page: `${prefix}${speech.slug}/index.html`,
        stem: speech.slug,
      })),
      ...compilations.map((compilation) => ({
        page: `${prefix}c/${compilation.slug}/index.html`,
        stem: `c/${compilation.slug}`,
      })),
    ];
    for (const { page, stem } of linked) {
      const nav = findByClass(parseMarkup(readDist(page)), 'downloads', page);
      const links: string[] = [];
      visit(nav, 'element', (node: Element) => {
        if (node.tagName === 'a') links.push(`${String(node.properties.href)} ${hastText(node)}`);
      });
      const expected = (['epub', 'txt', 'md'] as const).map((ext) => {
        const kb = Math.max(1, Math.round(download(prefix, `${stem}.${ext}`).length / 1024));
        return new RegExp(`^/${prefix}download/${stem}\\.${ext} .+ · ${kb} KB$`, 'u');
      });
      assert.equal(links.length, 3, `${page}: expected EPUB, text and Markdown links`);
      links.forEach((link, i) => assert.match(link, expected[i]!, page));
    }
  });
}

test('epubcheck reports no error and no warning on any EPUB', async () => {
  const books = distFiles().filter((file) => file.endsWith('.epub'));
  assert.equal(
    books.length,
    scripts.length * (speeches.length + compilations.length),
    'one EPUB per speech and compilation in each script',
  );
  // Two at a time: the machine has two cores, and each check is a JVM.
  const pending = [...books];
  const worker = async () => {
    for (let book = pending.shift(); book; book = pending.shift()) {
      const { stdout, stderr } = await run('java', [
        ...javaFlags,
        '-jar',
        epubcheckJar,
        '-q',
        join(distDir, book),
      ]).catch((error: { stdout: string; stderr: string }) => error);
      assert.equal(`${stdout}${stderr}`.trim(), '', `epubcheck ${book}`);
    }
  };
  await Promise.all([worker(), worker()]);
});
