import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { BenchRequest, sendOnce } from './http';

/** How to start one server under test. */
export interface ServerCommand {
  /** For messages: "mock", "prism", … */
  name: string;
  /** An executable (node, or a script with a shebang such as node_modules/.bin/prism). */
  command: string;
  args: string[];
  /** Added to the bench's environment. */
  env?: Record<string, string>;
  /** Where it runs (default: the bench's working directory). */
  cwd?: string;
}

/** A server under test, running in its own process. */
export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly baseUrl: string;
  /** performance.now() just before spawn. */
  readonly spawnedAt: number;
  /** The last few KB of its stdout and stderr, for error messages. */
  output(): string;
  /** Whether it has exited (with its code or signal). */
  exited(): string | undefined;
  /** SIGTERM by pid, then SIGKILL if it has not exited within `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_LIMIT = 8192;
const running = new Set<ChildProcess>();

/** Kills every server still running when the bench exits (a crash, Ctrl-C), by pid. */
function killRunningOnExit(): void {
  for (const child of running) if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL');
}
process.once('exit', killRunningOnExit);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killRunningOnExit();
    process.exit(130);
  });
}

/** A port that was free on 127.0.0.1 a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Fails with a clear message when something already listens on the port. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `Port ${port} on 127.0.0.1 is busy: stop what listens there or let the bench pick a port.` : error.message)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Starts a server as a child process listening on `port` (the command's args must say so). */
export function startServer(command: ServerCommand, port: number): ServerProcess {
  let tail = '';
  let exit: string | undefined;
  const spawnedAt = performance.now();
  const child = spawn(command.command, command.args, { cwd: command.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...command.env } });
  if (child.pid === undefined) throw new Error(`Failed to start ${command.name}: ${command.command} could not be spawned.`);
  running.add(child);
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = signal ? `signal ${signal}` : `code ${code}`;
      running.delete(child);
      resolve();
    });
  });
  const pid = child.pid;
  return {
    name: command.name,
    pid,
    baseUrl: `http://127.0.0.1:${port}`,
    spawnedAt,
    output: () => tail.trim(),
    exited: () => exit,
    async stop(graceMs = 5000) {
      if (exit) return;
      process.kill(pid, 'SIGTERM');
      const timer = setTimeout(() => {
        if (!exit) process.kill(pid, 'SIGKILL');
      }, graceMs);
      await exitedPromise;
      clearTimeout(timer);
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls with `probe` until the server answers `expectedStatus`; resolves with the ms from spawn to that
 * answer. Fails with the server's output when it exits first, answers another status, or times out.
 */
export async function waitUntilAnswering(server: ServerProcess, probe: BenchRequest, expectedStatus: number, timeoutMs = 30_000, intervalMs = 5): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const exit = server.exited();
    if (exit) throw new Error(`${server.name} (pid ${server.pid}) exited with ${exit} before answering. Its output:\n${server.output() || '(none)'}`);
    try {
      const res = await sendOnce(server.baseUrl, probe);
      if (res.status === expectedStatus) return performance.now() - server.spawnedAt;
      throw new Error(`${server.name} answered ${probe.method} ${probe.path} with ${res.status}, expected ${expectedStatus}: ${res.body.slice(0, 500)}`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ECONNREFUSED' && code !== 'ECONNRESET') throw error;
    }
    if (performance.now() > deadline) {
      throw new Error(`${server.name} (pid ${server.pid}) did not answer within ${timeoutMs} ms. Its output:\n${server.output() || '(none)'}`);
    }
    await sleep(intervalMs);
  }
}

/** Starts a server on a free port and waits until it answers; stops it again if it never does. */
export async function startAndWait(
  command: (port: number) => ServerCommand,
  probe: BenchRequest,
  expectedStatus: number,
): Promise<{ server: ServerProcess; readyMs: number }> {
  const port = await freePort();
  await assertPortFree(port);
  const server = startServer(command(port), port);
  try {
    return { server, readyMs: await waitUntilAnswering(server, probe, expectedStatus) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
