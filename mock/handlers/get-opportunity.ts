import type { RequestContext } from '../context';
import { ApiError } from '../errors';
import type { Reply } from '../respond';
import type { MockRuntime } from '../runtime';
import type { OpportunityItemResponse } from '../types';
import { metaOf, pathParam, reader } from './common';

/** `GET /v1/opportunities/{opportunity_id}`: an opportunity created in this session and org, else 404. */
export function getOpportunity(runtime: MockRuntime, ctx: RequestContext): Reply {
  const principal = reader(ctx);
  const id = pathParam(runtime, ctx, 'opportunity_id');
  const data = ctx.session.store.get(principal.org.id, id);
  if (!data) {
    throw new ApiError(
      404,
      'not_found',
      `Opportunity ${id} not found. Opportunities live in memory per organization and X-Mock-Session; create it first in the same ones.`,
    );
  }
  const body: OpportunityItemResponse = { data, meta: metaOf(ctx) };
  return { status: 200, body };
}
