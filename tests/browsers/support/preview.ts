import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const astro = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface Preview {
  origin: string;
  stop(): Promise<void>;
}

/** A port nobody listens on now, so this suite's preview never meets another checkout's. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(
  origin: string,
  child: ChildProcess,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(
        `astro preview exited with ${child.exitCode} before serving ${origin}:\n${log()}`,
      );
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`expected astro preview to serve ${origin}/ within 60 s:\n${log()}`);
}

/** The built site (dist/) served by `astro preview` on a port of its own, as the Playwright suite serves it. */
export async function startPreview(): Promise<Preview> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // --ignore-lock: Astro 7 otherwise refuses to start beside a preview someone already has open.
  const child = spawn(
    process.execPath,
    [astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await waitUntilServing(origin, child, () => output);
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
