import type { MachineInfo } from './machine';

/** One target's throughput over every round (medians across rounds). */
export interface TargetResult {
  key: string;
  label: string;
  rounds: number;
  /** Median requests per second, and the lowest and highest round. */
  rps: number;
  rpsMin: number;
  rpsMax: number;
  /** Medians across rounds of each round's p50 and p99 (ms). */
  p50: number;
  p99: number;
  /** Median across rounds of the server's CPU time (user + system) per response, µs: less sensitive to other load than req/s. */
  cpuUsPerRequest: number;
  /** Median across rounds of the machine's CPU used by other processes during the measured run, % of all cores. */
  otherCpuPct: number;
  responses: number;
  statuses: Record<string, number>;
}

export interface StartupResult {
  name: string;
  runs: number;
  /** Spawn to the first 200 of a valid create, ms. */
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export interface MemorySample {
  /** Create requests answered so far. */
  requests: number;
  rssMb: number;
  peakMb: number;
  /** V8 heap reserved and used (before GC), and used after a forced full GC: the live set the stores hold. */
  heapTotalMb?: number;
  heapUsedMb?: number;
  liveHeapMb?: number;
  /** Requests per second of the segment that ended here (0 for the first sample). */
  rps: number;
}

export interface MemoryResult {
  maxOpportunities: number;
  samples: MemorySample[];
  /** RSS at the last sample minus RSS at the first checkpoint (not the idle start). */
  growthMb: number;
}

/** A stated target and whether this run met it. */
export interface TargetCheck {
  name: string;
  goal: string;
  actual: string;
  /** `null` when this run cannot judge it (a quick run's memory range is not the target's). */
  met: boolean | null;
}

export interface BenchResults {
  date: string;
  /** 1-minute load average when the run ended (the start's is in `machine`). */
  loadAverageAtEnd: number;
  command: string;
  /** The other build measured beside this one (targets b0, f0), if any. */
  baseline?: string;
  machine: MachineInfo;
  settings: { connections: number; warmupS: number; durationS: number; rounds: number; quietWaitS: number; maxOtherCpuPct: number; attempts: number };
  throughput: TargetResult[];
  ratios: Record<string, number>;
  startup: StartupResult[];
  memory?: MemoryResult;
  checks: TargetCheck[];
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** The ratios the README reports: the creates (b, and f with unknown ids) against the Express ceiling (a) and Prism (e), in req/s and p99. */
export function ratios(throughput: readonly TargetResult[]): Record<string, number> {
  const by = new Map(throughput.map((t) => [t.key, t]));
  const out: Record<string, number> = {};
  const ratio = (name: string, x?: number, y?: number) => {
    if (x !== undefined && y !== undefined && y > 0) out[name] = x / y;
  };
  ratio('b/a req/s', by.get('b')?.rps, by.get('a')?.rps);
  ratio('f/a req/s', by.get('f')?.rps, by.get('a')?.rps);
  ratio('b/e req/s', by.get('b')?.rps, by.get('e')?.rps);
  ratio('f/e req/s', by.get('f')?.rps, by.get('e')?.rps);
  ratio('c/a req/s', by.get('c')?.rps, by.get('a')?.rps);
  ratio('b/a p99', by.get('b')?.p99, by.get('a')?.p99);
  ratio('f/a p99', by.get('f')?.p99, by.get('a')?.p99);
  ratio('b/b0 req/s', by.get('b')?.rps, by.get('b0')?.rps);
  ratio('f/f0 req/s', by.get('f')?.rps, by.get('f0')?.rps);
  return out;
}

/** The targets of issue 6, checked against one run's numbers (only those the run measured). */
export function checkTargets(r: Pick<BenchResults, 'ratios' | 'startup' | 'memory'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const ratio = r.ratios;
  for (const [key, what] of [['b', 'valid create'], ['f', 'valid create, unknown ids']] as const) {
    const [vsExpress, vsPrism, p99] = [ratio[`${key}/a req/s`], ratio[`${key}/e req/s`], ratio[`${key}/a p99`]];
    if (vsExpress !== undefined) checks.push({ name: `${what} vs Express ceiling`, goal: '≥ 0.80× req/s', actual: `${fixed(vsExpress)}×`, met: vsExpress >= 0.8 });
    if (vsPrism !== undefined) checks.push({ name: `${what} vs Prism`, goal: '≥ 2.0× req/s', actual: `${fixed(vsPrism)}×`, met: vsPrism >= 2 });
    if (p99 !== undefined) checks.push({ name: `${what}: p99 vs Express ceiling`, goal: '≤ 1.5× p99', actual: `${fixed(p99)}×`, met: p99 <= 1.5 });
  }
  const mock = r.startup.find((s) => s.name === 'mock');
  if (mock) checks.push({ name: 'start-up to first 200', goal: '< 400 ms', actual: `${Math.round(mock.medianMs)} ms`, met: mock.medianMs < 400 });
  if (r.memory && r.memory.samples.length > 1) {
    const from = r.memory.samples[1].requests;
    const to = r.memory.samples[r.memory.samples.length - 1].requests;
    const judged = from >= 100_000 && to >= 1_000_000;
    checks.push({
      name: `RSS growth, ${from.toLocaleString('en-US')} → ${to.toLocaleString('en-US')} requests`,
      goal: '≤ 50 MB (from 100k to 1M)',
      actual: `${fixed(r.memory.growthMb, 1)} MB`,
      met: judged ? r.memory.growthMb <= 50 : null,
    });
  }
  return checks;
}
