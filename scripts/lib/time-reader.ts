/**
 * Times one raw file in a fresh process, for bench:ingest: the reader
 * alone (readSource) and the whole ingest core (ingestSource), each run
 * `runs` times after a first, cold run. A fresh process per file keeps one
 * format's warm caches from flattering the next format's first run. For a
 * PDF, pdfjs is imported first and that import timed on its own, so the
 * first read shows what is left of the reader's cold start (CMaps, fonts).
 *
 * Usage: node scripts/lib/time-reader.ts <file> <runs>; prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestSource, READERS, readSource } from '../../src/ingest/index.ts';

export interface ReaderTiming {
  format: string;
  /** pdfjs's own import, before anything reads; null for a format that does not use it. */
  pdfjsImportMs: number | null;
  firstReadMs: number;
  readMs: number[];
  firstIngestMs: number;
  ingestMs: number[];
}

const OPTIONS = { sha256: '0'.repeat(64) };

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main(file: string, runs: number): Promise<ReaderTiming> {
  const bytes = readFileSync(file);
  const name = basename(file);
  const format = READERS.find((reader) => reader.sniff(bytes))!.format;
  const pdfjsImportMs =
    format === 'pdf' ? await timed(() => import('pdfjs-dist/legacy/build/pdf.mjs')) : null;
  const firstReadMs = await timed(() => readSource(bytes, name));
  const readMs: number[] = [];
  for (let run = 0; run < runs; run++) readMs.push(await timed(() => readSource(bytes, name)));
  const firstIngestMs = await timed(() => ingestSource(bytes, name, OPTIONS));
  const ingestMs: number[] = [];
  for (let run = 0; run < runs; run++)
    ingestMs.push(await timed(() => ingestSource(bytes, name, OPTIONS)));
  return { format, pdfjsImportMs, firstReadMs, readMs, firstIngestMs, ingestMs };
}

const [file, runs] = process.argv.slice(2);
if (file === undefined || !/^[1-9]\d*$/u.test(runs ?? '')) {
  process.stderr.write('usage: node scripts/lib/time-reader.ts <file> <runs>\n');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await main(file, Number(runs)))}\n`);
