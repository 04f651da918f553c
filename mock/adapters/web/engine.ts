import { EMBEDDED_ORGS, EMBEDDED_SCENARIOS } from '../../../fixtures/embedded';
import type { Dataset, OrgFixture } from '../../../fixtures/types';
import { embeddedContract, embeddedVersion } from '../../../spec/embedded';
import type { Scenario } from '../../core/controls/scenarios/types';
import { createEngine, dispatcher, MockEngine, Transport } from '../../core/engine';
import { ConfigurationError } from '../../core/errors';
import type { MockOptions } from '../../core/options';
import { sleep } from '../../core/platform';

/**
 * The mock's options where no file system is (a fetch handler, MSW in a browser or in Node): fixtures, scenarios
 * and a data set are given as values (the embedded `fixtures/orgs/` and `fixtures/scenarios/` by default), and
 * `datasets` lists what `/__admin/datasets` may load. `engine` shares one mock (its state) between adapters.
 */
export interface WebMockOptions extends Omit<MockOptions, 'fixtures' | 'scenarios' | 'dataset'> {
  /** The org fixtures. Default: the embedded `fixtures/orgs/` (Northwind Analytics and Contoso Revenue). */
  fixtures?: OrgFixture[];
  /** The scenarios. Default: the shipped `fixtures/scenarios/`. */
  scenarios?: Scenario[];
  /** A loaded data set every session starts from (its orgs are the fixtures). Default: none. */
  dataset?: Dataset;
  /** Data sets `POST /__admin/datasets/{name}/load` may load, by name. Default: none. */
  datasets?: Dataset[];
  /**
   * A mock to share instead of a new one (say, the same one behind MSW and a fetch handler): its state, journal
   * and options, with this adapter's own Host and admin-origin checks. Takes no other mock option.
   */
  engine?: MockEngine;
}

/** The process's memory where the runtime has Node's `process` (Node, Bun, Deno); none in a browser. */
function processMemory(): (() => { rss: number; heapUsed: number }) | undefined {
  const runtime = (globalThis as { process?: { memoryUsage?: () => { rss: number; heapUsed: number } } }).process;
  return typeof runtime?.memoryUsage === 'function' ? () => runtime.memoryUsage!() : undefined;
}

/** An engine from the build's embedded contracts and fixtures: no file system, no Node built-ins. */
export function createWebEngine(options: WebMockOptions, transport: Transport): MockEngine {
  const { engine, datasets = [], ...mockOptions } = options;
  if (engine) {
    const others = Object.keys(options).filter((key) => key !== 'engine' && options[key as keyof WebMockOptions] !== undefined);
    if (others.length) {
      throw new ConfigurationError(`Pass either engine or mock options, not both: the shared engine keeps its own options (${others.join(', ')} would be ignored).`);
    }
    return dispatcher(engine.runtime, transport);
  }
  return createEngine({
    options: mockOptions,
    contracts: { api: embeddedContract('openapi.yaml'), admin: embeddedContract('admin.yaml'), fixtures: embeddedContract('fixtures.yaml') },
    platform: {
      version: embeddedVersion(),
      sleep,
      memory: processMemory(),
      datasets: { list: () => datasets.map(({ name, description, dir }) => ({ name, description, dir })), load: (name) => datasets.find((d) => d.name === name) },
    },
    transport,
    defaults: { fixtures: [...EMBEDDED_ORGS], scenarios: [...EMBEDDED_SCENARIOS] },
  });
}
