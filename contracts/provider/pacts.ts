import { fromRoot } from '../../spec/paths';
import { isPactUrl, readPact } from '../compat/pact-file';

/** Where the consumer tests write their pacts (committed, so consumers and the provider can read them). */
export const PACTS_DIR = fromRoot('contracts', 'pacts');

/** One use of a provider state by an interaction of a pact. */
export interface StateUse {
  /** `<pact file>: "<interaction description>"`. */
  where: string;
  params?: unknown;
}

/**
 * The provider states the interactions of local pact files use, with their parameters (URLs are not read
 * ahead). Throws, naming the file, when one is not a readable pact (`readPact`).
 */
export function statesUsed(sources: string[]): Map<string, StateUse[]> {
  const used = new Map<string, StateUse[]>();
  for (const source of sources.filter((s) => !isPactUrl(s))) {
    for (const interaction of readPact(source).interactions) {
      for (const state of (interaction.providerStates as { name: string; params?: unknown }[] | undefined) ?? []) {
        used.set(state.name, [...(used.get(state.name) ?? []), { where: `${source}: "${interaction.description}"`, params: state.params }]);
      }
    }
  }
  return used;
}
