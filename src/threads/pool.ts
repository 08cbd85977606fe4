import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Runs `jobs` on worker threads running `worker`, one thread per core at
 * most: each thread takes the next job as soon as it has answered the
 * last, and each answer reaches `onReply` with its job's index, so callers
 * keep input order whatever order the threads finish in. A thread that
 * crashes rejects the whole run; every thread is stopped at the end.
 */
export async function runOnWorkers<Job, Reply>(
  worker: string | URL,
  jobs: readonly Job[],
  onReply: (reply: Reply, index: number) => void,
  workerData?: unknown,
): Promise<void> {
  let next = 0;
  const run = (thread: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const take = (): void => {
        if (next >= jobs.length) {
          resolve();
          return;
        }
        const index = next++;
        thread.once('message', (reply: Reply) => {
          onReply(reply, index);
          take();
        });
        thread.postMessage(jobs[index]);
      };
      thread.once('error', reject);
      take();
    });
  const threads = Array.from(
    { length: Math.min(availableParallelism(), jobs.length) },
    () => new Worker(worker, { workerData }),
  );
  try {
    await Promise.all(threads.map(run));
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}
