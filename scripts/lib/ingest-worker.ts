/**
 * One ingest worker thread: reads and ingests the files its parent sends,
 * one at a time, and posts back each result or the reason it was refused.
 * Ingest is CPU-bound and synchronous after reading, so threads are what
 * puts both cores to work on an archive.
 */
import { parentPort } from 'node:worker_threads';
import { ingestOne, type IngestJob } from './ingest-file.ts';

const port = parentPort!;
port.on('message', async (job: IngestJob) => {
  port.postMessage(await ingestOne(job));
});
