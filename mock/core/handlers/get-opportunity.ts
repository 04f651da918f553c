import { apiBehaviour } from '../../../spec/versions';
import type { RequestContext } from '../pipeline/context';
import { ApiError } from '../errors';
import { customFieldExplanations } from '../generate/explanations';
import type { Reply } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import type { OpportunityItemResponse, OpportunityResponse } from '../types';
import { metaOf, pathParam } from './common';
import { principalOf } from '../pipeline/access';

/** The 404 of an opportunity the session's store does not hold for the key's org. */
export function opportunityNotFound(id: string): ApiError {
  return new ApiError(
    404,
    'not_found',
    `Opportunity ${id} not found. Opportunities live in memory per organization and X-Mock-Session; create it first in the same ones.`,
  );
}

/**
 * `GET /v1/opportunities/{opportunity_id}`: an opportunity of this session and org, else 404. Under
 * 2026-08-19 it is the detail response, with `custom_field_explanations`.
 */
export function getOpportunity(runtime: MockRuntime, ctx: RequestContext): Reply {
  const principal = principalOf(ctx);
  const id = pathParam(runtime, ctx, 'opportunity_id');
  const data = ctx.session.store.get(principal.org.id, id);
  if (!data) throw opportunityNotFound(id);
  // A copy with one key more: the stored opportunity is left as it is (lists never carry explanations).
  const detailed = apiBehaviour(runtime.options.apiVersion).detailResponses
    ? ({ ...data, custom_field_explanations: customFieldExplanations(principal.org, data, runtime.options.seed) } as OpportunityResponse)
    : data;
  const body: OpportunityItemResponse = { data: detailed, meta: metaOf(ctx) };
  return { status: 200, body };
}
