import { readFileSync } from 'node:fs';
import { syntheticCompilations } from './scripts/lib/synthetic-compilations.ts';
import { collectResults } from './src/ingest/collect.ts';
import { ingest } from './src/ingest/index.ts';
const pages = syntheticCompilations(readFileSync('content/raw/000_9a817715ca601c67.txt'), 500);
const files: { name: string; text: string }[] = [];
for (const page of pages) {
  files.push(page);
  // The copy: three small variants in the page text, as another site's would have.
  let text = page.text;
  for (const [i, at] of [0.3, 0.5, 0.7].entries()) {
    const k = Math.floor(text.length * at);
    text = i === 1 ? text.slice(0, k) + text.slice(k + 2) : text.slice(0, k) + '新时代' + text.slice(k);
  }
  files.push({ name: `copy-${page.name}`, text });
}
const results = files.map(({ name, text }) => ({ label: name, result: ingest(new TextEncoder().encode(text), name, { sha256: '0'.repeat(64) }) }));
const start = performance.now();
const collected = collectResults(results);
const ms = performance.now() - start;
console.log(`${files.length} files, ${results.reduce((n, r) => n + r.result.speeches.length, 0)} speeches in, ${collected.speeches.length} out, ${collected.report.collation.pairs.length} pairs judged, ${collected.variants.reduce((n, v) => n + v.variants.length, 0)} variant readings; collate ${ms.toFixed(0)} ms`);
