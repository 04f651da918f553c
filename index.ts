/**
 * Monaco Opportunities mock and contract kit: the package entry point.
 */

/* The mock */
export { createMockApp, EXPOSED_HEADERS } from './mock/app';
export type { MockApp } from './mock/app';
export { DEFAULT_OPTIONS, resolveOptions } from './mock/options';
export type { MockOptions, ResolvedOptions, ReferencesMode } from './mock/options';
export { MockClock, isoSeconds } from './mock/clock';
export { ConfigurationError, ApiError } from './mock/errors';
export type { MockRuntime } from './mock/runtime';

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

/* The example consumer (a typed client with idempotent retries) and the consumer kit (pact interactions,
   expected answers and provider states derived from the spec): their folders' index files list their exports. */
export * from './contracts/client';
export * from './contracts/kit';

/* QA data sets and the seeder */
export { listDatasets, loadDataset, generateOpportunities, datasetOrg, DATASETS_DIR, DEFAULT_DATASET } from './fixtures/datasets';
export type { Dataset, DatasetInfo, DatasetManifest, GenerateOpportunitiesOptions } from './fixtures/datasets';
export { DatasetError } from './fixtures/errors';
export { runSeed } from './seed/run';
export type { SeedReport, SeedIO } from './seed/run';
export type { SeedOptions } from './seed/options';
