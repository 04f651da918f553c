import { describeSchemaErrors } from '../fixtures/load';
import type { AmountUnit } from '../spec/api-versions';
import type { Org } from '../mock/core/state/directory';
import { createFaker } from '../mock/core/generate/random';
import { generateCreateRequest } from '../mock/core/generate/request';
import type { OpportunityCreateRequest } from '../mock/core/types';
import { loadContract } from '../spec/contract';
import { idempotencyKey } from './keys';

/** One create request of a run. */
export interface SeedRequest {
  /** Its place in the run, from 0. */
  index: number;
  /** Its `idempotency_key` (also in the body). */
  key: string;
  body: OpportunityCreateRequest;
}

/** What decides a run's requests. */
export interface GenerateRequestsOptions {
  count: number;
  seed: number;
  /** Close dates are spread around this instant (ms since the epoch). */
  nowMs: number;
  /** How amounts are counted by the target (D9): minor units (2026-07-31) or a unit quantity (2026-08-19). */
  amountUnit: AmountUnit;
}

/**
 * The run's create requests, generated one at a time (a run of any size holds one request at a time):
 * realistic requests for the org's accounts, owners, stages, tags and custom fields (see
 * `generateCreateRequest`), each with an idempotency key derived from the seed, org and index. Request `i`
 * is the same whatever the count, so a rerun, a resumed run or a longer run sends the same first bodies
 * with the same keys.
 */
export function* generateRequests(org: Org, options: GenerateRequestsOptions): Generator<SeedRequest> {
  const f = createFaker(['requests', options.seed, org.id]);
  for (let index = 0; index < options.count; index++) {
    const key = idempotencyKey(options.seed, org.id, index);
    const body = generateCreateRequest(f, org, options.nowMs, options.amountUnit);
    body.idempotency_key = key;
    yield { index, key, body };
  }
}

/** Why a body does not fit OpportunityCreateRequest of spec/openapi.yaml (nothing when it fits). */
export function requestProblems(body: unknown): string[] {
  const validate = loadContract().validators.get('createOpportunity')!.body!;
  return validate(body) ? [] : describeSchemaErrors(validate.errors, '');
}
