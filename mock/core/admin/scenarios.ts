import { validationError } from '../errors';
import type { MockRuntime } from '../runtime';
import { scenarioProblems } from '../controls/scenarios/check';
import type { Scenario } from '../controls/scenarios/types';
import type { AdminInput, AdminSchemas } from './types';

const GLOBAL = '*';

/** `GET /__admin/scenarios`: every scenario and the sessions where it is active. */
export function listScenarios(runtime: MockRuntime): AdminSchemas['ScenarioList'] {
  const sessions = runtime.sessions.all();
  return {
    scenarios: runtime.scenarios.list().map((s) => ({
      name: s.name,
      description: s.description,
      active_in: [
        ...(runtime.scenarios.global === s.name ? [GLOBAL] : []),
        ...sessions.filter((session) => session.scenario === s.name).map((session) => session.id),
      ],
    })),
  };
}

/** `GET /__admin/scenarios/{name}`. */
export function getScenario(runtime: MockRuntime, { params }: AdminInput): Scenario {
  return runtime.scenarios.require(params.name as string);
}

/** `POST /__admin/scenarios`: add or replace a scenario (checked against the spec like scenario files). */
export function registerScenario(runtime: MockRuntime, { body }: AdminInput): Scenario {
  const problems = scenarioProblems(body, runtime.contract, runtime.adminContract);
  if (problems.length) throw validationError(problems, 'scenario');
  runtime.scenarios.register(body as Scenario);
  return body as Scenario;
}

/**
 * Activates a scenario in one session (restarting its sequence there), or for every session without its own
 * (restarting it everywhere), and deactivates it the same way. `null` names no scenario.
 */
export function activate(runtime: MockRuntime, name: string | null, session?: string): AdminSchemas['Activation'] {
  if (name !== null) runtime.scenarios.require(name);
  if (session === undefined) {
    runtime.scenarios.global = name ?? undefined;
    if (name) for (const s of runtime.sessions.all()) s.progress.delete(name);
    return { session: GLOBAL, scenario: name };
  }
  const target = runtime.sessions.get(session);
  target.scenario = name;
  if (name) target.progress.delete(name);
  return { session, scenario: name };
}

/** `POST /__admin/scenarios/{name}/activate`. */
export function activateScenario(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['Activation'] {
  return activate(runtime, params.name as string, params.session as string | undefined);
}

/** `POST /__admin/scenarios/deactivate`. */
export function deactivateScenario(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['Activation'] {
  return activate(runtime, null, params.session as string | undefined);
}

