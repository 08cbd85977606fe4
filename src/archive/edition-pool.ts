import { mkdirSync } from 'node:fs';
import { runOnWorkers } from '../threads/pool.ts';
import { pruneExcept } from '../cache/kept.ts';
import { editionKey, type KeptEdition, readEdition } from './edition-cache.ts';
import type { CompilationJob } from './edition.ts';

/** Where the pool finds its worker and its cache, and which code it runs (src/integrations/speech-editions.ts). */
export interface EditionPool {
  /** Absolute path of the worker (src/editions/worker.ts), which compiles a job and keeps it. */
  worker: string;
  /** The cache folder (edition-cache.ts). */
  cache: string;
  /** A hash of the code that compiles editions: part of every key. */
  codeVersion: string;
}

/** What a worker posts back: the kept edition, or why the job failed. */
export type WorkerReply = { edition: KeptEdition } | { error: string };

export interface WorkerJob {
  job: CompilationJob;
  key: string;
}

/**
 * Every compilation's edition, in the order of `jobs`: each read from the
 * cache when it holds the job's key, the others compiled on every core by
 * worker threads, each taking the next job as soon as it is free. A job
 * that fails fails the build with the speeches it concerns named; every
 * failure is listed, not only the first.
 */
export async function compileEditions(
  jobs: readonly CompilationJob[],
  pool: EditionPool,
): Promise<{ editions: KeptEdition[]; compiled: number }> {
  mkdirSync(pool.cache, { recursive: true });
  const keys = jobs.map((job) => editionKey(job, pool.codeVersion));
  const editions: (KeptEdition | null)[] = keys.map((key) => readEdition(pool.cache, key));
  const missing = editions.flatMap((edition, i) => (edition ? [] : [i]));
  const failures: string[] = [];
  await runOnWorkers<WorkerJob, WorkerReply>(
    pool.worker,
    missing.map((index) => ({ job: jobs[index]!, key: keys[index]! })),
    (reply, i) => {
      const index = missing[i]!;
      if ('error' in reply) {
        const files = jobs[index]!.speeches.map(({ data }) => `content/speeches/${data.slug}.md`);
        failures.push(`${files.join(', ')}: ${reply.error}`);
      } else editions[index] = reply.edition;
    },
    { cache: pool.cache },
  );
  if (failures.length > 0)
    throw new Error(`${failures.length} speech editions failed:\n${failures.join('\n')}`);
  pruneExcept(pool.cache, new Set(keys));
  return { editions: editions as KeptEdition[], compiled: missing.length };
}
