/**
 * 来源与校勘说明 per compilation: each c/<slug>/source/ page reports exactly
 * its own raw file, and /source/ reports the files only while the archive is
 * one compilation, so neither grows with the archive.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { readCompilations } from '../support/compilations.ts';
import { readDist, requireDist } from '../support/dist.ts';

before(requireDist);

const report = JSON.parse(readFileSync(new URL('../../content/speeches/report.json', import.meta.url), 'utf8')) as {
  sources: { name: string; sha256: string }[];
};

/** The raw files a source page reports, by the section each SourceReport opens. */
function reportedFiles(file: string): string[] {
  const ids = selectAll('section[aria-labelledby^="source-"]', fromHtml(readDist(file))).map((section) => String(section.properties.ariaLabelledBy));
  return ids.map((id) => report.sources.find((source) => `source-${source.sha256.slice(0, 8)}` === id)?.name ?? `unknown ${id}`);
}

const compilations = readCompilations();

for (const prefix of ['', 'zh-hant/']) {
  test(`each compilation's source page reports its own raw file and no other (${prefix || '/'})`, () => {
    for (const { path, speeches } of compilations) {
      assert.deepEqual(reportedFiles(`${prefix}${path}source/index.html`), [speeches[0]!.source]);
    }
  });

  test(`/source/ reports the raw file of a one-compilation archive, and none of a larger one (${prefix || '/'})`, () => {
    const expected = compilations.length === 1 ? [compilations[0]!.speeches[0]!.source] : [];
    assert.deepEqual(reportedFiles(`${prefix}source/index.html`), expected);
  });
}
