import { readFileSync } from 'node:fs';
import { fromRoot } from '../../spec/paths';
import type { MockRuntime } from '../runtime';
import type { AdminSchemas } from './types';
import { clockState } from './clock';

const VERSION: string = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).version;

/** `GET /__admin/health`. */
export function getHealth(runtime: MockRuntime): AdminSchemas['Health'] {
  const sessions = runtime.sessions.all();
  return {
    status: 'ok',
    version: VERSION,
    uptime_s: Math.round((Date.now() - runtime.startedAt) / 100) / 10,
    seed: runtime.options.seed,
    clock: clockState(runtime),
    sessions: sessions.length,
    opportunities: sessions.reduce((sum, s) => sum + s.store.size, 0),
    evicted_opportunities: sessions.reduce((sum, s) => sum + s.store.evicted, 0),
    requests: runtime.stats.requests,
    self_check_failures: runtime.stats.selfCheckFailures,
    scenarios: runtime.scenarios.size,
    dataset: runtime.sessions.baseline.name,
    api_version: runtime.options.apiVersion,
  };
}
