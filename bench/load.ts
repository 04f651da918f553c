import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import type { BenchRequest } from './http';
import { percentile } from './stats';

/** How long and how hard to load a server. */
export interface LoadOptions {
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  durationS?: number;
  /** Stop after this many requests. */
  amount?: number;
  /** Record every response time (for p50/p99); off for the long memory run. */
  latencies?: boolean;
  /** Builds each request before it is sent (dynamic bodies); costs load-generator CPU, so throughput runs use static requests. */
  setup?: (index: number) => BenchRequest;
}

/** What one load run measured. */
export interface LoadResult {
  responses: number;
  seconds: number;
  rps: number;
  /** Milliseconds, from autocannon's per-response times (sub-millisecond resolution). */
  p50: number;
  p99: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

/**
 * Loads `baseUrl` with autocannon (programmatic API) over keep-alive connections, cycling through
 * `requests` (static: built once) or building each with `setup`.
 */
export function runLoad(baseUrl: string, requests: readonly BenchRequest[], options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let sent = 0;
  const setup = options.setup;
  const cannonRequests: autocannon.Request[] = setup
    ? [{ setupRequest: (defaults) => ({ ...defaults, ...setup(sent++) }) }]
    : requests.map((r) => ({ method: r.method, path: r.path, headers: { ...r.headers }, body: r.body }));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.durationS ?? 8 }),
        timeout: 10,
        requests: cannonRequests,
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        const sorted = Float64Array.from(times).sort();
        const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
        const responses = Object.values(statuses).reduce((a, b) => a + b, 0);
        resolve({
          responses,
          seconds,
          rps: responses / seconds,
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
          statuses,
          errors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
    if (options.latencies !== false) instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}
