import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ServerCommand, ServerProcess, startAndWait } from './child';
import type { BenchRequest } from './http';
import { residentMb } from './machine';
import { runLoad } from './load';
import type { MemoryResult, MemorySample } from './model';
import type { HeapProbeLine } from './probes/heap-probe';
import { createWithKey } from './requests';
import { mockCommand, ROOT, VALID_CREATE } from './targets';

/**
 * The memory run's request mix: 8 in 10 plain full creates, 1 in 10 with a new idempotency key (a new
 * ledger entry), 1 in 10 replaying the last key (the replay path, nothing stored).
 */
export function memoryRequestMix(): (index: number) => BenchRequest {
  let lastKey = randomUUID();
  return (index) => {
    const slot = index % 10;
    if (slot === 0) lastKey = randomUUID();
    if (slot === 0 || slot === 5) return { ...VALID_CREATE, body: createWithKey(lastKey) };
    return VALID_CREATE;
  };
}

/** The mock with `--max-opportunities`, plus the heap probe (bench/probes/heap-probe.ts) preloaded. */
function probedMock(maxOpportunities: number, probeFile: string) {
  return (port: number): ServerCommand => {
    const plain = mockCommand(['--max-opportunities', String(maxOpportunities)])(port);
    const probe = resolve(ROOT, 'dist-bench/bench/probes/heap-probe.js');
    return { ...plain, args: ['--expose-gc', '-r', probe, ...plain.args], env: { BENCH_HEAP_PROBE: probeFile } };
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => bytes / 2 ** 20;

/** RSS first (as the target defines it), then the heap probe's numbers (which force a GC). */
async function sample(server: ServerProcess, probeFile: string, requests: number, rps: number): Promise<MemorySample> {
  const { rss, peak } = residentMb(server.pid);
  const lines = () => (existsSync(probeFile) ? readFileSync(probeFile, 'utf8').trim().split('\n').filter(Boolean) : []);
  const seen = lines().length;
  process.kill(server.pid, 'SIGUSR2');
  for (let waited = 0; lines().length === seen; waited += 20) {
    if (waited > 10_000) throw new Error(`The heap probe of ${server.name} (pid ${server.pid}) did not answer SIGUSR2. Output:\n${server.output()}`);
    await sleep(20);
  }
  const { before, after } = JSON.parse(lines()[seen]) as HeapProbeLine;
  return { requests, rssMb: rss, peakMb: peak, rps, heapTotalMb: mb(before.heapTotal), heapUsedMb: mb(before.heapUsed), liveHeapMb: mb(after.heapUsed) };
}

/**
 * Sends `checkpoints[last]` creates to one mock started with `--max-opportunities`, sampling its RSS
 * (/proc/<pid>/status) and heap when idle at start and at each checkpoint.
 */
export async function measureMemory(
  checkpoints: readonly number[],
  maxOpportunities: number,
  connections: number,
  log: (line: string) => void,
): Promise<MemoryResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-heap-'));
  const probeFile = join(dir, 'heap.jsonl');
  const { server } = await startAndWait(probedMock(maxOpportunities, probeFile), VALID_CREATE, 200);
  const describe = (s: MemorySample) =>
    `RSS ${s.rssMb.toFixed(1)} MB (peak ${s.peakMb.toFixed(1)}), V8 heap ${s.heapTotalMb?.toFixed(0)} MB reserved, live ${s.liveHeapMb?.toFixed(1)} MB`;
  try {
    const samples: MemorySample[] = [await sample(server, probeFile, 0, 0)];
    log(`memory: idle, ${describe(samples[0])}`);
    const next = memoryRequestMix();
    let done = 0;
    for (const checkpoint of checkpoints) {
      const offset = done;
      const result = await runLoad(server.baseUrl, [], { connections, amount: checkpoint - done, latencies: false, setup: (i) => next(offset + i) });
      const unexpected = Object.keys(result.statuses).filter((code) => code !== '200');
      if (unexpected.length || result.errors) {
        throw new Error(`memory run: expected only 200s, got ${JSON.stringify(result.statuses)} and ${result.errors} errors. Server output:\n${server.output() || '(none)'}`);
      }
      done = checkpoint;
      samples.push(await sample(server, probeFile, done, result.rps));
      log(`memory: ${done.toLocaleString('en-US')} creates at ${Math.round(result.rps)} req/s, ${describe(samples[samples.length - 1])}`);
    }
    const first = samples[1] ?? samples[0];
    return { maxOpportunities, samples, growthMb: samples[samples.length - 1].rssMb - first.rssMb };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
