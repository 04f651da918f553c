import { apiBehaviour } from '../../../spec/versions';
import { isoSeconds } from '../state/clock';
import type { RequestContext } from '../pipeline/context';
import type { Org } from '../state/directory';
import { ownerInfo, tagNames } from '../generate/opportunity';
import { checkFieldReferences } from './references';
import { Reply, selfCheck } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import { presentStage } from '../generate/stages';
import { CUSTOM_FIELD_PREFIX, OpportunityFields, OpportunityResponse, OpportunityUpdateRequest } from '../types';
import { pathParam, validBody } from './common';
import { opportunityNotFound } from './get-opportunity';
import { principalOf } from '../pipeline/access';

/**
 * The opportunity as an update leaves it: a new object (stored ones are never changed in place), with every
 * field the request sent (`null` clears it; `tags` replaces the tags by name; the stage as the version writes
 * it), every `custom_field_<uuid>` sent, and `updated_at` now. Keys the update does not have are ignored.
 */
function applyUpdate(current: OpportunityResponse, request: OpportunityUpdateRequest, org: Org, stageNames: 'key' | 'label', now: string): OpportunityResponse {
  const next: Record<string, unknown> = { ...current };
  const has = (key: keyof OpportunityUpdateRequest) => Object.hasOwn(request, key);
  const set = <K extends keyof OpportunityFields>(key: K, value: OpportunityFields[K]) => (next[key] = value);
  if (has('name')) set('name', request.name ?? null);
  if (has('owner_user_id')) set('owner', request.owner_user_id ? ownerInfo(org, request.owner_user_id) : null);
  if (has('stage')) set('stage', request.stage == null ? null : presentStage(org, request.stage, { stageNames }));
  if (has('estimated_value')) set('estimated_value', request.estimated_value ?? null);
  if (has('estimated_close_date')) set('estimated_close_date', request.estimated_close_date ?? null);
  if (has('actual_close_date')) set('actual_close_date', request.actual_close_date ?? null);
  if (has('notes')) set('notes', request.notes ?? null);
  if (has('tags')) set('tags', tagNames(org, request.tags));
  for (const key of Object.keys(request)) if (key.startsWith(CUSTOM_FIELD_PREFIX)) next[key] = request[key];
  next.updated_at = now;
  return next as OpportunityResponse;
}

/**
 * `PATCH /v1/opportunities/{opportunity_id}`, in FastAPI's order: the key (401/403), the rate limit, the
 * path and body schemas (422), the opportunity (404), the references (422, strict mode); then the updated
 * opportunity is self-checked and put in the store in place of the old one.
 */
export function updateOpportunity(runtime: MockRuntime, ctx: RequestContext): Reply {
  const principal = principalOf(ctx);
  const id = pathParam(runtime, ctx, 'opportunity_id');
  const request = validBody<OpportunityUpdateRequest>(runtime, ctx, 'the fields to change');
  const { session } = ctx;
  const org = session.tags.view(principal.org);
  const current = session.store.get(org.id, id);
  if (!current) throw opportunityNotFound(id);
  const version = apiBehaviour(runtime.options.apiVersion);
  checkFieldReferences(request, org, ctx.settings.references, version);
  const timestamp = isoSeconds(ctx.nowMs);
  const data = applyUpdate(current, request, org, version.stageNames, timestamp);
  const body = { data, meta: { timestamp } };
  selfCheck(runtime, ctx, 200, body); // before it is stored: a failing update is never acknowledged
  session.store.replace(org.id, data);
  return { status: 200, body, checked: true };
}
