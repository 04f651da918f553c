import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Contract } from '../../../spec/contract-model';
import { fromRoot } from '../../../spec/paths';
import { ConfigurationError } from '../../core/errors';
import { checkScenario } from '../../core/controls/scenarios/check';
import type { Scenario } from '../../core/controls/scenarios/types';

/** The scenarios the mock ships: `fixtures/scenarios/*.json`. */
export const DEFAULT_SCENARIOS_DIR = fromRoot('fixtures', 'scenarios');

/** Reads every scenario file of a directory, in file-name order; a missing directory has none. */
export function readScenarioDir(dir: string, api: Contract, admin: Contract): Scenario[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = join(dir, name);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigurationError(`Failed to parse the scenario ${file}: ${(error as Error).message}.`);
    }
    const scenario = checkScenario(value, api, admin, file);
    if (`${scenario.name}.json` !== name) {
      throw new ConfigurationError(`The scenario in ${file} is named "${scenario.name}": name the file ${scenario.name}.json.`);
    }
    return scenario;
  });
}
