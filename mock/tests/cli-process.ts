/**
 * The built CLI (dist/mock/cli.js) as a child process, for the tests that run it: `startCli` for a mock that
 * listens, `runCli` for a command that ends. Importing this file registers an afterEach that SIGKILLs every CLI
 * `startCli` started and that is still running: a failed expectation must not leave one running (its pipes
 * would keep jest alive).
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fromRoot } from '../../spec/paths';

export const CLI = fromRoot('dist', 'mock', 'cli.js');

/** How long the CLI may take to say it listens, on a loaded machine. */
const START_DEADLINE_MS = 10_000;

function requireBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
}

const started = new Set<ChildProcess>();
afterEach(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  started.clear();
});

export interface RunningCli {
  child: ChildProcess;
  /** The port it listens on (it is started with `--port 0`). */
  port: number;
  /** Its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** What it printed so far: both streams, and each alone. */
  output(): string;
  stdout(): string;
  stderr(): string;
}

/**
 * Starts the built CLI on a free port (`--port 0 --log-level info`, then `args`, which may override them) and
 * resolves once it logs that it listens; rejects with its output if it exits first or does not within 10 s.
 */
export async function startCli(args: string[]): Promise<RunningCli> {
  requireBuilt();
  const child = spawn(process.execPath, [CLI, '--port', '0', '--log-level', 'info', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stdout = '';
  let stderr = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the CLI did not say it listens within ${START_DEADLINE_MS} ms:\n${stdout}${stderr}`));
    }, START_DEADLINE_MS);
    const listening = () => {
      const match = /mock on http:\/\/[^:]+:(\d+)/.exec(stdout + stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), listening()));
    child.stderr!.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), listening()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the CLI exited with ${code} before it listened:\n${stdout}${stderr}`));
    });
  });
  return { child, port, exited, output: () => stdout + stderr, stdout: () => stdout, stderr: () => stderr };
}

/** Runs the built CLI to its end (killed after 10 s) with `env` added to this process's, and resolves with what it printed. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string; output: string }> {
  requireBuilt();
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 10_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr, output: stdout + stderr });
    });
  });
}
