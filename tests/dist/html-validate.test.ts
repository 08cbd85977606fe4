import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { distDir, htmlPages, requireDist } from '../support/dist.ts';

before(requireDist);

// Reads .htmlvalidate.mjs at the project root, as the html-validate CLI would.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');

for (const page of htmlPages()) {
  test(`${page} is valid HTML under the recommended and document rules`, async () => {
    const report = await validator.validateFile(join(distDir, page));
    assert.ok(report.valid, format(report.results));
    assert.equal(report.warningCount, 0, format(report.results));
  });
}
