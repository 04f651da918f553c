/**
 * Monaco Opportunities mock and contract kit: the package entry point (`monaco-opportunities-mock`): the mock,
 * its in-process test API, the spec, fixtures, data sets, the seeder and the example client. None of it needs
 * @pact-foundation/pact. Two focused entries sit beside it: `monaco-opportunities-mock/testing` (the mock in a
 * test suite) and `monaco-opportunities-mock/contracts` (the client, the Pact kit, provider verification and
 * the static compatibility check).
 */

/* The mock */
export { createMockApp, EXPOSED_HEADERS } from './mock/app';
export type { MockApp } from './mock/app';
export { DEFAULT_OPTIONS, resolveOptions } from './mock/options';
export type { MockOptions, ResolvedOptions, ReferencesMode } from './mock/options';
export { MockClock, isoSeconds } from './mock/clock';
export { ConfigurationError, ApiError } from './mock/errors';
export type { MockRuntime } from './mock/runtime';

/* Serving safely: timeouts, graceful shutdown, redaction, the memory budget (docs/security.md, docs/limits.md) */
export { serveMock, DEFAULT_SERVE } from './mock/serve';
export type { ServeOptions, MockServer } from './mock/serve';
export { REDACTED_HEADERS, REDACTED_FIELDS } from './mock/redact';
export { DEFAULT_MAX_MEMORY_MB } from './mock/budget';
export { canonicalUuid } from './mock/uuid';

/* In-process use in a consumer's test suite */
export { startMock } from './mock/in-process';
export type { RunningMock, StartMockOptions } from './mock/in-process';
export { VerificationError } from './mock/testing/verify';
export type { Verification } from './mock/testing/verify';
export { mockMatchers } from './mock/testing/jest';
export type { JournalEntry, JournalFilter } from './mock/journal';
export type { Scenario, Stub, Step, Latency, Fault, ForcedResponse } from './mock/scenarios/types';
export { DEFAULT_SCENARIOS_DIR } from './mock/scenarios/load';

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
} from './mock/types';
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
