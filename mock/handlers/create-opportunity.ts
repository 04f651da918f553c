import { requirePrincipal, requireWriteAccess } from '../auth';
import type { DecodedBody } from '../body';
import { apiVersionInfo } from '../../spec/api-versions';
import { isoSeconds } from '../clock';
import { enforceRateLimit, RequestContext } from '../context';
import { ApiError, validationError } from '../errors';
import { buildOpportunity } from '../generator/opportunity';
import { fingerprint } from '../idempotency';
import { checkReferences } from '../references';
import { Reply, selfCheck } from '../respond';
import type { MockRuntime } from '../runtime';
import type { OpportunityCreateRequest, OpportunityItemResponse } from '../types';
import { detailsFromAjv } from '../validation';

/** The body, schema-checked (422 with one detail per failing field). */
function validRequest(runtime: MockRuntime, ctx: RequestContext, decoded: DecodedBody): OpportunityCreateRequest {
  if (decoded.kind === 'not-json') {
    throw new ApiError(422, 'validation_error', `The request body must be sent as application/json (got ${decoded.mediaType}).`, [
      { loc: ['body'], msg: 'Input should be a valid dictionary or object to extract fields from', type: 'model_attributes_type' },
    ]);
  }
  if (decoded.kind === 'invalid') throw decoded.error;
  if (decoded.kind === 'empty') {
    throw new ApiError(422, 'validation_error', 'The request body is required: send the opportunity as a JSON object.', [
      { loc: ['body'], msg: 'Field required', type: 'missing' },
    ]);
  }
  const validate = runtime.contract.validators.get(ctx.operation!.operationId)!.body!;
  if (!validate(decoded.value)) throw validationError(detailsFromAjv(validate.errors ?? [], ['body']));
  return decoded.value as OpportunityCreateRequest;
}

/**
 * `POST /v1/preview/opportunities` and `POST /v1/opportunities/`. The order of checks follows FastAPI's:
 * body size (413, when the route reads the body), JSON decoding (422), the key (401/403), the rate limit
 * (429), the schema (422), the references (404/422), idempotency (replay or 409); then the opportunity is
 * built, self-checked, stored. It runs synchronously, so concurrent creates with one idempotency key store
 * exactly one opportunity.
 */
export function createOpportunity(runtime: MockRuntime, ctx: RequestContext): Reply {
  const decoded = ctx.body!;
  if (decoded.kind === 'invalid') throw decoded.error;
  const principal = requirePrincipal(ctx.identity);
  enforceRateLimit(ctx);
  requireWriteAccess(principal, runtime.options.auth, ctx.settings.readOnly);
  const request = validRequest(runtime, ctx, decoded);
  const version = apiVersionInfo(runtime.options.apiVersion);
  checkReferences(request, principal.org, ctx.settings.references, version);

  const { session, nowMs } = ctx;
  const timestamp = isoSeconds(nowMs);
  const key = request.idempotency_key ?? undefined;
  const bodyFingerprint = key ? fingerprint(request, runtime.requestFields) : '';
  if (key) {
    const outcome = session.idempotency.check(principal.org.id, key, bodyFingerprint, nowMs);
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

  const data = buildOpportunity({
    request,
    org: principal.org,
    actingUserId: principal.user.id,
    seed: ctx.controls.seed !== undefined ? [ctx.controls.seed, 'prefer'] : [runtime.options.seed, session.id, session.creates + 1],
    now: timestamp,
    profile: ctx.settings.profile,
    stageNames: version.stageNames,
  });
  const body: OpportunityItemResponse = { data, meta: { timestamp } };
  selfCheck(runtime, ctx, 200, body); // before anything is stored: a failing body is never acknowledged
  session.creates++;
  session.store.add(principal.org.id, data);
  if (key) session.idempotency.record(principal.org.id, key, bodyFingerprint, data, nowMs);
  return { status: 200, body, checked: true };
}
