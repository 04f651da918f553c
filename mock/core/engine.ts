import type { Contract } from '../../spec/contract-model';
import { checkOrgFixture } from '../../fixtures/validate';
import type { Dataset, OrgFixture } from '../../fixtures/types';
import { AdminFeed } from './admin/feed';
import { adminRoutes } from './admin/router';
import { checkScenario } from './controls/scenarios/check';
import { ScenarioRegistry } from './controls/scenarios/registry';
import type { Scenario } from './controls/scenarios/types';
import { ConfigurationError } from './errors';
import { HANDLERS } from './handlers';
import { corsHeaders, preflight } from './http/cors';
import { ADMIN_PATH, adminGate, hostRefusal } from './http/guard';
import { hostPolicy } from './http/hosts';
import { MockRequest, MockResult, pathOf } from './http/request';
import { redaction } from './journal/redact';
import { DEFAULT_OPTIONS, MockOptions, resolveOptions, ResolvedOptions, SourceDefaults } from './options';
import { apiRoutes, unexpectedError } from './pipeline/operation';
import type { Platform } from './platform';
import type { MockRuntime } from './runtime';
import { MemoryBudget } from './state/budget';
import { Directory } from './state/directory';
import { baselineOf, EMPTY_BASELINE, SessionRegistry } from './state/session';

/** The compiled documents the core works from: spec/openapi.yaml, spec/admin.yaml and spec/fixtures.yaml. */
export interface Contracts {
  api: Contract;
  admin: Contract;
  fixtures: Contract;
}

/** Where the engine runs: what the adapter's transport needs checked by the core. */
export interface Transport {
  /**
   * Check `Host` (DNS-rebinding protection, `allowedHosts`) and where browser requests to the admin API come
   * from: on for anything a browser page could reach over the network (a server); off inside a page (MSW), where
   * requests never leave it and any host name is the page's own choice.
   */
  exposed: boolean;
}

/** What an engine is made from: options whose sources are loaded (fixtures and scenarios as values), the contracts, the platform. */
export interface EngineSetup {
  options: MockOptions;
  contracts: Contracts;
  platform: Platform;
  transport: Transport;
  /** The fixtures and scenarios to use when the options name none: folders to load (Node), or values (embedded, trusted). */
  defaults: SourceDefaults;
  /** Loads the fixtures or scenarios a string option names (a folder, in Node); elsewhere a string is refused. */
  load?: {
    fixtures(dir: string): OrgFixture[];
    scenarios(dir: string, contracts: Contracts): Scenario[];
    dataset(name: string): Dataset;
  };
}

/** One mock: its runtime (state, options, contracts) and the function that answers requests. */
export interface MockEngine {
  readonly runtime: MockRuntime;
  /** Answers one request: a response, or a fault for the adapter to perform. Never rejects. */
  handle(request: MockRequest): Promise<MockResult>;
  /** The answer for an error an adapter met outside the pipeline (a page route that failed): journaled as a 500. */
  fail(request: MockRequest, error: unknown): MockResult;
}

function sources(setup: EngineSetup, resolved: ResolvedOptions, options: MockOptions): { fixtures: OrgFixture[]; scenarios: Scenario[]; dataset?: Dataset } {
  const { load, contracts } = setup;
  const fromDisk = <T>(what: string, use: ((value: string) => T) | undefined, value: string): T => {
    if (!use) throw new ConfigurationError(`Pass ${what} as values here: "${value}" names a folder, and this runtime reads no files.`);
    return use(value);
  };
  const dataset = typeof resolved.dataset === 'string' ? fromDisk('the data set', load?.dataset, resolved.dataset) : resolved.dataset;
  if (dataset && options.fixtures !== undefined) {
    throw new ConfigurationError(`Pass either fixtures or a data set, not both: the data set "${dataset.name}" brings its own orgs.`);
  }
  const fixtures = dataset
    ? dataset.orgs
    : typeof resolved.fixtures === 'string'
      ? fromDisk('the fixtures', load?.fixtures, resolved.fixtures)
      : options.fixtures === undefined
        ? resolved.fixtures
        : resolved.fixtures.map((fixture, i) => checkOrgFixture(fixture, `options.fixtures[${i}]`, contracts.fixtures));
  const scenarios =
    typeof resolved.scenarios === 'string'
      ? fromDisk('the scenarios', load && ((dir: string) => load.scenarios(dir, contracts)), resolved.scenarios)
      : options.scenarios === undefined
        ? resolved.scenarios
        : resolved.scenarios.map((scenario, i) => checkScenario(scenario, contracts.api, contracts.admin, `options.scenarios[${i}]`));
  return { fixtures, scenarios, dataset };
}

/**
 * Builds a mock without any framework: checks the options, indexes the fixtures, compiles nothing (the contracts
 * come compiled), and returns the engine that answers requests. Adapters (Express, fetch, MSW) build on it.
 */
export function createEngine(setup: EngineSetup): MockEngine {
  const { options, contracts, platform } = setup;
  const resolved = resolveOptions(options, setup.defaults);
  const { fixtures, scenarios, dataset } = sources(setup, resolved, options);
  if (dataset && options.maxOpportunities === undefined) {
    // A data set bigger than the default keeps all its records, and room for as many new ones as the default.
    resolved.maxOpportunities = Math.max(resolved.maxOpportunities, dataset.opportunities.length + DEFAULT_OPTIONS.maxOpportunities);
  }
  const baseline = dataset ? baselineOf(dataset, resolved.maxOpportunities, resolved.apiVersion) : EMPTY_BASELINE;
  const memory = new MemoryBudget(resolved.maxMemoryMb * 2 ** 20);
  const runtime: MockRuntime = {
    options: resolved,
    contract: contracts.api,
    adminContract: contracts.admin,
    directory: new Directory(fixtures),
    sessions: new SessionRegistry(resolved, baseline, memory),
    memory,
    scenarios: new ScenarioRegistry(scenarios, resolved.scenario),
    clock: resolved.clock,
    platform,
    requestFields: new Set(Object.keys(contracts.api.compiler.schemaObject('OpportunityCreateRequest').properties ?? {})),
    startedAt: Date.now(),
    stats: { requests: 0, selfCheckFailures: 0 },
    counters: { journal: 0, stubs: 0 },
    feed: new AdminFeed(),
    redaction: redaction(resolved.redact),
    shutdown: new AbortController(),
  };
  runtime.sessions.get(); // the default session exists from the start, with the data set loaded
  return dispatcher(runtime, setup.transport);
}

/**
 * The request dispatch of a runtime: Host, then the admin API (behind its guard) or CORS and the API's routes.
 * Also how adapters share one mock: each gets a dispatcher with its own transport's checks over the same runtime
 * (state, journal, options).
 */
export function dispatcher(runtime: MockRuntime, transport: Transport): MockEngine {
  const { options } = runtime;
  const hosts = hostPolicy(options.allowedHosts);
  const api = apiRoutes(runtime, HANDLERS);
  const admin = options.admin ? adminRoutes(runtime) : undefined;
  const guard = { token: options.adminToken, allowlist: new Set(options.adminOrigins), checkOrigin: transport.exposed };
  const fail = (request: MockRequest, error: unknown): MockResult => unexpectedError(runtime, request, error);
  return {
    runtime,
    async handle(request) {
      try {
        if (transport.exposed) {
          const refused = hostRefusal(request.headers.host, hosts);
          if (refused) return refused;
        }
        const path = pathOf(request.url);
        if (admin && ADMIN_PATH.test(path)) {
          const gate = adminGate(request, guard);
          return 'refusal' in gate ? gate.refusal : await admin(request, gate.cors);
        }
        const cors = options.cors ? corsHeaders(request) : undefined;
        if (cors && request.method === 'OPTIONS') return preflight(request, cors);
        return await api(request, path, cors);
      } catch (error) {
        return fail(request, error);
      }
    },
    fail,
  };
}
