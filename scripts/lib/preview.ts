/**
 * Serves a built project with `astro preview` on a free loopback port, for
 * the audit and the benchmarks, which must not collide with a preview (or
 * Playwright's web server on 4321) that is already running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface Preview {
  /** e.g. "http://127.0.0.1:40123" (no trailing slash). */
  origin: string;
  stop(): Promise<void>;
}

/** Chromium as the project runs it everywhere: Debian's build, headless, no network but ours. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/**
 * Browser context options for a reader's first visit, before the offline copy
 * exists: with the service worker allowed, its precache of the whole site
 * would compete with what is measured for the network, then serve it.
 */
export const firstVisit = { serviceWorkers: 'block' } as const;

export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string')
    throw new Error('could not get a free port from the OS');
  return address.port;
}

export interface PreviewOptions {
  /** A port to serve on (default: a free one); the same port serves two builds at one origin. */
  port?: number;
  timeoutMs?: number;
}

/** Starts `astro preview` in `projectDir` (which must hold dist/) and waits until it answers. */
export async function startPreview(
  projectDir: string,
  { port: chosenPort, timeoutMs = 60_000 }: PreviewOptions = {},
): Promise<Preview> {
  if (!existsSync(join(projectDir, 'dist', 'index.html')))
    throw new Error(`no built site in ${projectDir}/dist: run the build first`);
  const port = chosenPort ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const astro = join(projectDir, 'node_modules', '.bin', 'astro');
  // --ignore-lock: run beside any preview a person (or another tool) already has open for this project.
  const child = spawn(
    astro,
    ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: projectDir,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await waitUntilServing(origin, child, timeoutMs).catch((error: unknown) => {
    child.kill();
    throw new Error(`astro preview did not start: ${String(error)}\n${stderr}`);
  });
  return {
    origin,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill();
      await once(child, 'exit');
    },
  };
}

async function waitUntilServing(
  origin: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${origin} within ${timeoutMs} ms`);
}
