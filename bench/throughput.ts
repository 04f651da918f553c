import { startAndWait } from './child';
import { LoadResult, runLoad } from './load';
import { cpuTimeMs, machineCpuMs } from './machine';
import { waitForQuiet } from './quiet';
import type { TargetResult } from './model';
import { median } from './stats';
import type { Target } from './targets';

export interface ThroughputSettings {
  rounds: number;
  /** Before each target, wait up to this long for a quiet second (other work under 10% of the CPU). */
  quietWaitS: number;
  /** A measured run during which other processes used more than this % of the CPU is repeated… */
  maxOtherCpuPct: number;
  /** …at most this many times in all; the quietest attempt is kept. */
  attempts: number;
  connections: number;
  warmupS: number;
  durationS: number;
}

/**
 * One measured run, with the server's CPU time per response, and the share of the machine's CPU that
 * neither the server nor the bench used (other work: noise).
 */
type RoundResult = LoadResult & { cpuUsPerRequest: number; otherCpuPct: number };

/** Measures one target once: a fresh server process, warm-up, the measured run, stop. */
async function measureOnce(target: Target, s: ThroughputSettings): Promise<RoundResult> {
  await waitForQuiet(10, s.quietWaitS);
  const { server } = await startAndWait(target.command, target.probe, target.probeStatus);
  try {
    const requests = await target.requests(server.baseUrl);
    await runLoad(server.baseUrl, requests, { connections: s.connections, durationS: s.warmupS, latencies: false });
    const [serverBefore, benchBefore, machineBefore] = [cpuTimeMs(server.pid), process.cpuUsage(), machineCpuMs()];
    const result = await runLoad(server.baseUrl, requests, { connections: s.connections, durationS: s.durationS });
    const serverMs = cpuTimeMs(server.pid) - serverBefore;
    const bench = process.cpuUsage(benchBefore);
    const machine = machineCpuMs();
    const otherMs = machine.busy - machineBefore.busy - serverMs - (bench.user + bench.system) / 1000;
    const otherCpuPct = Math.max(0, (100 * otherMs) / (machine.total - machineBefore.total));
    const cpuUsPerRequest = (serverMs * 1000) / result.responses;
    const unexpected = Object.entries(result.statuses).filter(([code]) => Number(code) !== target.expectedStatus);
    if (unexpected.length || result.errors || result.timeouts) {
      throw new Error(
        `(${target.key}) ${target.label}: expected only ${target.expectedStatus}s, got ${JSON.stringify(result.statuses)}, ` +
          `${result.errors} errors, ${result.timeouts} timeouts. Server output:\n${server.output() || '(none)'}`,
      );
    }
    return { ...result, cpuUsPerRequest, otherCpuPct };
  } finally {
    await server.stop();
  }
}

/** Measures a target until a run sees little other work (or the attempts run out); keeps the quietest run. */
async function measureQuietly(target: Target, s: ThroughputSettings, log: (line: string) => void): Promise<RoundResult> {
  let best: RoundResult | undefined;
  for (let attempt = 1; attempt <= s.attempts; attempt++) {
    const result = await measureOnce(target, s);
    if (!best || result.otherCpuPct < best.otherCpuPct) best = result;
    if (result.otherCpuPct <= s.maxOtherCpuPct) break;
    if (attempt < s.attempts) log(`(${target.key}) other processes used ${result.otherCpuPct.toFixed(0)}% of the CPU during the run: measuring again`);
  }
  return best!;
}

/**
 * Runs every target once per round, rotating the order each round so that machine noise (and position in
 * the round) hits all targets alike; a run disturbed by other work is repeated. Reports medians across rounds.
 */
export async function measureThroughput(targets: readonly Target[], s: ThroughputSettings, log: (line: string) => void): Promise<TargetResult[]> {
  const runs = new Map<string, RoundResult[]>(targets.map((t) => [t.key, []]));
  for (let round = 0; round < s.rounds; round++) {
    const order = targets.map((_, i) => targets[(i + round) % targets.length]);
    for (const target of order) {
      const result = await measureQuietly(target, s, log);
      runs.get(target.key)!.push(result);
      log(`round ${round + 1}/${s.rounds} (${target.key}) ${target.label}: ${Math.round(result.rps)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, server CPU ${Math.round(result.cpuUsPerRequest)} µs/request, other work ${result.otherCpuPct.toFixed(0)}% of the machine`);
    }
  }
  return targets.map((target) => {
    const results = runs.get(target.key)!;
    const rps = results.map((r) => r.rps);
    const statuses: Record<string, number> = {};
    for (const r of results) for (const [code, n] of Object.entries(r.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
    return {
      key: target.key,
      label: target.label,
      rounds: results.length,
      rps: median(rps),
      rpsMin: Math.min(...rps),
      rpsMax: Math.max(...rps),
      p50: median(results.map((r) => r.p50)),
      p99: median(results.map((r) => r.p99)),
      cpuUsPerRequest: median(results.map((r) => r.cpuUsPerRequest)),
      otherCpuPct: median(results.map((r) => r.otherCpuPct)),
      responses: results.reduce((n, r) => n + r.responses, 0),
      statuses,
    };
  });
}
