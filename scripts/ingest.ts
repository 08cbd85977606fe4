/**
 * ingest: raw scraped pages → content/speeches/*.md + report.json.
 * All parsing lives in src/ingest; this file only does I/O. Output is
 * built in a sibling temporary directory and swapped in only on success,
 * so a failed run leaves the previous output untouched.
 */
import { randomUUID } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type AddressEntry,
  collectResults,
  READERS,
  slugNumber,
  type Collected,
} from '../src/ingest/index.ts';
import { addressBookSchema } from '../src/schemas/address-book.ts';
import { variantsSchema } from '../src/schemas/variants.ts';
import { oneLine, systemReason } from './lib/ingest-file.ts';
import { codeVersion } from '../src/cache/code-version.ts';
import { pruneExcept } from '../src/cache/kept.ts';
import { ingestFiles, type Progress } from './lib/ingest-pool.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_RAW_DIR = join(ROOT, 'content', 'raw');
const DEFAULT_OUT_DIR = join(ROOT, 'content', 'speeches');
const REPORT_FILE = 'report.json';
/** The address book: every speech-N ever given, so numbers never move (src/ingest/addresses.ts). */
const ADDRESS_BOOK_FILE = 'slugs.json';
/** The apparatus of a speech with several witnesses, beside its Markdown (collect.ts names them). */
const VARIANTS_SUFFIX = '.variants.json';
/** Where each file's result is kept between runs: where static hosts keep build caches (src/cache/). */
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'speech-ingest');
const USAGE =
  'usage: node scripts/ingest.ts [<file> ...] [--out <dir>] [--allow-partial] [--skip-refused]';

/** An error already tied to the path it concerns. */
class FileError extends Error {
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

interface Options {
  /** Empty means every file in content/raw. */
  files: string[];
  outDir: string;
  /** Publish speeches a page holds only in part, marked as fragments, instead of refusing the page. */
  allowPartial: boolean;
  /** Publish the files that can be read and list the refused ones, instead of writing nothing. */
  skipRefused: boolean;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    process.stderr.write(`ingest: ${options}\n${USAGE}\n`);
    return 2;
  }
  try {
    const book = readAddressBook(options.outDir);
    const files = options.files.length > 0 ? options.files : defaultInputs();
    const { outcomes, kept } = await ingestFiles(files, options.allowPartial, showProgress(), {
      dir: CACHE_DIR,
      codeVersion: codeVersion(ROOT, ['scripts/lib/ingest-file.ts']),
    });
    // The whole archive was read: what it no longer has need not be kept.
    if (options.files.length === 0) pruneExcept(CACHE_DIR, new Set(kept));
    const refused = outcomes.flatMap((outcome) => ('refused' in outcome ? [outcome.refused] : []));
    const results = outcomes.flatMap((outcome) =>
      'result' in outcome ? [{ label: basename(outcome.file), result: outcome.result }] : [],
    );
    if (refused.length > 0 && (!options.skipRefused || results.length === 0)) {
      for (const { path, reason } of refused) process.stderr.write(`ingest: ${path}: ${reason}\n`);
      if (files.length > 1) {
        process.stderr.write(
          `ingest: ${refused.length} of ${files.length} files refused; nothing written${results.length > 0 ? ' (--skip-refused publishes the rest)' : ''}\n`,
        );
      }
      return 1;
    }
    const collected = collectResults(
      results,
      book,
      refused.map(({ path, reason }) => ({ name: basename(path), reason })),
    );
    writeOutput(options.outDir, collected);
    for (const { path, reason } of refused)
      process.stderr.write(`ingest: skipped ${path}: ${reason}\n`);
    const partial = collected.speeches.filter((speech) => speech.partial !== null).length;
    const notes = [
      ...(collected.report.duplicates.length > 0
        ? [`${collected.report.duplicates.length} repeated speeches kept once`]
        : []),
      ...(partial > 0 ? [`${partial} incomplete speeches published as fragments`] : []),
      ...(refused.length > 0 ? [`${refused.length} refused files skipped`] : []),
    ];
    process.stdout.write(
      `ingest: wrote ${collected.markdown.length} speeches from ${results.length} ${results.length === 1 ? 'file' : 'files'} and ${REPORT_FILE} to ${relative(process.cwd(), options.outDir) || '.'}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    process.stderr.write(`ingest: ${error.path}: ${oneLine(error.message)}\n`);
    return 1;
  }
}

/** On a terminal, one self-overwriting line: files done of total and the latest file; elsewhere (CI, a pipe) nothing until the summary. */
function showProgress(): Progress {
  if (!process.stderr.isTTY) return () => {};
  return (done, total, file) => {
    const line = `ingest: ${done}/${total} ${basename(file)}`;
    process.stderr.write(`\r\u001b[K${line.slice(0, (process.stderr.columns || 80) - 1)}`);
    if (done === total) process.stderr.write('\r\u001b[K');
  };
}

/** The options, or the reason the command line is not understood. */
function parseOptions(argv: readonly string[]): Options | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string' },
        'allow-partial': { type: 'boolean', default: false },
        'skip-refused': { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    // INGEST_ALLOW_PARTIAL=1 carries the option through `npm run build`, which runs ingest itself.
    const allowPartial = values['allow-partial'] || process.env.INGEST_ALLOW_PARTIAL === '1';
    const skipRefused = values['skip-refused'] || process.env.INGEST_SKIP_REFUSED === '1';
    return {
      files: positionals,
      outDir: resolve(values.out ?? DEFAULT_OUT_DIR),
      allowPartial,
      skipRefused,
    };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Every file in content/raw, whatever its format (a reader recognises it by its bytes); dot files are a system's, not sources. */
function defaultInputs(): string[] {
  const files = listDirectory(DEFAULT_RAW_DIR)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(DEFAULT_RAW_DIR, name));
  if (files.length === 0)
    throw new FileError(
      DEFAULT_RAW_DIR,
      `no source files found; expected at least one raw page or document (${READERS.flatMap((reader) => reader.extensions).join(', ')})`,
    );
  return files;
}

function listDirectory(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    throw new FileError(
      dir,
      `cannot list the directory (${systemReason(error)}); expected the raw sources there or file names on the command line`,
    );
  }
}

/** The address book of an earlier run, or none for a new output directory. */
function readAddressBook(outDir: string): AddressEntry[] {
  const file = join(outDir, ADDRESS_BOOK_FILE);
  if (!exists(file)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FileError(
      file,
      `is not JSON (${error instanceof SyntaxError ? error.message : systemReason(error)}); expected the address book ingest wrote`,
    );
  }
  const parsed = addressBookSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new FileError(
      file,
      `is not an address book: ${issue.path.join('.') || 'the list'}: ${issue.message}; expected [{ slug, source, title, occurrence }] as ingest writes it`,
    );
  }
  return parsed.data;
}

function writeOutput(outDir: string, collected: Collected): void {
  assertReplaceable(outDir);
  try {
    writeAndSwap(outDir, collected);
  } catch (error) {
    throw new FileError(
      outDir,
      `cannot write the output (${systemReason(error)}); expected a writable directory`,
    );
  }
}

/** Builds the output next to its destination, then swaps it in with renames. */
function writeAndSwap(outDir: string, collected: Collected): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  // Siblings on the same filesystem, so the renames below are atomic.
  const id = `${process.pid}-${randomUUID()}`;
  const staging = join(parent, `.${basename(outDir)}.new-${id}`);
  const retired = join(parent, `.${basename(outDir)}.old-${id}`);
  mkdirSync(staging);
  try {
    for (const file of collected.markdown) writeFileSync(join(staging, file.fileName), file.text);
    for (const { fileName, slug, witnesses, variants } of collected.variants)
      writeFileSync(
        join(staging, fileName),
        `${JSON.stringify(variantsSchema.parse({ slug, witnesses, variants }), null, 2)}\n`,
      );
    writeFileSync(join(staging, REPORT_FILE), `${JSON.stringify(collected.report, null, 2)}\n`);
    const book = [...collected.book].sort((a, b) => slugNumber(a.slug) - slugNumber(b.slug));
    writeFileSync(join(staging, ADDRESS_BOOK_FILE), `${JSON.stringify(book, null, 2)}\n`);
    swapIn(staging, outDir, retired);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function swapIn(staging: string, outDir: string, retired: string): void {
  if (!exists(outDir)) {
    renameSync(staging, outDir);
    return;
  }
  renameSync(outDir, retired);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    renameSync(retired, outDir);
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}

/** The whole directory is replaced, so refuse one holding anything ingest did not write. */
function assertReplaceable(outDir: string): void {
  if (!exists(outDir)) return;
  if (!statSync(outDir).isDirectory())
    throw new FileError(
      outDir,
      'output path is not a directory; expected a directory for the generated speeches',
    );
  const foreign = readdirSync(outDir, { withFileTypes: true }).find(
    (entry) =>
      !entry.isFile() ||
      !(
        entry.name.endsWith('.md') ||
        entry.name.endsWith(VARIANTS_SUFFIX) ||
        entry.name === REPORT_FILE ||
        entry.name === ADDRESS_BOOK_FILE
      ),
  );
  if (foreign !== undefined) {
    throw new FileError(
      outDir,
      `output directory contains ${foreign.name}, which ingest does not write; expected only *.md, *${VARIANTS_SUFFIX}, ${REPORT_FILE} and ${ADDRESS_BOOK_FILE} (refusing to replace it)`,
    );
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

process.exitCode = await main(process.argv.slice(2));
