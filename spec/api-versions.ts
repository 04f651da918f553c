import { fromRoot } from './paths';
import { apiBehaviour, ApiBehaviour, ApiVersion, LATEST_API_VERSION } from './versions';

export { API_VERSIONS, LATEST_API_VERSION, isApiVersion, apiBehaviour } from './versions';
export type { AmountUnit, ApiBehaviour, ApiVersion } from './versions';

/** What one published document says, where it lives, and what the mock does differently under it. */
export interface ApiVersionInfo extends ApiBehaviour {
  /** Monaco's published document, an absolute path (spec/monaco/<date>.json). */
  document: string;
  /** The kit's known differences from it (spec/monaco-deviations*.json). */
  deviations: string;
}

const FILES: Record<ApiVersion, { document: string; deviations: string }> = {
  '2026-07-31': { document: 'spec/monaco/2026-07-31.json', deviations: 'spec/monaco-deviations.json' },
  '2026-08-19': { document: 'spec/monaco/2026-08-19.json', deviations: 'spec/monaco-deviations-2026-08-19.json' },
};

/** What a published document says, with its files; throws naming the known versions for anything else. */
export function apiVersionInfo(version: string = LATEST_API_VERSION): ApiVersionInfo {
  const behaviour = apiBehaviour(version);
  const files = FILES[behaviour.version];
  return { ...behaviour, document: fromRoot(...files.document.split('/')), deviations: fromRoot(...files.deviations.split('/')) };
}
