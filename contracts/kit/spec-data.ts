import { readFixtureDir, DEFAULT_FIXTURES_DIR, type OrgFixture } from '../../fixtures/load';
import { API_KEY_PATTERN } from '../../mock/core/state/directory';
import type { ErrorCode, OpportunityCreateRequest, OpportunityItemResponse, UnauthorizedResponse } from '../../mock/core/types';
import { loadContract, type Contract } from '../../spec/contract';
import { resolveRef, type JsonSchema, type OpenApiDocument } from '../../spec/document';

/** What an error code looks like in the spec: the status it is declared under and an example message. */
export interface ErrorExample {
  status: number;
  message: string;
}

/** Everything the kit derives from spec/openapi.yaml (and the embedded fixtures), computed once. */
export interface KitSpec {
  /** spec/openapi.yaml, loaded: its operations by operationId. */
  contract: Contract;
  document: OpenApiDocument;
  paths: { preview: string; ga: string; get: string };
  /** `#/components/schemas/...` of the opportunity and of the response envelope. */
  schemas: { opportunity: JsonSchema; item: JsonSchema };
  /** The properties every opportunity has (`OpportunityResponse.required`), in the spec's order. */
  opportunityFields: string[];
  /** Request properties a create echoes into the response: declared by both schemas. */
  echoedFields: string[];
  /** The spec's complete 200 example (`CompleteCreated`): example values of every field. */
  responseExample: OpportunityItemResponse;
  /** The spec's minimal 200 example (`MinimalCreated`): what the server picks when the request leaves a field out. */
  minimalResponseExample: OpportunityItemResponse;
  requests: { minimal: OpportunityCreateRequest; complete: OpportunityCreateRequest };
  /** Each error code's status and example message, from the error examples (the create's first, then every operation's). */
  errors: ReadonlyMap<ErrorCode, ErrorExample>;
  /** Per validation `type` (`missing`, `uuid_parsing`, …), an example `msg` and the `message` of its 422 example. */
  detailExamples: ReadonlyMap<string, { msg: string; message: string }>;
  unauthorized: UnauthorizedResponse;
  /** The replay header (`Idempotent-Replayed`) and its only value. */
  replayHeader: { name: string; value: string };
  /** The default org's development key (fixtures) and the format every key has. */
  apiKey: { example: string; pattern: RegExp };
  /** The embedded fixtures' default org: example ids and names for the interactions. */
  defaultOrg: OrgFixture;
}

let cached: KitSpec | undefined;

const REPLAY_HEADER = 'Idempotent-Replayed';

type Examples = Record<string, unknown>;

function errorExamples(spec: ReturnType<typeof loadContract>): Pick<KitSpec, 'errors' | 'detailExamples'> {
  const errors = new Map<ErrorCode, ErrorExample>();
  const detailExamples = new Map<string, { msg: string; message: string }>();
  // Create first, so a code's status and message are the create's when it has the code; then every other operation.
  const operations = [spec.operation('createOpportunity'), ...[...spec.operations.values()].filter((op) => op.operationId !== 'createOpportunity')];
  for (const operation of operations) {
    for (const response of operation.responses.values()) {
      for (const example of Object.values(response.examples as Examples)) {
        const error = (example as { error?: { code: ErrorCode; message: string; details?: { msg: string; type: string }[] } }).error;
        if (!error) continue;
        if (!errors.has(error.code)) errors.set(error.code, { status: Number(response.status), message: error.message });
        for (const detail of error.details ?? []) {
          if (!detailExamples.has(detail.type)) detailExamples.set(detail.type, { msg: detail.msg, message: error.message });
        }
      }
    }
  }
  return { errors, detailExamples };
}

/** The embedded fixtures' default org. */
function defaultOrg(): OrgFixture {
  const org = readFixtureDir(DEFAULT_FIXTURES_DIR).find((fixture) => fixture.default);
  if (!org) throw new Error(`Failed to find the default org in ${DEFAULT_FIXTURES_DIR}: one org must be marked "default": true.`);
  return org;
}

/** The default org's read-write key of its default user, from the embedded fixtures. */
function developmentKey(org: OrgFixture): string {
  const key = org.api_keys.find((k) => k.user_id === org.default_user_id && k.access === 'read_write' && !k.revoked);
  if (!key) throw new Error(`Failed to find a development key: the default org in ${DEFAULT_FIXTURES_DIR} needs a read-write key of its default user.`);
  return key.key;
}

/** The kit's view of the spec. Throws when the spec lacks something the kit relies on, naming it. */
export function kitSpec(): KitSpec {
  if (cached) return cached;
  const contract = loadContract();
  const { document } = contract;
  const create = contract.operation('createOpportunity');
  const requireExample = (examples: Examples, name: string, where: string) => {
    if (!(name in examples)) throw new Error(`The kit needs the "${name}" example of ${where} in ${contract.file}.`);
    return examples[name];
  };
  const opportunity = contract.compiler.schemaObject('OpportunityResponse');
  const request = contract.compiler.schemaObject('OpportunityCreateRequest');
  const ok = create.responses.get('200')!;
  const org = defaultOrg();
  const replayHeader = resolveRef<{ schema?: { enum?: string[] } } | undefined>(document, (document.components?.headers as Examples | undefined)?.[REPLAY_HEADER]);
  const replayValue = replayHeader?.schema?.enum?.[0];
  if (!replayValue) throw new Error(`The kit needs components.headers.${REPLAY_HEADER} with a one-value enum in ${contract.file}.`);
  cached = {
    contract,
    document,
    paths: { preview: create.path, ga: contract.operation('createOpportunityGa').path, get: contract.operation('getOpportunity').path },
    schemas: { opportunity, item: contract.compiler.schemaObject('OpportunityItemResponse') },
    opportunityFields: opportunity.required as string[],
    echoedFields: Object.keys(request.properties ?? {}).filter((field) => field in (opportunity.properties ?? {})),
    responseExample: requireExample(ok.examples, 'complete', 'the createOpportunity 200 response') as OpportunityItemResponse,
    minimalResponseExample: requireExample(ok.examples, 'minimal', 'the createOpportunity 200 response') as OpportunityItemResponse,
    requests: {
      minimal: requireExample(create.requestBody!.examples, 'minimal', 'the createOpportunity request body') as OpportunityCreateRequest,
      complete: requireExample(create.requestBody!.examples, 'complete', 'the createOpportunity request body') as OpportunityCreateRequest,
    },
    ...errorExamples(contract),
    unauthorized: requireExample(create.responses.get('401')!.examples, 'noKey', 'the createOpportunity 401 response') as UnauthorizedResponse,
    replayHeader: { name: REPLAY_HEADER, value: replayValue },
    apiKey: { example: developmentKey(org), pattern: API_KEY_PATTERN },
    defaultOrg: org,
  };
  return cached;
}
