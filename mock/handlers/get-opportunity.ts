import { requirePrincipal } from '../auth';
import { isoSeconds } from '../clock';
import { enforceRateLimit, RequestContext } from '../context';
import { ApiError, validationError } from '../errors';
import type { Reply } from '../respond';
import type { MockRuntime } from '../runtime';
import type { OpportunityItemResponse } from '../types';
import { detailsFromAjv } from '../validation';

/** `GET /v1/opportunities/{opportunity_id}`: an opportunity created in this session and org, else 404. */
export function getOpportunity(runtime: MockRuntime, ctx: RequestContext): Reply {
  const principal = requirePrincipal(ctx.identity);
  enforceRateLimit(ctx);
  const id = String(ctx.req.params.opportunity_id);
  const validate = runtime.contract.validators.get(ctx.operation!.operationId)!.params.get('path:opportunity_id')!;
  if (!validate(id)) {
    throw validationError(detailsFromAjv(validate.errors ?? [], ['path', 'opportunity_id']), 'path parameters');
  }
  const data = ctx.session.store.get(principal.org.id, id);
  if (!data) {
    throw new ApiError(
      404,
      'not_found',
      `Opportunity ${id} not found. Opportunities live in memory per organization and X-Mock-Session; create it first in the same ones.`,
    );
  }
  const body: OpportunityItemResponse = { data, meta: { timestamp: isoSeconds(ctx.nowMs) } };
  return { status: 200, body };
}
