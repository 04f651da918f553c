import { startAndWait } from './child';
import { LoadResult, runLoad } from './load';
import { cpuTimeMs } from './machine';
import type { TargetResult } from './model';
import { median } from './stats';
import type { Target } from './targets';

export interface ThroughputSettings {
  rounds: number;
  connections: number;
  warmupS: number;
  durationS: number;
}

/** One measured run, with the server's CPU time per response. */
type RoundResult = LoadResult & { cpuUsPerRequest: number };

/** Measures one target once: a fresh server process, warm-up, the measured run, stop. */
async function measureOnce(target: Target, s: ThroughputSettings): Promise<RoundResult> {
  const { server } = await startAndWait(target.command, target.probe, target.probeStatus);
  try {
    const requests = await target.requests(server.baseUrl);
    await runLoad(server.baseUrl, requests, { connections: s.connections, durationS: s.warmupS, latencies: false });
    const cpuBefore = cpuTimeMs(server.pid);
    const result = await runLoad(server.baseUrl, requests, { connections: s.connections, durationS: s.durationS });
    const cpuUsPerRequest = ((cpuTimeMs(server.pid) - cpuBefore) * 1000) / result.responses;
    const unexpected = Object.entries(result.statuses).filter(([code]) => Number(code) !== target.expectedStatus);
    if (unexpected.length || result.errors || result.timeouts) {
      throw new Error(
        `(${target.key}) ${target.label}: expected only ${target.expectedStatus}s, got ${JSON.stringify(result.statuses)}, ` +
          `${result.errors} errors, ${result.timeouts} timeouts. Server output:\n${server.output() || '(none)'}`,
      );
    }
    return { ...result, cpuUsPerRequest };
  } finally {
    await server.stop();
  }
}

/**
 * Runs every target once per round, rotating the order each round so that machine noise (and position in
 * the round) hits all targets alike; reports medians across rounds.
 */
export async function measureThroughput(targets: readonly Target[], s: ThroughputSettings, log: (line: string) => void): Promise<TargetResult[]> {
  const runs = new Map<string, RoundResult[]>(targets.map((t) => [t.key, []]));
  for (let round = 0; round < s.rounds; round++) {
    const order = targets.map((_, i) => targets[(i + round) % targets.length]);
    for (const target of order) {
      const result = await measureOnce(target, s);
      runs.get(target.key)!.push(result);
      log(`round ${round + 1}/${s.rounds} (${target.key}) ${target.label}: ${Math.round(result.rps)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, server CPU ${Math.round(result.cpuUsPerRequest)} µs/request`);
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
      responses: results.reduce((n, r) => n + r.responses, 0),
      statuses,
    };
  });
}
