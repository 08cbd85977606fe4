/**
 * bench:ingest: how long each format of the seed's speeches takes to read
 * and ingest, and what the CLI costs on it.
 *
 * For each fixture (the text scrape, the saved page as HTML and MHTML, the
 * Word files, the PDFs of LibreOffice and Chromium and the 13-page A5 PDF)
 * it measures
 *
 * - in one fresh process per file (scripts/lib/time-reader.ts): the reader
 *   alone and the whole ingest core, mean and max of `--runs` runs after a
 *   first, cold one; pdfjs's import, which only PDFs pay, is timed apart;
 * - the CLI as a user runs it, `node scripts/ingest.ts <file> --out <tmp>`
 *   in a child process under GNU time, `--cli-runs` times: wall time
 *   (median and max) and peak resident memory (max).
 *
 * The 1-minute load average before and after is recorded: the machine may
 * be shared. Prints a Markdown table and writes bench/ingest.md and
 * bench/ingest.json.
 *
 * Usage: npm run bench:ingest [-- --runs 20 --cli-runs 5]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ReaderTiming } from './lib/time-reader.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DOCUMENTS = join(ROOT, 'tests', 'fixtures', 'documents');
const CLI = join(ROOT, 'scripts', 'ingest.ts');
const TIME_READER = join(ROOT, 'scripts', 'lib', 'time-reader.ts');
/** GNU time reports a child's peak resident set size, which Node cannot ask of a child. */
const GNU_TIME = '/usr/bin/time';

const FILES: readonly { label: string; path: string }[] = [
  { label: 'text scrape', path: join(ROOT, 'content', 'raw', '000_9a817715ca601c67.txt') },
  { label: 'saved page, HTML in GB2312', path: join(DOCUMENTS, 'saved-page.html') },
  { label: 'saved page, MHTML', path: join(DOCUMENTS, 'saved-page.mhtml') },
  { label: 'Word, .docx', path: join(DOCUMENTS, 'speeches.docx') },
  { label: 'Word 97, .doc', path: join(DOCUMENTS, 'speeches.doc') },
  { label: 'PDF, LibreOffice', path: join(DOCUMENTS, 'speeches.pdf') },
  { label: 'PDF, Chromium', path: join(DOCUMENTS, 'printed.pdf') },
  { label: 'PDF, LibreOffice on A5', path: join(DOCUMENTS, 'speeches-a5.pdf') },
];

interface CliRun {
  wallMs: number;
  maxRssKb: number;
}

interface Row {
  label: string;
  file: string;
  bytes: number;
  /** A PDF's page count; null for the other formats. */
  pages: number | null;
  timing: ReaderTiming;
  cli: CliRun[];
}

function parseOptions(): { runs: number; cliRuns: number } {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '20' },
      'cli-runs': { type: 'string', default: '5' },
    },
    strict: true,
  });
  const count = (name: string, value: string): number => {
    if (!/^[1-9]\d*$/u.test(value)) throw new Error(`--${name} ${value}: expected a whole number`);
    return Number(value);
  };
  return { runs: count('runs', values.runs), cliRuns: count('cli-runs', values['cli-runs']) };
}

async function pageCount(path: string): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: Uint8Array.from(readFileSync(path)),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return (await task.promise).numPages;
  } finally {
    await task.destroy();
  }
}

function timeReader(path: string, runs: number): ReaderTiming {
  const output = execFileSync(process.execPath, [TIME_READER, path, String(runs)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(output) as ReaderTiming;
}

/** One CLI run into a fresh output directory; a failed ingest fails the benchmark. */
function timeCli(path: string, scratch: string): CliRun {
  const out = mkdtempSync(join(scratch, 'out-'));
  const measured = join(out, 'time.txt');
  const start = performance.now();
  const result = spawnSync(
    GNU_TIME,
    ['-o', measured, '-f', '%M', process.execPath, CLI, path, '--out', join(out, 'speeches')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const wallMs = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`ingest of ${relative(ROOT, path)} exited ${result.status}: ${result.stderr}`);
  }
  const maxRssKb = Number(readFileSync(measured, 'utf8').trim().split('\n').at(-1));
  rmSync(out, { recursive: true, force: true });
  return { wallMs, maxRssKb };
}

const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;
const max = (values: readonly number[]) => Math.max(...values);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function table(rows: readonly Row[], runs: number, cliRuns: number): string {
  const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
  const header = [
    'format',
    'file',
    'KB',
    'pages',
    'pdfjs import ms',
    'first read ms',
    `read ms, mean / max of ${runs}`,
    `ingest core ms, mean / max of ${runs}`,
    `CLI wall ms, median / max of ${cliRuns}`,
    'CLI peak RSS MB',
  ];
  const lines = rows.map(({ label, file, bytes, pages, timing, cli }) => [
    label,
    `\`${basename(file)}\``,
    (bytes / 1024).toFixed(1),
    pages === null ? '–' : String(pages),
    timing.pdfjsImportMs === null ? '–' : ms(timing.pdfjsImportMs),
    ms(timing.firstReadMs),
    `${ms(mean(timing.readMs))} / ${ms(max(timing.readMs))}`,
    `${ms(mean(timing.ingestMs))} / ${ms(max(timing.ingestMs))}`,
    `${ms(median(cli.map((run) => run.wallMs)))} / ${ms(max(cli.map((run) => run.wallMs)))}`,
    (max(cli.map((run) => run.maxRssKb)) / 1024).toFixed(0),
  ]);
  return [
    `| ${header.join(' | ')} |`,
    `| --- | ${header
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const { runs, cliRuns } = parseOptions();
  if (!existsSync(GNU_TIME)) {
    throw new Error(
      `bench:ingest needs GNU time at ${GNU_TIME} (Debian's time package) for the CLI's peak memory`,
    );
  }
  const scratch = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  const loadBefore = loadavg()[0]!;
  const rows: Row[] = [];
  try {
    for (const { label, path } of FILES) {
      const timing = timeReader(path, runs);
      const cli = Array.from({ length: cliRuns }, () => timeCli(path, scratch));
      rows.push({
        label,
        file: relative(ROOT, path),
        bytes: readFileSync(path).length,
        pages: timing.format === 'pdf' ? await pageCount(path) : null,
        timing,
        cli,
      });
      process.stderr.write(`bench:ingest: ${relative(ROOT, path)} done\n`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const loadAfter = loadavg()[0]!;
  const date = new Date().toISOString();
  const machine = `${availableParallelism()} cores, Node ${process.version}; 1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`;
  const markdown = table(rows, runs, cliRuns);
  process.stdout.write(`${markdown}\n\n${machine}\n`);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench', 'ingest.md'),
    `# Ingest benchmark

Generated by \`npm run bench:ingest\` on ${date.slice(0, 10)}. Machine: ${machine}.

The reader (\`readSource\`: bytes → the text model) and the ingest core
(\`ingestSource\`: bytes → Markdown and report) are timed in a fresh process
per file, after a first, cold run (*first read*), which for a PDF follows
pdfjs's own import (*pdfjs import*). The CLI is \`node scripts/ingest.ts
<file> --out <tmp>\` run as a child process: its wall time includes starting
Node 24 and writing the output; its peak resident memory is GNU time's.

${markdown}
`,
  );
  writeFileSync(
    join(ROOT, 'bench', 'ingest.json'),
    `${JSON.stringify({ date, node: process.version, cores: availableParallelism(), load: [loadBefore, loadAfter], runs, cliRuns, rows }, null, 2)}\n`,
  );
}

await main();
