import { apiBehaviour } from '../../../spec/versions';
import { isoSeconds } from '../state/clock';
import type { RequestContext } from '../pipeline/context';
import { ApiError } from '../errors';
import { buildOpportunity } from '../generate/opportunity';
import { unusedId } from '../generate/random';
import { fingerprint } from '../state/idempotency';
import { checkReferences } from './references';
import { Reply, selfCheck } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import type { OpportunityCreateRequest, OpportunityItemResponse, OpportunityResponse } from '../types';
import { validBody } from './common';
import { principalOf } from '../pipeline/access';

/**
 * `POST /v1/preview/opportunities` and `POST /v1/opportunities/`. The order of checks follows FastAPI's:
 * body size (413, when the route reads the body), JSON decoding (422), the key (401/403), the rate limit
 * (429), the schema (422), the references (404/422), idempotency (replay or 409); then the opportunity is
 * built, self-checked, stored. It runs synchronously, so concurrent creates with one idempotency key store
 * exactly one opportunity.
 */
export function createOpportunity(runtime: MockRuntime, ctx: RequestContext): Reply {
  const principal = principalOf(ctx);
  const request = validBody<OpportunityCreateRequest>(runtime, ctx, 'the opportunity');
  const { session, nowMs } = ctx;
  const org = session.tags.view(principal.org);
  const version = apiBehaviour(runtime.options.apiVersion);
  checkReferences(request, org, ctx.settings.references, version);

  const timestamp = isoSeconds(nowMs);
  const key = request.idempotency_key ?? undefined;
  const bodyFingerprint = key ? fingerprint(request, runtime.requestFields) : '';
  if (key) {
    const outcome = session.idempotency.check(org.id, key, bodyFingerprint, nowMs);
    if (outcome.kind === 'replay') {
      const body: OpportunityItemResponse = { data: outcome.data, meta: { timestamp } };
      return { status: 200, body, headers: { 'Idempotent-Replayed': 'true' } };
    }
    if (outcome.kind === 'conflict') {
      throw new ApiError(
        409,
        'idempotency_conflict',
        `idempotency_key ${key} was already used with a different request body. Send a new key for a new opportunity, or resend the original body to get the original response.`,
      );
    }
  }

  const seed = ctx.controls.seed !== undefined ? [ctx.controls.seed, 'prefer'] : [runtime.options.seed, session.id, session.creates + 1];
  const built = buildOpportunity({ request, org, actingUserId: principal.user.id, seed, now: timestamp, profile: ctx.settings.profile, stageNames: version.stageNames });
  // The seed pins the body; an id the session already holds (the same Prefer seed twice, a loaded dump) is drawn
  // afresh from the seed, so nothing acknowledged is replaced.
  const data = session.store.has(built.id) ? ({ ...built, id: unusedId(built.id, seed, (id) => session.store.has(id)) } as OpportunityResponse) : built;
  const body: OpportunityItemResponse = { data, meta: { timestamp } };
  selfCheck(runtime, ctx, 200, body); // before anything is stored: a failing body is never acknowledged
  session.creates++;
  session.store.add(org.id, data);
  if (key) session.idempotency.record(org.id, key, bodyFingerprint, data, nowMs);
  return { status: 200, body, checked: true };
}
