/**
 * 来源与校勘说明 per compilation: each c/<slug>/source/ page reports exactly
 * its own raw file, and /source/ reports the files only while the archive is
 * one compilation, so neither grows with the archive. The editors' notes
 * (content/notes.yaml) show where their speech's raw file is reported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse } from 'yaml';
import { toTraditional } from '../../src/i18n/to-traditional.ts';
import { readCompilations } from '../support/compilations.ts';
import { readDist, requireDist } from '../support/dist.ts';

before(requireDist);

const report = JSON.parse(
  readFileSync(new URL('../../content/speeches/report.json', import.meta.url), 'utf8'),
) as {
  sources: { name: string; sha256: string }[];
  collation: { speeches: { slug: string; witnesses: string[] }[] };
};

/** The raw files a source page reports, by the section each SourceReport opens. */
function reportedFiles(file: string): string[] {
  // Each section is named by its heading and its file name: the first id is the section's own.
  const ids = selectAll('section[aria-labelledby^="source-"]', fromHtml(readDist(file))).map(
    (section) => String((section.properties.ariaLabelledBy as string[])[0]),
  );
  return ids.map(
    (id) =>
      report.sources.find((source) => `source-${source.sha256.slice(0, 8)}` === id)?.name ??
      `unknown ${id}`,
  );
}

const notes = parse(readFileSync(new URL('../../content/notes.yaml', import.meta.url), 'utf8')) as {
  id: string;
  speech: string;
  heading: string;
  paragraphs: string[];
}[];

/** The notes a source page shows, in its order: each note's anchor, heading and the paragraphs up to the next heading. */
function shownNotes(file: string): { id: string; heading: string; paragraphs: string[] }[] {
  const ids = new Set(notes.map((note) => note.id));
  const blocks = selectAll('h2, p', select('main', fromHtml(readDist(file)))!);
  return blocks.flatMap((block, at) => {
    const id = block.tagName === 'h2' ? String(block.properties.id) : '';
    if (!ids.has(id)) return [];
    const end = blocks.findIndex((next, i) => i > at && next.tagName === 'h2');
    const paragraphs = blocks
      .slice(at + 1, end === -1 ? undefined : end)
      .map((paragraph) => toString(paragraph));
    return [{ id, heading: toString(block), paragraphs }];
  });
}

const compilations = readCompilations();

for (const prefix of ['', 'zh-hant/']) {
  test(`each compilation's source page reports its own raw file, those collated into its speeches, and no other (${prefix || '/'})`, () => {
    for (const { path, speeches } of compilations) {
      const slugs = new Set(speeches.map((speech) => speech.slug));
      const collated = report.collation.speeches
        .filter((speech) => slugs.has(speech.slug))
        .flatMap((speech) => speech.witnesses);
      const expected = [...new Set([speeches[0]!.source, ...collated])];
      assert.deepEqual(reportedFiles(`${prefix}${path}source/index.html`).sort(), expected.sort());
    }
  });

  test(`/source/ reports the raw file of a one-compilation archive, and none of a larger one (${prefix || '/'})`, () => {
    const expected = compilations.length === 1 ? [compilations[0]!.speeches[0]!.source] : [];
    assert.deepEqual(reportedFiles(`${prefix}source/index.html`), expected);
  });

  test(`each note shows, in its page's script, on the source page of its speech's compilation (${prefix || '/'})`, () => {
    const convert = prefix ? toTraditional : (text: string) => text;
    const expected = (speeches: { slug: string }[]) =>
      speeches.flatMap(({ slug }) =>
        notes
          .filter((note) => note.speech === slug)
          .map(({ id, heading, paragraphs }) => ({
            id,
            heading: convert(heading),
            paragraphs: paragraphs.map(convert),
          })),
      );
    for (const { path, speeches } of compilations)
      assert.deepEqual(shownNotes(`${prefix}${path}source/index.html`), expected(speeches));
    assert.deepEqual(
      shownNotes(`${prefix}source/index.html`),
      compilations.length === 1 ? expected(compilations[0]!.speeches) : [],
    );
  });
}
