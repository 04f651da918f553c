import { opportunityCatalogue } from '../query/catalogue/opportunities';
import type { RequestContext } from '../pipeline/context';
import { runList } from '../query/list';
import type { Reply } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import { metaOf } from './common';
import { readListRequest } from './list-request';
import { principalOf } from '../pipeline/access';

/**
 * `POST /v1/opportunities/list`: the session's opportunities of the key's org (created, updated, or preloaded
 * from a data set), filtered, sorted and paged as the request says, against the fields
 * `GET /v1/schemas/opportunities` lists.
 */
export function listOpportunities(runtime: MockRuntime, ctx: RequestContext): Reply {
  const principal = principalOf(ctx);
  const org = ctx.session.tags.view(principal.org);
  const catalogue = opportunityCatalogue(org);
  const query = readListRequest(runtime, ctx, catalogue);
  const page = runList(ctx.session.store.inOrg(org.id), query, catalogue.idOf);
  return { status: 200, body: { ...page, meta: metaOf(ctx) } };
}
