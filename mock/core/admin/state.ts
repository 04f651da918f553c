import { conformRecords } from '../generate/conform';
import { validationError } from '../errors';
import type { MockRuntime } from '../runtime';
import { DEFAULT_SESSION } from '../state/session';
import type { OpportunityResponse, ValidationErrorItem } from '../types';
import { tagResponse } from '../state/tags';
import { readInstant } from './instant';
import type { AdminInput, AdminSchemas } from './types';

/** Empties one session, or everything (sessions, and the start-up scenario back): the admin API's and the controller's reset. */
export function resetState(runtime: MockRuntime, session?: string): AdminSchemas['ResetResult'] {
  if (session === undefined) {
    runtime.sessions.reset();
    runtime.scenarios.reset();
    return { reset: 'all' };
  }
  runtime.sessions.reset(session);
  return { reset: session };
}

/** `POST /__admin/reset`. */
export function reset(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['ResetResult'] {
  return resetState(runtime, params.session as string | undefined);
}

/**
 * `GET /__admin/state`: a session's opportunities, created tags, idempotency keys, create counter, scenario and API
 * version; with `limit`, only the newest items of each list (a preview).
 */
export function dumpState(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['SessionState'] {
  const session = runtime.sessions.get((params.session as string | undefined) ?? DEFAULT_SESSION);
  const name = runtime.scenarios.inForce(session);
  const state: AdminSchemas['SessionState'] = {
    session: session.id,
    creates: session.creates,
    opportunities: [...session.store.values()].map(({ orgId, data }) => ({ org_id: orgId, data })),
    idempotency: [...session.idempotency.records()].map((r) => ({
      org_id: r.orgId,
      key: r.key,
      fingerprint: r.fingerprint,
      opportunity_id: r.data.id,
      expires_at: new Date(r.expiresAt).toISOString(),
    })),
    scenario: name ? { name, requests: session.progress.get(name) ?? 0 } : null,
    tags: session.tags.all().map(({ orgId, object, tag }) => ({ org_id: orgId, object, tag: tagResponse(tag) })),
    api_version: runtime.options.apiVersion,
  };
  return params.limit === undefined ? state : newest(state, params.limit as number);
}

/** A dump with every list cut to its newest `limit` items. */
function newest<T extends object>(state: T, limit: number): T {
  const out: Record<string, unknown> = { ...(state as Record<string, unknown>) };
  for (const [key, value] of Object.entries(out)) if (Array.isArray(value)) out[key] = value.slice(-limit);
  return out as T;
}

/**
 * `PUT /__admin/state`: replaces a session's state with a dump (of this mock or another). Orgs must exist in
 * the fixtures and idempotency records must point at opportunities of the dump. A dump of another API version
 * is converted (amounts, stage names) as it is loaded.
 */
export function loadState(runtime: MockRuntime, { params, body }: AdminInput): AdminSchemas['StateLoaded'] {
  const state = body as AdminSchemas['SessionState'];
  const problems: ValidationErrorItem[] = [];
  const byId = new Map<string, OpportunityResponse>();
  state.opportunities.forEach((o, i) => {
    if (!runtime.directory.orgs.has(o.org_id.toLowerCase())) problems.push({ loc: ['body', 'opportunities', i, 'org_id'], msg: `No org ${o.org_id} in the fixtures`, type: 'unknown_reference' });
    if (byId.has(o.data.id.toLowerCase())) problems.push({ loc: ['body', 'opportunities', i, 'data', 'id'], msg: `Opportunity ${o.data.id} is listed twice`, type: 'value_error' });
    byId.set(o.data.id.toLowerCase(), o.data as OpportunityResponse);
  });
  const tagIds = new Set<string>();
  (state.tags ?? []).forEach((t, i) => {
    if (!runtime.directory.orgs.has(t.org_id.toLowerCase())) problems.push({ loc: ['body', 'tags', i, 'org_id'], msg: `No org ${t.org_id} in the fixtures`, type: 'unknown_reference' });
    if (tagIds.has(t.tag.id.toLowerCase())) problems.push({ loc: ['body', 'tags', i, 'tag', 'id'], msg: `Tag ${t.tag.id} is listed twice`, type: 'value_error' });
    tagIds.add(t.tag.id.toLowerCase());
  });
  const expiresAt = state.idempotency.map((r, i) => {
    const at = readInstant(r.expires_at, ['body', 'idempotency', i, 'expires_at']);
    if (typeof at === 'number') return at;
    problems.push(at);
    return NaN;
  });
  state.idempotency.forEach((r, i) => {
    if (!byId.has(r.opportunity_id.toLowerCase())) problems.push({ loc: ['body', 'idempotency', i, 'opportunity_id'], msg: `Opportunity ${r.opportunity_id} is not in opportunities`, type: 'unknown_reference' });
  });
  if (state.scenario && !runtime.scenarios.get(state.scenario.name)) {
    problems.push({ loc: ['body', 'scenario', 'name'], msg: `Unknown scenario "${state.scenario.name}"`, type: 'unknown_reference' });
  }
  if (problems.length) throw validationError(problems, 'state');
  const session = runtime.sessions.get((params.session as string | undefined) ?? state.session);
  session.reset();
  const records = state.opportunities.map((o) => ({ orgId: o.org_id.toLowerCase(), data: o.data as OpportunityResponse }));
  const from = state.api_version ?? runtime.options.apiVersion;
  for (const { orgId, data } of conformRecords(records, runtime.directory.orgs, from, runtime.options.apiVersion)) {
    // a data set's opportunity (the session starts from it) takes the dump's version in its place
    if (session.store.has(data.id.toLowerCase())) session.store.replace(orgId, data);
    else session.store.add(orgId, data);
    byId.set(data.id.toLowerCase(), data); // replays answer the opportunity as this version writes it
  }
  for (const { org_id: orgId, object, tag } of state.tags ?? []) {
    session.tags.add({ orgId: orgId.toLowerCase(), object, tag: { id: tag.id, name: tag.name, ...(tag.color ? { color: tag.color } : {}) } });
  }
  state.idempotency.forEach((r, i) => {
    session.idempotency.restore(r.org_id.toLowerCase(), r.key, r.fingerprint, byId.get(r.opportunity_id.toLowerCase())!, expiresAt[i]);
  });
  session.creates = state.creates;
  if (state.scenario) {
    session.scenario = state.scenario.name;
    session.progress.set(state.scenario.name, state.scenario.requests);
  }
  return { session: session.id, opportunities: session.store.size, idempotency: session.idempotency.size, tags: session.tags.size };
}
