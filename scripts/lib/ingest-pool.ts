/**
 * Ingests many files on every core: a pool of worker threads, each taking
 * the next file as soon as it is free. Outcomes come back in input order
 * whatever order the workers finish in, so the archive does not depend on
 * timing. One file, or one core, is done in this thread: starting a worker
 * costs more than it saves.
 *
 * With a cache, a file ingested before by the same code is not ingested
 * again: its result is kept under a hash of its bytes, its name (which
 * labels its speeches), the options and the code version
 * (src/cache/code-version.ts). Refusals are not kept, so a refused file is
 * always read again and its reason stays current.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { keep, readKept } from '../../src/cache/kept.ts';
import type { IngestResult } from '../../src/ingest/index.ts';
import { runOnWorkers } from '../../src/threads/pool.ts';
import { ingestOne, type IngestJob, type IngestOutcome } from './ingest-file.ts';

export interface Progress {
  (done: number, total: number, file: string): void;
}

export interface IngestCache {
  dir: string;
  codeVersion: string;
}

export async function ingestFiles(
  files: readonly string[],
  allowPartial: boolean,
  progress: Progress,
  cache?: IngestCache,
): Promise<{ outcomes: IngestOutcome[]; kept: string[] }> {
  const outcomes: IngestOutcome[] = new Array(files.length);
  const names = files.map((file) => (cache ? keptName(file, allowPartial, cache) : null));
  let done = 0;
  const finish = (index: number, outcome: IngestOutcome): void => {
    outcomes[index] = outcome;
    const name = names[index];
    if (cache && name && 'result' in outcome) keep(join(cache.dir, name), outcome.result);
    progress(++done, files.length, outcome.file);
  };
  const jobs: { index: number; job: IngestJob }[] = [];
  for (const [index, file] of files.entries()) {
    const name = names[index];
    const result = cache && name ? readKept<IngestResult>(join(cache.dir, name)) : null;
    if (result) {
      outcomes[index] = { file, result };
      progress(++done, files.length, file);
    } else {
      jobs.push({ index, job: { file, allowPartial } });
    }
  }
  const threads = Math.min(availableParallelism(), jobs.length);
  if (threads <= 1) {
    for (const { index, job } of jobs) finish(index, await ingestOne(job));
  } else {
    await runOnWorkers<IngestJob, IngestOutcome>(
      new URL('./ingest-worker.ts', import.meta.url),
      jobs.map(({ job }) => job),
      (outcome, i) => finish(jobs[i]!.index, outcome),
    );
  }
  return { outcomes, kept: names.filter((name): name is string => name !== null) };
}

/** The name a file's result is kept under, or null when the file cannot be read (ingesting it says why). */
function keptName(file: string, allowPartial: boolean, cache: IngestCache): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  return `${createHash('sha256')
    .update(JSON.stringify([cache.codeVersion, basename(file), allowPartial]))
    .update(bytes)
    .digest('hex')}.bin`;
}
