/**
 * `npm run bench:profile`: runs the mock under `node --cpu-prof`, loads it with valid creates, and prints
 * the top functions by self time, grouped by package/file. Writes bench/results/profile-<mode>.md (and the
 * raw .cpuprofile beside it, not committed).
 *
 *   npm run bench:profile                          # the hot path: 2 s warm-up, 10 s of valid creates
 *   npm run bench:profile -- --startup             # spawn to the first 200
 *   npm run bench:profile -- --file x.cpuprofile   # summarize an existing profile
 *   npm run bench:profile -- --mock-args "--profile minimal"
 *   npm run bench:profile -- --server express      # the trivial Express ceiling, for comparison
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ServerCommand, startAndWait } from './child';
import { runLoad } from './load';
import { waitForQuiet } from './quiet';
import { CpuProfile, formatSummary, summarizeProfile } from './profile-summary';
import { expressCommand, mockCommand, ROOT, VALID_CREATE } from './targets';

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

type Server = 'mock' | 'express';

/** A node server's command with `--cpu-prof` writing into `dir` (the server must exit cleanly on SIGTERM). */
function profiled(server: Server, dir: string, extraArgs: string[]) {
  return (port: number): ServerCommand => {
    const plain = server === 'mock' ? mockCommand(extraArgs)(port) : expressCommand(port);
    return { ...plain, args: ['--cpu-prof', '--cpu-prof-dir', dir, ...plain.args] };
  };
}

function readSingleProfile(dir: string): { file: string; profile: CpuProfile } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length !== 1) throw new Error(`Expected one .cpuprofile in ${dir}, found ${files.length}: did the mock exit cleanly on SIGTERM?`);
  const file = resolve(dir, files[0]);
  return { file, profile: JSON.parse(readFileSync(file, 'utf8')) as CpuProfile };
}

async function record(server: Server, mode: 'hot-path' | 'startup', durationS: number, extraArgs: string[], name: string) {
  const dir = resolve(ROOT, 'bench/results', `cpuprofile-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await waitForQuiet(10, 60);
  const spawnUs = nowUs();
  const { server: child } = await startAndWait(profiled(server, dir, extraArgs), VALID_CREATE, 200);
  let window: { fromUs?: number; toUs?: number } = { fromUs: spawnUs, toUs: nowUs() };
  let requests: number | undefined;
  try {
    if (mode === 'hot-path') {
      await runLoad(child.baseUrl, [VALID_CREATE], { connections: 10, durationS: 2, latencies: false });
      const fromUs = nowUs();
      const result = await runLoad(child.baseUrl, [VALID_CREATE], { connections: 10, durationS });
      window = { fromUs, toUs: nowUs() };
      requests = result.responses;
      console.log(`[profile] ${Math.round(result.rps)} req/s under the profiler (p99 ${result.p99.toFixed(1)} ms)`);
    }
  } finally {
    await child.stop();
  }
  return { ...readSingleProfile(dir), window, requests };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      file: { type: 'string' },
      server: { type: 'string', default: 'mock' },
      startup: { type: 'boolean', default: false },
      duration: { type: 'string', default: '10' },
      top: { type: 'string', default: '20' },
      'mock-args': { type: 'string', default: '' },
      out: { type: 'string' },
    },
  });
  const mode = values.startup ? 'startup' : 'hot-path';
  const name = values.out ?? `profile-${values.server}-${mode}`;
  const server = values.server as Server;
  if (server !== 'mock' && server !== 'express') throw new Error(`--server takes mock or express (got ${values.server}).`);
  const extraArgs = values['mock-args']!.split(/\s+/).filter(Boolean);
  const { file, profile, window, requests } = values.file
    ? { file: resolve(values.file), profile: JSON.parse(readFileSync(values.file, 'utf8')) as CpuProfile, window: {}, requests: undefined }
    : await record(server, mode, Number(values.duration), extraArgs, name);
  let summary = summarizeProfile(profile, ROOT, window);
  if (summary.busyMs === 0) {
    console.warn('[profile] no samples in the measured window (clock mismatch?): summarizing the whole profile');
    summary = summarizeProfile(profile, ROOT);
  }
  const title = `# CPU profile: ${server} ${values.file ? file : mode}${extraArgs.length ? ` (${extraArgs.join(' ')})` : ''}`;
  const markdown = `${title}\n\nProfile: \`${file.replace(`${ROOT}/`, '')}\`\n\n${formatSummary(summary, Number(values.top), requests)}`;
  console.log(markdown);
  if (!values.file) {
    const out = resolve(ROOT, 'bench/results', `${name}.md`);
    writeFileSync(out, markdown);
    console.log(`[profile] wrote ${out.replace(`${ROOT}/`, '')}`);
  }
}

main().catch((error: unknown) => {
  console.error(`[profile] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
