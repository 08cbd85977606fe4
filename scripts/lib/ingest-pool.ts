/**
 * Ingests many files on every core: a pool of worker threads, each taking
 * the next file as soon as it is free. Outcomes come back in input order
 * whatever order the workers finish in, so the archive does not depend on
 * timing. One file, or one core, is done in this thread: starting a worker
 * costs more than it saves.
 */
import { availableParallelism } from 'node:os';
import { runOnWorkers } from '../../src/threads/pool.ts';
import { ingestOne, type IngestJob, type IngestOutcome } from './ingest-file.ts';

export interface Progress {
  (done: number, total: number, file: string): void;
}

export async function ingestFiles(
  files: readonly string[],
  allowPartial: boolean,
  progress: Progress,
): Promise<IngestOutcome[]> {
  const threads = Math.min(availableParallelism(), files.length);
  const outcomes: IngestOutcome[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, outcome: IngestOutcome): void => {
    outcomes[index] = outcome;
    progress(++done, files.length, outcome.file);
  };
  if (threads <= 1) {
    for (const [index, file] of files.entries())
      finish(index, await ingestOne({ file, allowPartial }));
    return outcomes;
  }
  await runOnWorkers<IngestJob, IngestOutcome>(
    new URL('./ingest-worker.ts', import.meta.url),
    files.map((file) => ({ file, allowPartial })),
    (outcome, index) => finish(index, outcome),
  );
  return outcomes;
}
