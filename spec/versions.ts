/** The dates of Monaco's published documents the kit conforms to, oldest first (vendored in spec/monaco/). */
export const API_VERSIONS = ['2026-07-31', '2026-08-19'] as const;

/** One of Monaco's published documents, by its harvest date. */
export type ApiVersion = (typeof API_VERSIONS)[number];

/** The newest published document: what the mock, the kit and the checks conform to unless told otherwise. */
export const LATEST_API_VERSION: ApiVersion = '2026-08-19';

/** How `estimated_value.amount` counts money (decision D9). */
export type AmountUnit = 'minor' | 'unit';

/** What the mock does differently under one published document (the files it comes from: spec/api-versions.ts). */
export interface ApiBehaviour {
  version: ApiVersion;
  /**
   * `minor`: minor units of the currency (2026-07-31: 5000000 is 50,000.00 USD); `unit`: a unit quantity of
   * the currency (2026-08-19: 50000 is 50,000 USD).
   */
  amountUnit: AmountUnit;
  /** How responses name a pipeline stage: `key` echoes the stage as sent (2026-07-31), `label` gives its display name (2026-08-19). */
  stageNames: 'key' | 'label';
  /** Whether GET by id answers the detail response (`custom_field_explanations`, an account's `heat_score_explanation`). */
  detailResponses: boolean;
}

const BEHAVIOURS: Record<ApiVersion, Omit<ApiBehaviour, 'version'>> = {
  '2026-07-31': { amountUnit: 'minor', stageNames: 'key', detailResponses: false },
  '2026-08-19': { amountUnit: 'unit', stageNames: 'label', detailResponses: true },
};

/** Whether a string is a known API version. */
export function isApiVersion(value: unknown): value is ApiVersion {
  return typeof value === 'string' && (API_VERSIONS as readonly string[]).includes(value);
}

/** What the mock does under a published document; throws naming the known versions for anything else. */
export function apiBehaviour(version: string = LATEST_API_VERSION): ApiBehaviour {
  if (!isApiVersion(version)) {
    throw new Error(`Unknown Monaco API version "${version}". Known: ${API_VERSIONS.join(', ')} (the published documents in spec/monaco/).`);
  }
  return { version, ...BEHAVIOURS[version] };
}
