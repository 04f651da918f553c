import type { AmountUnit } from '../../../spec/versions';
import type { Org } from '../state/directory';
import { minorUnitsPer } from './money';
import type { CustomFieldValue, EstimatedValue, OpportunityCreateRequest } from '../types';
import { CUSTOM_FIELD_PREFIX } from '../types';
import { customFieldValue } from './opportunity';
import type { Faker } from './random';
import { CURRENCIES, DEAL_TYPES, NOTES, stagePhase } from './vocabulary';

const DAY_MS = 86_400_000;

/** How many deals sit in a stage of each phase, relative to each other: a funnel, with a closed history. */
const PHASE_WEIGHTS = { early: 24, mid: 16, late: 10, closed: 8 } as const;

/** How often an optional field is sent (0–1). */
const PRESENCE = {
  owner: 0.85,
  stage: 0.95,
  estimatedValue: 0.85,
  closeDate: 0.8,
  notes: 0.35,
  customFields: 0.35,
} as const;

/** A YYYY-MM-DD date `days` after the instant `ms`. */
function dateAfter(ms: number, days: number): string {
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

/** A deal's value: a round number of units of a weighted currency, written in `unit` (D9). */
function estimatedValue(f: Faker, unit: AmountUnit): EstimatedValue {
  const currency = f.helpers.weightedArrayElement(CURRENCIES.map((c) => ({ weight: c.weight, value: c })));
  const units = f.number.int({ min: currency.min, max: currency.max, multipleOf: currency.min / 10 });
  return { currency_code: currency.code, amount: unit === 'minor' ? units * minorUnitsPer(currency.code) : units };
}

/**
 * A realistic Create Opportunity request for one of the org's accounts: a deal name a seller would write,
 * an owner, a stage drawn from a funnel (early stages hold the most deals), a value in one of several
 * currencies, a close date around `nowMs` (closed deals in the past, open ones mostly ahead, some overdue),
 * notes, tags and custom fields of the org, each present as often as real pipelines have them. Amounts are
 * written in `unit` (minor units for 2026-07-31, a unit quantity for 2026-08-19), realistic in either. Uses
 * only ids the org's fixtures know, so a strict-references mock accepts it. The next values of `f` decide it.
 */
export function generateCreateRequest(f: Faker, org: Org, nowMs: number, unit: AmountUnit): OpportunityCreateRequest {
  const { accounts, users, tags, pipeline, custom_fields: customFields } = org.fixture;
  if (accounts.length === 0) {
    throw new Error(`Org "${org.name}" has no accounts: an opportunity needs one. Add accounts to its fixture.`);
  }
  const account = f.helpers.arrayElement(accounts);
  const request: OpportunityCreateRequest = { name: [account.name, ' - ', f.helpers.arrayElement(DEAL_TYPES)].join(''), account_id: account.id };
  if (f.datatype.boolean(PRESENCE.owner)) request.owner_user_id = f.helpers.arrayElement(users).id;
  const stage = f.helpers.weightedArrayElement(pipeline.stages.map((s) => ({ weight: PHASE_WEIGHTS[stagePhase(s.key)], value: s.key })));
  if (f.datatype.boolean(PRESENCE.stage)) request.stage = stage;
  if (f.datatype.boolean(PRESENCE.estimatedValue)) request.estimated_value = estimatedValue(f, unit);
  if (f.datatype.boolean(PRESENCE.closeDate)) {
    const closed = stagePhase(request.stage ?? org.firstStage) === 'closed';
    request.estimated_close_date = dateAfter(nowMs, closed ? -f.number.int({ min: 1, max: 180 }) : f.number.int({ min: -30, max: 240 }));
  }
  if (f.datatype.boolean(PRESENCE.notes)) request.notes = f.helpers.arrayElement(NOTES);
  const tagIds = f.helpers.arrayElements(tags, { min: 0, max: Math.min(3, tags.length) }).map((t) => t.id);
  if (tagIds.length > 0) request.tags = tagIds;
  if (customFields.length > 0 && f.datatype.boolean(PRESENCE.customFields)) {
    for (const field of f.helpers.arrayElements(customFields, { min: 1, max: Math.min(2, customFields.length) })) {
      request[`${CUSTOM_FIELD_PREFIX}${field.id}`] = customFieldValue(f, field, nowMs) satisfies CustomFieldValue;
    }
  }
  return request;
}
