import type { MockRuntime } from '../runtime';
import { DEFAULT_SESSION, Session } from '../state/session';
import type { AdminSchemas } from './types';

/** The scenario in force in a session: its own (null for none), else the global one. */
export function scenarioInForce(runtime: MockRuntime, session: Session): string | null {
  return (session.scenario === undefined ? runtime.scenarios.global : session.scenario) ?? null;
}

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
      scenario: scenarioInForce(runtime, s),
      dataset: s.dataset,
    })),
  };
}
