import { ApiError, ConfigurationError } from '../../errors';
import type { Scenario, Step } from './types';

/**
 * The scenarios the mock knows, and the one active by default (`--scenario`, or activated through the admin
 * API for every session). A session may activate its own, or none.
 */
export class ScenarioRegistry {
  private readonly scenarios = new Map<string, Scenario>();
  /** Active in every session that has not chosen its own. */
  global?: string;

  constructor(
    scenarios: Scenario[],
    /** The scenario active at start-up (and after a full reset). */
    private readonly startup?: string,
  ) {
    for (const scenario of scenarios) this.scenarios.set(scenario.name, scenario);
    if (startup && !this.scenarios.has(startup)) {
      throw new ConfigurationError(`Unknown scenario "${startup}". Known: ${[...this.scenarios.keys()].join(', ') || 'none'} (fixtures/scenarios/).`);
    }
    this.global = startup;
  }

  /** The scenario in force in a session: its own (`null` for none), else the global one; null for none. */
  inForce(session: { readonly scenario: string | null | undefined }): string | null {
    return (session.scenario === undefined ? this.global : session.scenario) ?? null;
  }

  get(name: string): Scenario | undefined {
    return this.scenarios.get(name);
  }

  /** The scenario, or a 404 `not_found` listing the known ones. */
  require(name: string, who = 'Scenario'): Scenario {
    const scenario = this.scenarios.get(name);
    if (!scenario) {
      throw new ApiError(404, 'not_found', `${who} names an unknown scenario "${name}". Known: ${[...this.scenarios.keys()].join(', ') || 'none'}.`);
    }
    return scenario;
  }

  register(scenario: Scenario): void {
    this.scenarios.set(scenario.name, scenario);
  }

  list(): Scenario[] {
    return [...this.scenarios.values()];
  }

  get size(): number {
    return this.scenarios.size;
  }

  /** Back to the start-up scenario. */
  reset(): void {
    this.global = this.startup;
  }
}

/** The step that answers a scenario's `count`-th matching request (0-based), after its `after` rule. */
export function stepFor(scenario: Scenario, count: number): Step | undefined {
  const steps = scenario.steps ?? [];
  const total = steps.reduce((sum, step) => sum + (step.times ?? 1), 0);
  if (total === 0) return undefined;
  let index = count;
  if (count >= total) {
    const after = scenario.after ?? 'pass';
    if (after === 'pass') return undefined;
    if (after === 'repeat') return steps[steps.length - 1];
    index = count % total;
  }
  for (const step of steps) {
    index -= step.times ?? 1;
    if (index < 0) return step;
  }
  return undefined;
}
