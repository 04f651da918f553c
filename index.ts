/**
 * Monaco Opportunities mock and contract kit: the package entry point (`monaco-opportunities-mock`): the mock,
 * its in-process test API, the spec, fixtures, data sets, the seeder and the example client. None of it needs
 * @pact-foundation/pact. Two focused entries sit beside it: `monaco-opportunities-mock/testing` (the mock in a
 * test suite) and `monaco-opportunities-mock/contracts` (the client, the Pact kit, provider verification and
 * the static compatibility check).
 */

/* The mock */
export { createMockApp, EXPOSED_HEADERS } from './mock/adapters/express/app';
export type { MockApp } from './mock/adapters/express/app';
export { DEFAULT_OPTIONS } from './mock/core/options';
export { resolveOptions } from './mock/adapters/node/engine';
export type { MockOptions, ResolvedOptions, ReferencesMode } from './mock/core/options';
export { MockClock, isoSeconds } from './mock/core/state/clock';
export { ConfigurationError, ApiError } from './mock/core/errors';
export type { MockRuntime } from './mock/core/runtime';

/* Serving safely: timeouts, graceful shutdown, redaction, the memory budget (docs/security.md, docs/limits.md) */
export { serveMock, DEFAULT_SERVE } from './mock/adapters/express/serve';
export type { ServeOptions, MockServer } from './mock/adapters/express/serve';
export { REDACTED_HEADERS, REDACTED_FIELDS } from './mock/core/journal/redact';
export { DEFAULT_MAX_MEMORY_MB } from './mock/core/state/budget';
export { canonicalUuid } from './mock/core/pipeline/uuid';

/* In-process use in a consumer's test suite */
export { startMock } from './mock/adapters/node/in-process';
export type { RunningMock, StartMockOptions } from './mock/adapters/node/in-process';
export { VerificationError } from './mock/testing/verify';
export type { Verification } from './mock/testing/verify';
export { mockMatchers } from './mock/testing/jest';
export type { JournalEntry, JournalFilter } from './mock/core/journal/journal';
export type { Scenario, Stub, Step, Latency, Fault, ForcedResponse } from './mock/core/controls/scenarios/types';
export { DEFAULT_SCENARIOS_DIR } from './mock/adapters/node/scenario-files';

/* API types, generated from spec/openapi.yaml */
export type {
  OpportunityCreateRequest,
  OpportunityResponse,
  OpportunityItemResponse,
  OwnerInfo,
  EstimatedValue,
  PublicErrorResponse,
  UnauthorizedResponse,
  ValidationErrorItem,
  ErrorCode,
  Profile,
  OpportunityListRequest,
  OpportunityUpdateRequest,
  FilterRule,
  FilterExpression,
  FilterCondition,
  PaginationInfo,
  AccountListRequest,
  AccountResponse,
  MeResponse,
  UserResponse,
  TagResponse,
  TagObject,
  TagCreateRequest,
  FieldSchemaResponse,
} from './mock/core/types';
export { API_VERSIONS, LATEST_API_VERSION, apiVersionInfo } from './spec/api-versions';
export type { ApiVersion, ApiVersionInfo, AmountUnit } from './spec/api-versions';

/* The spec */
export { loadContract, SPEC_FILES, SpecLoadError } from './spec';
export type { Contract, Operation } from './spec';

/* Fixtures */
export { readFixtureDir, validateOrgFixture, DEFAULT_FIXTURES_DIR } from './fixtures/load';
export { FixtureError } from './fixtures/errors';
export type { OrgFixture } from './fixtures/load';

/* The example consumer (a typed client with idempotent retries); its folder's index file lists the exports.
   The Pact consumer kit, provider verification and the compatibility check: monaco-opportunities-mock/contracts. */
export * from './contracts/client';

/* QA data sets and the seeder */
export { listDatasets, loadDataset, generateOpportunities, datasetOrg, DATASETS_DIR, DEFAULT_DATASET } from './fixtures/datasets';
export type { Dataset, DatasetInfo, DatasetManifest, GenerateOpportunitiesOptions } from './fixtures/datasets';
export { DatasetError } from './fixtures/errors';
export { runSeed } from './seed/run';
export type { SeedReport, SeedIO } from './seed/run';
export type { SeedOptions } from './seed/options';
