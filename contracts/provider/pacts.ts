import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromRoot } from '../../spec/paths';

/** Where the consumer tests write their pacts (committed, so consumers and the provider can read them). */
export const PACTS_DIR = fromRoot('contracts', 'pacts');

const isUrl = (source: string) => /^https?:\/\//.test(source);

/** The pact files of a folder, or the file itself; URLs pass through. */
export function pactSources(sources: string[]): string[] {
  return sources.flatMap((source) => {
    if (isUrl(source)) return [source];
    const path = resolve(source);
    if (!existsSync(path)) throw new Error(`No pact at ${path}. Pass a pact file, a folder of pacts, or an http(s) URL.`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f));
  });
}

/** One use of a provider state by an interaction of a pact. */
export interface StateUse {
  /** `<pact file>: "<interaction description>"`. */
  where: string;
  params?: unknown;
}

/** The provider states the interactions of local pact files use, with their parameters (URLs are not read ahead). */
export function statesUsed(sources: string[]): Map<string, StateUse[]> {
  const used = new Map<string, StateUse[]>();
  for (const source of sources.filter((s) => !isUrl(s))) {
    const pact = JSON.parse(readFileSync(source, 'utf8')) as { interactions?: { description: string; providerStates?: { name: string; params?: unknown }[] }[] };
    for (const interaction of pact.interactions ?? []) {
      for (const state of interaction.providerStates ?? []) {
        used.set(state.name, [...(used.get(state.name) ?? []), { where: `${source}: "${interaction.description}"`, params: state.params }]);
      }
    }
  }
  return used;
}
