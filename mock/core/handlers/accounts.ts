import { apiBehaviour } from '../../../spec/versions';
import { accountCatalogue } from '../query/catalogue/accounts';
import type { RequestContext } from '../pipeline/context';
import { ApiError } from '../errors';
import { accountResponse, heatScoreExplanation } from '../generate/account';
import { runList } from '../query/list';
import type { Reply } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import { metaOf, pathParam } from './common';
import { readListRequest } from './list-request';
import { principalOf } from '../pipeline/access';

/** `POST /v1/accounts/list`: the org's accounts (the account picker), filtered, sorted and paged. */
export function listAccounts(runtime: MockRuntime, ctx: RequestContext): Reply {
  const { org } = principalOf(ctx);
  const catalogue = accountCatalogue(org, ctx.session.tags.list(org, 'accounts'));
  const query = readListRequest(runtime, ctx, catalogue);
  const accounts = [...org.accounts.values()].map((account) => accountResponse(org, account));
  return { status: 200, body: { ...runList(accounts, query, catalogue.idOf), meta: metaOf(ctx) } };
}

/** `GET /v1/accounts/{account_id}`: an account of the org; under 2026-08-19 with its detail (heat-score signals). */
export function getAccount(runtime: MockRuntime, ctx: RequestContext): Reply {
  const { org } = principalOf(ctx);
  const id = pathParam(runtime, ctx, 'account_id');
  const account = org.accounts.get(id.toLowerCase());
  if (!account) {
    throw new ApiError(404, 'not_found', `Account ${id} not found in this organization (${org.name}). List the accounts with POST /v1/accounts/list.`);
  }
  const data = accountResponse(org, account);
  const detailed = apiBehaviour(runtime.options.apiVersion).detailResponses
    ? { ...data, heat_score_explanation: heatScoreExplanation(data), custom_field_explanations: {} }
    : data;
  return { status: 200, body: { data: detailed, meta: metaOf(ctx) } };
}
