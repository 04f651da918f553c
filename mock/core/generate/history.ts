import type { ApiBehaviour } from '../../../spec/versions';
import { isoSeconds } from '../state/clock';
import type { Org } from '../state/directory';
import type { OpportunityResponse } from '../types';
import { composeOpportunity } from './opportunity';
import type { Faker } from './random';
import { generateCreateRequest } from './request';
import { stagePhase } from './vocabulary';

const DAY_MS = 86_400_000;

/** How far back a stored opportunity may have been created, in days before the data set's clock. */
const HISTORY_DAYS = 365;

/** An instant between `fromMs` and `toMs`, to the second. */
function between(f: Faker, fromMs: number, toMs: number): number {
  return Math.floor(f.number.int({ min: fromMs, max: Math.max(fromMs, toMs) }) / 1000) * 1000;
}

/**
 * Gives a just-created opportunity the history of one that has lived in a pipeline until `nowMs`: activity
 * since it was created on most (`last_activity_at`), updated after that, and a past `actual_close_date` when
 * its stage is a closed one. Changes `data` in place (it is freshly built) and returns it.
 */
export function ageOpportunity(f: Faker, data: OpportunityResponse, createdMs: number, nowMs: number): OpportunityResponse {
  const activityMs = f.datatype.boolean(0.8) ? between(f, createdMs, nowMs) : undefined;
  data.last_activity_at = activityMs === undefined ? null : isoSeconds(activityMs);
  data.updated_at = isoSeconds(between(f, activityMs ?? createdMs, nowMs));
  data.actual_close_date = stagePhase(data.stage) === 'closed' ? isoSeconds(between(f, createdMs, nowMs)).slice(0, 10) : null;
  return data;
}

/**
 * One opportunity as a busy pipeline stores it at `nowMs`: a realistic create request (see
 * `generateCreateRequest`; close dates around `nowMs`), created by one of the org's users some time in the
 * past year, as the mock
 * of `version` would have answered it (realistic profile), then aged (see `ageOpportunity`).
 */
export function pipelineOpportunity(f: Faker, org: Org, nowMs: number, version: Pick<ApiBehaviour, 'amountUnit' | 'stageNames'>): OpportunityResponse {
  const createdMs = between(f, nowMs - HISTORY_DAYS * DAY_MS, nowMs - DAY_MS);
  const request = generateCreateRequest(f, org, nowMs, version.amountUnit);
  const creator = f.helpers.arrayElement(org.fixture.users);
  const data = composeOpportunity(f, { request, org, actingUserId: creator.id, now: isoSeconds(createdMs), profile: 'realistic', stageNames: version.stageNames });
  return ageOpportunity(f, data, createdMs, nowMs);
}
