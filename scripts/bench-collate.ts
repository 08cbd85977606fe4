/**
 * bench:collate: how long collation takes on an archive of copies, and
 * whether it finds them.
 *
 * Makes `--files` raw files: half as many synthetic two-speech pages
 * (scripts/lib/synthetic-compilations.ts), each also as a second site's copy
 * with three small edits in its text (a character changed, one dropped,
 * 新时代 added). Every file is ingested in this process first; then
 * `collectResults` (recognising copies, aligning them, choosing the reading
 * text and the apparatus) is timed alone. The archive must come out with
 * exactly one speech per distinct speech, every copy a witness: anything
 * else exits 1.
 *
 * Usage: npm run bench:collate [-- --files 1000]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectResults, ingestSource } from '../src/ingest/index.ts';
import { random, syntheticCompilations } from './lib/synthetic-compilations.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SEED = join(ROOT, 'content', 'raw', '000_9a817715ca601c67.txt');

const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' } } });
const files = Number(values.files);
if (!Number.isInteger(files) || files < 2 || files % 2 !== 0)
  throw new Error(
    `--files: expected an even number (each page in two copies), got ${values.files}`,
  );

const han = /\p{Script=Han}/u;

/**
 * The page with three edits at Han characters in the second half of its
 * text (the speeches, not the wrapper's head), never inside a copy of a
 * title: a copy's titles are the same as the page's.
 */
function copyOf(text: string, next: () => number): string {
  const chars = [...text];
  const title = text.slice(0, text.indexOf('\n'));
  const inTitle = (i: number): boolean =>
    [i - 2, i - 1, i].some((k) => title.includes(chars.slice(k, k + 3).join('')));
  const at = (): number => {
    for (;;) {
      const i = Math.floor(chars.length * (0.5 + 0.4 * next()));
      if (han.test(chars[i]!) && han.test(chars[i + 1]!) && !inTitle(i)) return i;
    }
  };
  const edits = [at(), at(), at()].sort((a, b) => b - a);
  const [change, drop, add] = edits as [number, number, number];
  chars[change] = chars[change] === '之' ? '其' : '之';
  chars.splice(drop, 1);
  chars.splice(add, 0, '新时代');
  return chars.join('');
}

const seed = readFileSync(SEED);
// files / 2 pages of two speeches each: as many distinct speeches as files.
const pages = syntheticCompilations(seed, files);
const next = random(7);
const encoder = new TextEncoder();
const raw = pages.flatMap(({ name, text }) => [
  { name, text },
  { name: name.replace('_synthetic', '_synthetic_copy'), text: copyOf(text, next) },
]);
raw.sort((a, b) => a.name.localeCompare(b.name));

const loadBefore = loadavg()[0]!;
const ingestStart = performance.now();
const results = [];
for (const { name, text } of raw) {
  const result = await ingestSource(encoder.encode(text), name, { sha256: '0'.repeat(64) });
  results.push({ label: name, result });
}
const ingestSeconds = (performance.now() - ingestStart) / 1000;

const start = performance.now();
const collected = collectResults(results);
const seconds = (performance.now() - start) / 1000;

const speechesIn = results.reduce((sum, { result }) => sum + result.speeches.length, 0);
const { collation } = collected.report;
const witnessed = collation.speeches.filter((speech) => speech.witnesses.length === 2).length;
const readings = collation.speeches.reduce((sum, speech) => sum + speech.variants, 0);
const summary = {
  files,
  speechesIn,
  speechesOut: collected.speeches.length,
  speechesWithTwoWitnesses: witnessed,
  variantReadings: readings,
  pairsJudged: collation.pairs.length,
  ingestSeconds: Number(ingestSeconds.toFixed(1)),
  collateSeconds: Number(seconds.toFixed(1)),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  load: [Number(loadBefore.toFixed(1)), Number(loadavg()[0]!.toFixed(1))],
};
console.log(JSON.stringify(summary, null, 2));
const expected = files;
if (collected.speeches.length !== expected || witnessed !== expected) {
  console.error(
    `bench:collate: expected ${expected} speeches, each with both copies as witnesses; got ${collected.speeches.length} speeches, ${witnessed} with two witnesses`,
  );
  process.exitCode = 1;
}
