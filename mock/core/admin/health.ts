import type { MockRuntime } from '../runtime';
import type { AdminSchemas } from './types';
import { clockState } from './clock';

function memoryHealth(runtime: MockRuntime): AdminSchemas['MemoryHealth'] {
  const { rss, heapUsed } = runtime.platform.memory?.() ?? { rss: 0, heapUsed: 0 };
  const { memory } = runtime;
  return { limit_bytes: memory.limit, used_bytes: Math.max(0, Math.round(memory.used)), evicted: { ...memory.evicted }, rss_bytes: rss, heap_used_bytes: heapUsed };
}

/** `GET /__admin/health`. */
export function getHealth(runtime: MockRuntime): AdminSchemas['Health'] {
  const sessions = runtime.sessions.all();
  return {
    status: 'ok',
    version: runtime.platform.version,
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
    memory: memoryHealth(runtime),
    api_version: runtime.options.apiVersion,
  };
}
