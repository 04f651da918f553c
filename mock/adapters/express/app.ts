import express, { Express } from 'express';
import { readFixtureDir, validateOrgFixture } from '../../../fixtures/load';
import { loadContract } from '../../../spec/contract';
import { SPEC_FILES } from '../../../spec/paths';
import { AdminFeed } from '../../core/admin/feed';
import { adminRouter } from '../../core/admin/router';
import { createBodyReader } from '../../core/http/body';
import { MemoryBudget } from '../../core/state/budget';
import { publicCors } from '../../core/http/cors';
import { adminGuard, hostGuard } from '../../core/http/guard';
import { hostPolicy } from '../../core/http/hosts';
import { Directory } from '../../core/state/directory';
import { HANDLERS } from '../../core/handlers';
import { pagesRouter } from './pages/router';
import { DEFAULT_OPTIONS, MockOptions, resolveOptions } from '../../core/options';
import { errorHandler, registerOperations, unmatchedRoute } from '../../core/pipeline/routes';
import { redaction } from '../../core/journal/redact';
import type { MockRuntime } from '../../core/runtime';
import { checkScenario, readScenarioDir } from '../node/scenario-files';
import { ScenarioRegistry } from '../../core/controls/scenarios/registry';
import { baselineOf, EMPTY_BASELINE, SessionRegistry } from '../../core/state/session';
import { ConfigurationError } from '../../core/errors';
import { loadDataset } from '../../../fixtures/datasets';

/** The Express app of the mock, with its runtime (state, options, contract) attached. */
export type MockApp = Express & { readonly mock: MockRuntime };

export { EXPOSED_HEADERS } from '../../core/http/cors';

/**
 * Builds the mock as an Express app without listening: load the spec and compile its validators (once per
 * process), load and check the fixtures, and route every spec operation to its handler.
 *
 * @example
 * const app = createMockApp({ seed: 7, clock: '2026-07-01T09:00:00Z', references: 'strict' });
 * app.listen(4010);
 */
export function createMockApp(options: MockOptions = {}): MockApp {
  const resolved = resolveOptions(options);
  const dataset = typeof resolved.dataset === 'string' ? loadDataset(resolved.dataset) : resolved.dataset;
  if (dataset && options.fixtures !== undefined) {
    throw new ConfigurationError(`Pass either fixtures or a data set, not both: the data set "${dataset.name}" brings its own orgs.`);
  }
  const fixtures = dataset
    ? dataset.orgs
    : typeof resolved.fixtures === 'string'
      ? readFixtureDir(resolved.fixtures)
      : resolved.fixtures.map((fixture, i) => validateOrgFixture(fixture, `options.fixtures[${i}]`));
  if (dataset && options.maxOpportunities === undefined) {
    // A data set bigger than the default keeps all its records, and room for as many new ones as the default.
    resolved.maxOpportunities = Math.max(resolved.maxOpportunities, dataset.opportunities.length + DEFAULT_OPTIONS.maxOpportunities);
  }
  const baseline = dataset ? baselineOf(dataset, resolved.maxOpportunities, resolved.apiVersion) : EMPTY_BASELINE;
  const contract = loadContract();
  const memory = new MemoryBudget(resolved.maxMemoryMb * 2 ** 20);
  const scenarios =
    typeof resolved.scenarios === 'string'
      ? readScenarioDir(resolved.scenarios, contract)
      : resolved.scenarios.map((scenario, i) => checkScenario(scenario, contract, `options.scenarios[${i}]`));
  const runtime: MockRuntime = {
    options: resolved,
    contract,
    adminContract: loadContract(SPEC_FILES.admin),
    directory: new Directory(fixtures),
    sessions: new SessionRegistry(resolved, baseline, memory),
    memory,
    scenarios: new ScenarioRegistry(scenarios, resolved.scenario),
    clock: resolved.clock,
    readBody: createBodyReader(resolved.bodyLimit),
    requestFields: new Set(Object.keys(contract.compiler.schemaObject('OpportunityCreateRequest').properties ?? {})),
    startedAt: Date.now(),
    stats: { requests: 0, selfCheckFailures: 0 },
    counters: { journal: 0, stubs: 0 },
    feed: new AdminFeed(),
    redaction: redaction(resolved.redact),
    shutdown: new AbortController(),
  };

  runtime.sessions.get(); // the default session exists from the start, with the data set loaded

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  if (resolved.strictSlashes) app.set('strict routing', true);
  app.use(hostGuard(hostPolicy(resolved.allowedHosts)));
  app.use(pagesRouter(runtime)); // before CORS: other origins may not read the pages (the specs allow any)
  if (resolved.cors) app.use(publicCors());
  if (resolved.admin) {
    app.use('/__admin', adminGuard({ token: resolved.adminToken, origins: resolved.adminOrigins }));
    app.use(adminRouter(runtime));
  }
  registerOperations(app, runtime, HANDLERS);
  app.use(unmatchedRoute(runtime));
  app.use(errorHandler(runtime));
  return Object.assign(app, { mock: runtime });
}
