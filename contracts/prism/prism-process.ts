import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fromRoot } from '../../spec/paths';

/** Prism 5.14.2, started from node_modules/.bin (never through npx: killing npx's pid leaves Prism running). */
export const PRISM_BIN = fromRoot('node_modules', '.bin', 'prism');

/** A running Prism: its URL, its pid, what it printed, and how to stop it (by pid). */
export interface RunningPrism {
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
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

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(500) });
    return true;
  } catch {
    return false;
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/**
 * Spawns `command args` (Prism, or a shell that `exec`s it), waits until `url` answers, and returns it. Fails
 * after `timeoutMs` or when the process exits, with the command and what it printed.
 */
export async function startProcess(command: string, args: string[], url: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 30_000): Promise<RunningPrism> {
  const child = spawn(command, args, { cwd: fromRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const running: RunningPrism = { url, pid: child.pid!, output: () => printed, stop: stopper(child) };
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await running.stop();
      const why = child.exitCode !== null ? `exited with code ${child.exitCode}` : `did not answer on ${url} within ${timeoutMs / 1000} s`;
      throw new Error(`Failed to start ${command} ${args.join(' ')}: it ${why}. Its output:\n${printed || '(none)'}`);
    }
    await delay(100);
  }
  return running;
}

/** `prism proxy spec/openapi.yaml <upstream>` on a free port; `errors` adds `--errors` (violations become problem+json answers). */
export async function startPrismProxy(upstream: string, options: { errors: boolean }): Promise<RunningPrism> {
  const port = await freePort();
  const args = ['proxy', 'spec/openapi.yaml', upstream, '-p', String(port), '-v', 'warn', ...(options.errors ? ['--errors'] : [])];
  return startProcess(PRISM_BIN, args, `http://127.0.0.1:${port}`);
}
