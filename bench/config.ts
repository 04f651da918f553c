import { parseArgs } from 'node:util';
import type { ThroughputSettings } from './throughput';

export type Phase = 'throughput' | 'startup' | 'memory';
export const PHASES: readonly Phase[] = ['throughput', 'startup', 'memory'];

/** How much the bench does; `--quick` shrinks everything for a smoke run. The throughput settings are its own. */
export interface BenchConfig extends ThroughputSettings {
  quick: boolean;
  phases: Phase[];
  /** Target keys (a–e) the throughput phase measures. */
  targets: string[];
  startupRuns: number;
  /** Create requests the memory run sends in all, and after how many it samples RSS. */
  memoryRequests: number;
  memoryCheckpoints: number[];
  /** `--max-opportunities` of the memory run's mock. */
  maxOpportunities: number;
  /** Results go to bench/results/<out>.json and .md. */
  out: string;
  /** Another build of the mock (a checkout with dist/ built) measured beside this one: targets b0 and f0, and its start-up. */
  baseline?: string;
}

const USAGE = `Usage: npm run bench -- [--quick] [--only throughput,startup,memory] [--targets a,b,f,c,d,e] [--baseline <checkout>]
  [--rounds n] [--quiet-wait s] [--duration s] [--warmup s] [--connections n] [--startup-runs n] [--memory-requests n]
  [--max-opportunities n] [--out name]`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number (got ${value}).\n${USAGE}`);
  return n;
}

function list<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T[] {
  if (value === undefined) return [...allowed];
  const items = value.split(',').map((s) => s.trim()) as T[];
  const bad = items.filter((item) => !allowed.includes(item));
  if (bad.length || items.length === 0) throw new Error(`--${name} takes a comma-separated list of ${allowed.join(', ')} (got ${value}).\n${USAGE}`);
  return items;
}

/** Parses the bench's arguments (after `npm run bench --`). */
export function parseConfig(argv: string[]): BenchConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      targets: { type: 'string' },
      rounds: { type: 'string' },
      'quiet-wait': { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      'startup-runs': { type: 'string' },
      'memory-requests': { type: 'string' },
      'max-opportunities': { type: 'string' },
      out: { type: 'string' },
      baseline: { type: 'string' },
    },
    strict: true,
  });
  const quick = values.quick ?? false;
  const phases = list('only', values.only, PHASES);
  const memoryRequests = Math.round(positive('memory-requests', values['memory-requests'], quick ? 100_000 : 1_000_000));
  return {
    quick,
    phases,
    targets: list('targets', values.targets, values.baseline ? ['a', 'b', 'f', 'c', 'd', 'e', 'b0', 'f0'] : ['a', 'b', 'f', 'c', 'd', 'e']),
    baseline: values.baseline,
    rounds: Math.round(positive('rounds', values.rounds, quick ? 1 : 5)),
    quietWaitS: values['quiet-wait'] === '0' ? 0 : positive('quiet-wait', values['quiet-wait'], quick ? 5 : 60),
    maxOtherCpuPct: 15,
    attempts: quick ? 1 : 3,
    connections: Math.round(positive('connections', values.connections, 10)),
    warmupS: positive('warmup', values.warmup, quick ? 1 : 2),
    durationS: positive('duration', values.duration, quick ? 3 : 8),
    startupRuns: Math.round(positive('startup-runs', values['startup-runs'], quick ? 3 : 7)),
    memoryRequests,
    memoryCheckpoints: [0.1, 0.25, 0.5, 1].map((f) => Math.round(memoryRequests * f)),
    maxOpportunities: Math.round(positive('max-opportunities', values['max-opportunities'], 10_000)),
    out: values.out ?? (quick ? 'quick' : phases.length < PHASES.length || values.targets || values['max-opportunities'] ? 'partial' : 'latest'),
  };
}
