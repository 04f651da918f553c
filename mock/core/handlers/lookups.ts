import type { RequestContext } from '../pipeline/context';
import type { Reply } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import type { MeResponse, UserResponse } from '../types';
import { metaOf, queryParams } from './common';
import { principalOf } from '../pipeline/access';

/** `GET /v1/me`: the user and organization the API key acts as. */
export function getMe(_runtime: MockRuntime, ctx: RequestContext): Reply {
  const { org, user } = principalOf(ctx);
  const data: MeResponse = {
    org_id: org.fixture.id,
    user_id: user.id,
    user_email: user.email,
    user_first_name: user.first_name,
    user_last_name: user.last_name,
    org_name: org.name,
  };
  return { status: 200, body: { data, meta: metaOf(ctx) } };
}

/** `GET /v1/users/`: the org's users in fixture order, `query` a case-insensitive substring of the full name or email. */
export function listUsers(runtime: MockRuntime, ctx: RequestContext): Reply {
  const { org } = principalOf(ctx);
  const query = queryParams(runtime, ctx).query?.trim().toLowerCase();
  const users = org.fixture.users.filter((u) => !query || `${u.first_name} ${u.last_name}`.toLowerCase().includes(query) || u.email.toLowerCase().includes(query));
  const data: UserResponse[] = users.map((u) => ({ id: u.id, first_name: u.first_name, last_name: u.last_name, email: u.email }));
  return { status: 200, body: { data, meta: metaOf(ctx) } };
}
