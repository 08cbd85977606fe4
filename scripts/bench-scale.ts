/**
 * bench:scale: how the pipeline's cost grows with the number of speeches.
 *
 * For each size N it writes N synthetic speeches (scripts/lib/synthetic-
 * compilations.ts) as N/2 raw pages into a throwaway copy of the project
 * (node_modules symlinked; the real content/ and dist/ are never touched),
 * then measures ingest and `astro build` (wall time, CPU time and peak
 * memory, from GNU time), the size of dist/ and of the exact search's data,
 * a rebuild after adding one raw file to the built archive (its last file
 * is taken out and rebuilt without, then put back: the timed rebuild, whose
 * dist/ must equal the clean build's byte for byte), and the exact search as
 * a reader meets it (scripts/lib/scale-search.ts): every query opened cold
 * at /search/?q= in Chromium, then typed warm, its hits compared with an
 * independent substring scan of the generated Markdown. Astro's per-route
 * render times are grouped to show which pages carry the cost. Writes
 * bench/scale.json and bench/scale.md.
 *
 * Usage: npm run bench:scale [-- --sizes 2,100,1000,10000]
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { chromiumPath } from './lib/preview.ts';
import { type ExactSearch, exactSearch, ratioTable, searchTable } from './lib/scale-search.ts';
import { syntheticCompilations } from './lib/synthetic-compilations.ts';
import { makeWorkspace } from './lib/workspace.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SEED = join(ROOT, 'content', 'raw', '000_9a817715ca601c67.txt');
const BIN = join(ROOT, 'node_modules', '.bin');
const run = promisify(execFile);

interface RouteGroup {
  group: string;
  routes: number;
  ms: number;
}

/** A step of astro build and its seconds, from its log (buildSteps). */
interface BuildStep {
  step: string;
  s: number;
}

/**
 * What a row's build ran. Rows of an earlier run are merged only if they
 * measured the same pipeline: their build times and dist/ sizes would not
 * compare otherwise.
 */
const pipeline = 'ingest + astro build, ingest results and editions cached';

/** Every build of a run dates its EPUBs alike, so that a rebuild can equal the clean build. */
const sourceDateEpoch = '1764806400';

interface Measurement {
  pipeline: typeof pipeline;
  speeches: number;
  rawFiles: number;
  pages: number;
  ingestMs: number;
  astroBuildMs: number;
  /** CPU time (user + system) of ingest and astro build together. */
  buildCpuMs: number;
  /** The larger peak resident memory of the two (worker threads included). */
  peakBytes: number;
  /** Ingest and astro build again after one raw file was added to the built archive; null for an archive of one file. */
  rebuild: {
    files: number;
    ingestMs: number;
    astroBuildMs: number;
    peakBytes: number;
    identical: boolean;
    steps: BuildStep[];
  } | null;
  distBytes: number;
  /** The exact search's data: gram shards and text chunks (both scripts), manifests and variants. */
  searchDataBytes: number;
  gramShards: number;
  largestShardBytes: number;
  textChunks: number;
  /** The biggest files: pages and data whose own size grows with N. */
  largestFiles: { path: string; bytes: number }[];
  search: ExactSearch;
  routes: RouteGroup[];
  steps: BuildStep[];
  /** What the offline worker precaches at install, from its log line. */
  precache: { files: number; kilobytes: number; sw: number } | null;
  /** The 1-minute load average before and after this size was measured. */
  load: [number, number];
}

function parseSizes(): number[] {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '2,100,1000' } } });
  return values.sizes.split(',').map((size) => Number.parseInt(size, 10));
}

/** A copy of the project to build in, with the synthetic pages as its only raw input. */
function workspaceFor(speeches: number): string {
  const dir = makeWorkspace(ROOT, `bench-scale-${speeches}`, ['content/raw', 'content/speeches']);
  mkdirSync(join(dir, 'content', 'raw'), { recursive: true });
  for (const page of syntheticCompilations(readFileSync(SEED), speeches))
    writeFileSync(join(dir, 'content', 'raw', page.name), page.text);
  return dir;
}

/**
 * Runs a command under GNU time and measures its wall-clock time, its CPU
 * time (user + system) and its peak resident memory: on a shared machine
 * the wall clock grows with everyone else's load, the CPU time much less.
 */
async function timed(
  command: string,
  args: string[],
  cwd: string,
): Promise<{ ms: number; cpuMs: number; peakBytes: number; stdout: string }> {
  const start = performance.now();
  const { stdout, stderr } = await run(
    '/usr/bin/time',
    ['-f', 'bench-time %U %S %M', command, ...args],
    {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: sourceDateEpoch },
    },
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT')
      throw new Error('bench:scale needs GNU time at /usr/bin/time (Debian package "time")');
    throw error;
  });
  const usage = stderr.match(/^bench-time ([\d.]+) ([\d.]+) (\d+)$/mu);
  if (!usage) throw new Error(`expected GNU time's line in stderr, got "${stderr.slice(-200)}"`);
  const [, user, system, kilobytes] = usage.map(Number) as [number, number, number, number];
  return {
    ms: performance.now() - start,
    cpuMs: (user + system) * 1000,
    peakBytes: kilobytes * 1024,
    stdout,
  };
}

function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
}

function sum(files: readonly { bytes: number }[]): number {
  return files.reduce((total, file) => total + file.bytes, 0);
}

/**
 * Astro logs each generated route as `├─ /path/index.html (+12ms)`. Groups
 * them so that the N speech pages show as one line, the compilations' pages
 * as one line per kind, and every page whose own cost grows with N (home,
 * source) apart. Routes render eight at a time, so a route's time includes
 * waiting for the others: the groups compare, they do not add up.
 */
function routeGroups(log: string): RouteGroup[] {
  const groups = new Map<string, RouteGroup>();
  for (const match of log.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/gu)) {
    const group = match[1]!
      .replace(/^\/zh-hant\//u, '/')
      .replace(/speech-\d+/gu, 'speech-N')
      .replace(/^\/c\/[^/]+\//u, '/c/C/')
      .replace(/\/text\/\d+-\d+\.json/u, '/text/S-P.json')
      .replace(/\/grams\/\d+\.bin/u, '/grams/K.bin');
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const entry = groups.get(group) ?? { group, routes: 0, ms: 0 };
    entry.routes += 1;
    entry.ms += ms;
    groups.set(group, entry);
  }
  return [...groups.values()].sort((a, b) => b.ms - a.ms);
}

/**
 * The steps of an astro build, from the timestamps of its log lines (to
 * the second): each step runs from the line that ends the one before to
 * the line that ends it. Steps whose lines are missing are left out.
 */
const stepEnds: readonly { step: string; ends: RegExp }[] = [
  { step: 'content layer sync', ends: /\[content\] Synced content/u },
  // The gap before bundling is Astro emptying dist/ of the previous build.
  { step: 'build info, emptying dist/', ends: /\[build\] Building static entrypoints/u },
  { step: 'Vite bundling', ends: /\[build\] Rearranging server assets/u },
  { step: 'editions and the search index', ends: /[├└]─ \//u },
  { step: 'rendering the pages', ends: /^\S+ ✓ Completed in/u },
  { step: 'data files', ends: /\[data-files\] wrote/u },
  { step: 'CSP and _headers', ends: /\[security-headers\] wrote/u },
  { step: 'sitemap', ends: /\[@astrojs\/sitemap\]/u },
  { step: 'offline worker', ends: /\[service-worker\] wrote/u },
];

function buildSteps(log: string): BuildStep[] {
  const lines = log.split('\n').flatMap((line) => {
    const time = line.match(/^(\d\d):(\d\d):(\d\d) /u);
    return time
      ? [{ line, at: Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]) }]
      : [];
  });
  const at = (ends: RegExp) => lines.find(({ line }) => ends.test(line))?.at;
  let from = at(/\[content\] Syncing content/u);
  const steps: BuildStep[] = [];
  for (const { step, ends } of stepEnds) {
    const to = at(ends);
    if (from !== undefined && to !== undefined) {
      // A build that runs past midnight.
      steps.push({ step, s: (to - from + 86_400) % 86_400 });
    }
    from = to ?? from;
  }
  return steps;
}

/** The offline worker's install, from its log line (`wrote sw.js (…): N files precached (K KB)`), and sw.js's size. */
function precacheOf(log: string, worker: string): Measurement['precache'] {
  const match = log.match(
    /\[service-worker\] wrote sw\.js \([^)]*\): (\d+) files precached \((\d+) KB\)/u,
  );
  return match
    ? { files: Number(match[1]), kilobytes: Number(match[2]), sw: statSync(worker).size }
    : null;
}

/** Each file of dist/ by its path, as a hash of its bytes. */
function distHashes(dir: string): Map<string, string> {
  return new Map(
    filesUnder(join(dir, 'dist')).map(({ path }) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(dir, 'dist', path)))
        .digest('hex'),
    ]),
  );
}

function sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([path, hash]) => b.get(path) === hash);
}

/** Ingest of every raw file, then astro build: what \`npm run build\` runs. */
async function build(dir: string) {
  const rawFiles = readdirSync(join(dir, 'content', 'raw')).map((name) =>
    join('content', 'raw', name),
  );
  // Every file in content/raw, as `npm run build` reads them: its cache then keeps the archive's files alone.
  const ingest = await timed(process.execPath, ['scripts/ingest.ts'], dir);
  const astro = await timed(process.execPath, [join(BIN, 'astro'), 'build'], dir);
  return { rawFiles: rawFiles.length, ingest, astro };
}

/**
 * The last raw file taken out and the archive rebuilt without it, then put
 * back and rebuilt: the second rebuild is an editor adding one file to a
 * built archive, and must give the clean build's dist/ exactly.
 */
async function rebuildWithOneMore(
  dir: string,
  clean: ReadonlyMap<string, string>,
): Promise<NonNullable<Measurement['rebuild']>> {
  const raw = join(dir, 'content', 'raw');
  const last = readdirSync(raw).sort().at(-1)!;
  const kept = join(dir, last);
  renameSync(join(raw, last), kept);
  await build(dir);
  renameSync(kept, join(raw, last));
  const again = await build(dir);
  return {
    files: again.rawFiles,
    ingestMs: again.ingest.ms,
    astroBuildMs: again.astro.ms,
    peakBytes: Math.max(again.ingest.peakBytes, again.astro.peakBytes),
    identical: sameFiles(clean, distHashes(dir)),
    steps: buildSteps(again.astro.stdout),
  };
}

async function measure(speeches: number): Promise<Omit<Measurement, 'load'>> {
  const dir = workspaceFor(speeches);
  try {
    const { rawFiles, ingest, astro } = await build(dir);
    const dist = filesUnder(join(dir, 'dist'));
    const html = dist.filter((file) => file.path.endsWith('.html'));
    const searchData = dist.filter((file) => /(?:^|\/)search-data\//u.test(file.path));
    const shards = searchData.filter((file) => file.path.startsWith('search-data/grams/'));
    const search = await exactSearch(dir, speeches);
    const rebuild = rawFiles > 1 ? await rebuildWithOneMore(dir, distHashes(dir)) : null;
    return {
      pipeline,
      speeches,
      rawFiles,
      pages: html.length,
      ingestMs: ingest.ms,
      astroBuildMs: astro.ms,
      buildCpuMs: ingest.cpuMs + astro.cpuMs,
      peakBytes: Math.max(ingest.peakBytes, astro.peakBytes),
      rebuild,
      distBytes: sum(dist),
      searchDataBytes: sum(searchData),
      gramShards: shards.length,
      largestShardBytes: Math.max(...shards.map((file) => file.bytes)),
      textChunks: searchData.filter((file) => file.path.includes('search-data/text/')).length,
      largestFiles: dist.sort((a, b) => b.bytes - a.bytes).slice(0, 4),
      search,
      routes: routeGroups(astro.stdout),
      steps: buildSteps(astro.stdout),
      precache: precacheOf(astro.stdout, join(dir, 'dist', 'sw.js')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const seconds = (ms: number): string => (ms / 1000).toFixed(1);
const gb = (bytes: number): string => (bytes / 1024 ** 3).toFixed(2);

/** Cost per speech added since the previous size: flat if the pipeline is linear. */
function marginal(
  rows: readonly Measurement[],
  i: number,
  cost: (row: Measurement) => number,
): string {
  if (i === 0) return '–';
  const [before, after] = [rows[i - 1]!, rows[i]!];
  return ((cost(after) - cost(before)) / (after.speeches - before.speeches)).toFixed(1);
}

function markdown(rows: readonly Measurement[]): string {
  const offline = [
    '| speeches | files precached at install | precached KB | sw.js KB |',
    '| ---: | ---: | ---: | ---: |',
    ...rows.map(({ speeches, precache }) =>
      precache
        ? `| ${speeches} | ${precache.files} | ${precache.kilobytes} | ${kb(precache.sw)} |`
        : `| ${speeches} | – | – | – |`,
    ),
  ];
  const table = [
    '| speeches | raw files | pages | ingest s | astro build s | build s | build CPU s | peak memory GB | dist KB | search data KB | search data KB / speech | gram shards | largest shard KB | text chunks |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.speeches} | ${row.rawFiles} | ${row.pages} | ${seconds(row.ingestMs)} | ${seconds(row.astroBuildMs)} | ${seconds(row.ingestMs + row.astroBuildMs)} | ${seconds(row.buildCpuMs)} | ${gb(row.peakBytes)} | ${kb(row.distBytes)} | ${kb(row.searchDataBytes)} | ${kb(row.searchDataBytes / row.speeches)} | ${row.gramShards} | ${kb(row.largestShardBytes)} | ${row.textChunks} |`,
    ),
  ];
  const rebuilds = [
    '| speeches | raw files after | ingest s | astro build s | rebuild s | peak memory GB | dist/ equals the clean build |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.flatMap(({ speeches, rebuild }) =>
      rebuild === null
        ? []
        : `| ${speeches} | ${rebuild.files} | ${seconds(rebuild.ingestMs)} | ${seconds(rebuild.astroBuildMs)} | ${seconds(rebuild.ingestMs + rebuild.astroBuildMs)} | ${gb(rebuild.peakBytes)} | ${rebuild.identical ? 'yes' : '**no**'} |`,
    ),
  ];
  const perSpeech = [
    '| speeches | ingest ms | astro build ms | build CPU ms | dist KB | search data KB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row, i) =>
        `| ${row.speeches} | ${marginal(rows, i, (r) => r.ingestMs)} | ${marginal(rows, i, (r) => r.astroBuildMs)} | ${marginal(rows, i, (r) => r.buildCpuMs)} | ${marginal(rows, i, (r) => r.distBytes / 1024)} | ${marginal(rows, i, (r) => r.searchDataBytes / 1024)} |`,
    ),
  ];
  const stepNames = [
    ...new Set(
      rows.flatMap((row) => [...row.steps, ...(row.rebuild?.steps ?? [])].map(({ step }) => step)),
    ),
  ];
  const stepsTable = [
    `| step | ${rows.flatMap((row) => [`${row.speeches} clean s`, ...(row.rebuild ? [`${row.speeches} rebuilt s`] : [])]).join(' | ')} |`,
    `| --- | ${rows.flatMap((row) => ['---:', ...(row.rebuild ? ['---:'] : [])]).join(' | ')} |`,
    ...stepNames.map((name) => {
      const cell = (steps: readonly BuildStep[] | undefined) =>
        String(steps?.find(({ step }) => step === name)?.s ?? '–');
      return `| ${name} | ${rows.flatMap((row) => [cell(row.steps), ...(row.rebuild ? [cell(row.rebuild.steps)] : [])]).join(' | ')} |`;
    }),
  ];
  const routes = rows.map(
    (row) =>
      `- ${row.speeches} speeches: ${row.routes
        .slice(0, 6)
        .map((route) => `\`${route.group}\` ${route.routes}× ${seconds(route.ms)} s`)
        .join(', ')}`,
  );
  const largest = rows.map(
    (row) =>
      `- ${row.speeches} speeches: ${row.largestFiles.map((file) => `\`${file.path}\` ${kb(file.bytes)} KB`).join(', ')}`,
  );
  return [
    '## Exact search through /search/ in Chromium',
    '',
    ...searchTable(rows.map((row) => ({ speeches: row.speeches, search: row.search }))),
    '',
    ...ratioTable(rows.map((row) => ({ speeches: row.speeches, search: row.search }))),
    '',
    '## Build totals',
    '',
    ...table,
    '',
    '## The offline copy a first visit installs',
    '',
    ...offline,
    '',
    '## Adding one raw file to the built archive',
    '',
    "Its last raw file taken out and the archive rebuilt without it, then put back and rebuilt (timed): the edition cache compiles only that file's speeches, and dist/ is compared with the clean build's file by file.",
    '',
    ...rebuilds,
    '',
    '## Where astro build spends its time, step by step',
    '',
    "From the timestamps of Astro's log lines (to the second), for the clean build and the timed rebuild.",
    '',
    ...stepsTable,
    '',
    '## Marginal cost per added speech (since the previous size)',
    '',
    ...perSpeech,
    '',
    '## Where astro build spends its render time (both scripts together, slowest groups first)',
    '',
    ...routes,
    '',
    '## Largest files',
    '',
    ...largest,
    '',
  ].join('\n');
}

/** Rows of an earlier run at sizes this run does not measure, so sizes can be measured one run at a time. */
function earlierRows(sizes: readonly number[]): Measurement[] {
  try {
    const { rows } = JSON.parse(readFileSync(join(ROOT, 'bench', 'scale.json'), 'utf8')) as {
      rows: Measurement[];
    };
    return rows.filter((row) => row.pipeline === pipeline && !sizes.includes(row.speeches));
  } catch {
    return [];
  }
}

/** Writes bench/scale.json and bench/scale.md from this run's rows and the other sizes' rows on disk, smallest archive first. */
function write(rows: readonly Measurement[]): string {
  // Read now, not at the start: another run may have measured other sizes meanwhile.
  const sorted = [...earlierRows(rows.map((row) => row.speeches)), ...rows].sort(
    (a, b) => a.speeches - b.speeches,
  );
  const conditions = sorted
    .map(
      (row) =>
        `${row.speeches} speeches: 1-minute load average ${row.load[0].toFixed(1)} before, ${row.load[1].toFixed(1)} after`,
    )
    .join('; ');
  const text = `Machine: ${cpus().length} cores, shared; ${conditions}.\n\n${markdown(sorted)}`;
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench', 'scale.json'),
    `${JSON.stringify({ chromium: chromiumPath, rows: sorted }, null, 2)}\n`,
  );
  writeFileSync(
    join(ROOT, 'bench', 'scale.md'),
    `# Scale benchmark\n\nGenerated by \`npm run bench:scale\`.\n\n${text}`,
  );
  return text;
}

async function main(): Promise<void> {
  const rows: Measurement[] = [];
  let text = '';
  for (const speeches of parseSizes()) {
    const started = performance.now();
    // Timings are wall-clock on a shared machine; the load says how far to trust them.
    const before = loadavg()[0]!;
    const row = await measure(speeches);
    rows.push({ ...row, load: [before, loadavg()[0]!] });
    text = write(rows);
    process.stderr.write(
      `measured ${speeches} speeches in ${seconds(performance.now() - started)} s\n`,
    );
  }
  process.stdout.write(text);
}

await main();
