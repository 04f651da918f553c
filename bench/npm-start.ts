/**
 * `npm run bench:start [-- --runs <n>]`: the time from `npm start` to the first 200 of a valid create, as a
 * developer meets it: the first start after sources changed (the build step compiles and precompiles) and the
 * second one (the build step finds nothing to do). Not part of `npm test`.
 *
 * "First" clears dist/.build-stamp.json before starting, so the build step runs tsc (incremental) and the
 * validator precompile, as after a change; "second" starts again with the stamp in place.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { assertPortFree, freePort } from './child';
import { sendOnce } from './http';
import { CLOCK } from './requests';
import { median } from './stats';
import { ROOT, VALID_CREATE } from './targets';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `npm start` in its own process group and resolves with the ms to the first 200; stops the group. */
async function timeNpmStart(): Promise<number> {
  const port = await freePort();
  await assertPortFree(port);
  const started = performance.now();
  const child = spawn('npm', ['start', '--', '--port', String(port), '--log-level', 'warn', '--clock', CLOCK], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4096)));
  let exited = false;
  const exit = new Promise<void>((done) => child.once('exit', () => ((exited = true), done())));
  try {
    for (;;) {
      if (exited) throw new Error(`npm start exited before answering:\n${stderr}`);
      try {
        const res = await sendOnce(`http://127.0.0.1:${port}`, VALID_CREATE);
        if (res.status === 200) return performance.now() - started;
        throw new Error(`the mock answered ${res.status}: ${res.body.slice(0, 300)}`);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ECONNREFUSED' && code !== 'ECONNRESET') throw error;
      }
      if (performance.now() - started > 120_000) throw new Error(`npm start did not answer within 120 s:\n${stderr}`);
      await sleep(5);
    }
  } finally {
    if (!exited) process.kill(-child.pid!, 'SIGTERM');
    await exit;
  }
}

async function main(): Promise<void> {
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;
  const first: number[] = [];
  const second: number[] = [];
  for (let run = 1; run <= runs; run++) {
    rmSync(resolve(ROOT, 'dist', '.build-stamp.json'), { force: true });
    first.push(await timeNpmStart());
    second.push(await timeNpmStart());
    console.log(`run ${run}/${runs}: first start ${Math.round(first.at(-1)!)} ms, second start ${Math.round(second.at(-1)!)} ms (load average ${loadavg()[0].toFixed(2)})`);
  }
  const summary = (label: string, values: number[]) =>
    `${label}: median ${Math.round(median(values))} ms (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}) over ${values.length} runs`;
  console.log(summary('npm start to the first 200, first start (build step compiles)', first));
  console.log(summary('npm start to the first 200, second start (nothing to build)', second));
}

main().catch((error: unknown) => {
  console.error(`[bench:start] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
