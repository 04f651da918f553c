import type { RequestContext } from '../pipeline/context';
import type { Reply } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import { pathParam } from './common';
import { opportunityNotFound } from './get-opportunity';
import { principalOf } from '../pipeline/access';

/**
 * `DELETE /v1/opportunities/{opportunity_id}`: 204 without a body, after which GET, PATCH and the list no
 * longer see it (404). A reset of the session brings back what its data set preloaded.
 */
export function deleteOpportunity(runtime: MockRuntime, ctx: RequestContext): Reply {
  const principal = principalOf(ctx);
  const id = pathParam(runtime, ctx, 'opportunity_id');
  if (!ctx.session.store.delete(principal.org.id, id)) throw opportunityNotFound(id);
  return { status: 204 };
}
