import type { MockRuntime } from '../runtime';
import { DEFAULT_SESSION } from '../state/session';
import type { AdminSchemas } from './types';

/** `GET /__admin/sessions`: the default session first, then the others, most recently used first. */
export function listSessions(runtime: MockRuntime): AdminSchemas['SessionList'] {
  const recent = runtime.sessions.all().reverse();
  const ordered = [...recent.filter((s) => s.id === DEFAULT_SESSION), ...recent.filter((s) => s.id !== DEFAULT_SESSION)];
  return {
    sessions: ordered.map((s) => ({
      id: s.id,
      requests: s.journal.size,
      opportunities: s.store.size,
      stubs: s.stubs.list().length,
      scenario: runtime.scenarios.inForce(s),
      dataset: s.dataset,
    })),
  };
}
