import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS_DIR, listDatasets, loadDataset } from '../../../fixtures/datasets';
import { DEFAULT_FIXTURES_DIR, readFixtureDir } from '../../../fixtures/load';
import { loadContract } from '../../../spec/contract';
import { kitVersion, SPEC_FILES } from '../../../spec/paths';
import { Contracts, createEngine, MockEngine } from '../../core/engine';
import type { MockOptions, ResolvedOptions } from '../../core/options';
import { resolveOptions as resolveCoreOptions } from '../../core/options';
import { Platform, sleep } from '../../core/platform';
import { DEFAULT_SCENARIOS_DIR, readScenarioDir } from './scenario-files';

/** The contracts from spec/ on disk: precompiled by the build when the spec is unchanged, else compiled from the YAML. */
export function nodeContracts(): Contracts {
  return { api: loadContract(SPEC_FILES.monaco), admin: loadContract(SPEC_FILES.admin), fixtures: loadContract(SPEC_FILES.fixtures) };
}

/** Node's platform: the kit's version from its package.json, timers that do not hold the process, its memory, the data sets on disk. */
export const NODE_PLATFORM: Platform = {
  version: kitVersion(),
  sleep,
  memory: () => process.memoryUsage(),
  datasets: {
    list: () => listDatasets(),
    load: (name) => (existsSync(join(DATASETS_DIR, name, 'dataset.json')) ? loadDataset(name) : undefined),
  },
};

/** Applies the defaults (the embedded `fixtures/orgs/` and `fixtures/scenarios/` folders) and checks every value. */
export function resolveOptions(options: MockOptions = {}): ResolvedOptions {
  return resolveCoreOptions(options, { fixtures: DEFAULT_FIXTURES_DIR, scenarios: DEFAULT_SCENARIOS_DIR });
}

/** An engine in Node: options may name folders (fixtures, scenarios, a data set by name), read from disk. */
export function createNodeEngine(options: MockOptions): MockEngine {
  return createEngine({
      options,
      contracts: nodeContracts(),
      platform: NODE_PLATFORM,
      transport: { exposed: true },
      defaults: { fixtures: DEFAULT_FIXTURES_DIR, scenarios: DEFAULT_SCENARIOS_DIR },
      load: { fixtures: readFixtureDir, scenarios: (dir, contracts) => readScenarioDir(dir, contracts.api, contracts.admin), dataset: loadDataset },
  });
}
