/**
 * One edition worker thread (src/archive/edition-pool.ts): compiles the jobs its parent
 * sends, one at a time, keeps each in the cache and posts back the kept
 * edition, or the reason the job failed. Compiling is CPU-bound and
 * synchronous, so threads are what puts both cores to work.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeEdition } from '../archive/edition-cache.ts';
import type { WorkerJob, WorkerReply } from '../archive/edition-pool.ts';
import { compileEdition } from './compile.ts';

const { cache } = workerData as { cache: string };
const port = parentPort!;
port.on('message', ({ job, key }: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { edition: writeEdition(cache, key, compileEdition(job)) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
