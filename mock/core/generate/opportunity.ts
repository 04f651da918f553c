import type { Org } from '../state/directory';
import type { CustomFieldDefinition } from '../../../fixtures/types';
import type {
  CustomFieldValue,
  OpportunityCreateRequest,
  OpportunityFields,
  OpportunityResponse,
  OwnerInfo,
  Profile,
} from '../types';
import { CUSTOM_FIELD_PREFIX } from '../types';
import { presentStage } from './stages';
import { derivedAccountName, derivedTagName, derivedUserName } from './derived';
import { Faker, seeded } from './random';
import { CHAMPIONS, INITIATIVES, LOSS_REASONS, PROGRESS, RISKS, stagePhase, TEXT_FIELD_VALUES, TIMEFRAMES } from './vocabulary';

/** What the generator needs to build one opportunity. */
export interface BuildOpportunityInput {
  /** The validated request body. */
  request: OpportunityCreateRequest;
  /** The organization of the API key. */
  org: Org;
  /** The user the API key acts as: the owner when `owner_user_id` is absent or null (D6). */
  actingUserId: string;
  /** Seeds the generated values: the same parts give the same opportunity. */
  seed: readonly (number | string)[];
  /** `created_at`, `updated_at` (ISO 8601). */
  now: string;
  /** `realistic` fills summary, risks and unset custom fields; `minimal` leaves them empty. */
  profile: Profile;
  /** `key` echoes the stage as sent (2026-07-31); `label` writes a pipeline stage by its label (2026-08-19). */
  stageNames: 'key' | 'label';
}

/** A build input without its seed: for callers whose faker is already seeded (long generated sequences). */
export type OpportunityDraft = Omit<BuildOpportunityInput, 'seed'>;

const DAY_MS = 86_400_000;

/** Lower-case names the org's records already use, built once per org (a session's view with new tags is another org). */
const namesInUse = new WeakMap<Org, { users: ReadonlySet<string>; tags: ReadonlySet<string> }>();
function takenNames(org: Org): { users: ReadonlySet<string>; tags: ReadonlySet<string> } {
  let names = namesInUse.get(org);
  if (!names) {
    names = {
      users: new Set([...org.users.values()].map((u) => `${u.first_name} ${u.last_name}`.toLowerCase())),
      tags: new Set([...org.tags.values()].map((t) => t.name.toLowerCase())),
    };
    namesInUse.set(org, names);
  }
  return names;
}

/** The owner block: a fixture user, or a name derived from the UUID, never a real user's (lenient references, D5). */
export function ownerInfo(org: Org, userId: string): OwnerInfo {
  const user = org.users.get(userId.toLowerCase());
  const names = user ? { first_name: user.first_name, last_name: user.last_name } : derivedUserName(userId, takenNames(org).users);
  return { id: userId, ...names };
}

/**
 * Tag names for tag ids, in request order, each id once (D8). An id the org does not know gets a derived name
 * that is neither one of the org's tag names nor a name given earlier in the list, so `tags` never repeats.
 */
export function tagNames(org: Org, ids: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  const once = (ids ?? []).filter((id) => !seen.has(id.toLowerCase()) && seen.add(id.toLowerCase()));
  const known = once.map((id) => org.tags.get(id.toLowerCase())?.name);
  if (!known.includes(undefined)) return known as string[]; // mapped: sized exactly, as stored
  const taken = new Set(takenNames(org).tags);
  return once.map((id, i) => {
    if (known[i] !== undefined) return known[i]!;
    const name = derivedTagName(id, taken);
    taken.add(name.toLowerCase());
    return name;
  });
}

function summary(f: Faker, accountName: string, stage: string | null): string {
  const phase = stagePhase(stage);
  const initiative = f.helpers.arrayElement(INITIATIVES);
  const champion = f.helpers.arrayElement(CHAMPIONS);
  const progress = f.helpers.arrayElement(PROGRESS[phase]);
  // Joined, not concatenated: one flat string instead of a tree of ten (a data set of 100,000 keeps them all).
  if (phase === 'closed' && /lost/i.test(stage ?? '')) {
    return [accountName, ' decided against ', initiative, ': ', f.helpers.arrayElement(LOSS_REASONS), '.'].join('');
  }
  if (phase === 'closed') return [accountName, ' signed up for ', initiative, '; ', progress, '.'].join('');
  const timeframe = f.helpers.arrayElement(TIMEFRAMES);
  const sentence = [progress.charAt(0).toUpperCase(), progress.slice(1)].join('');
  return [accountName, ' is evaluating ', initiative, ', sponsored by ', champion, '. ', sentence, '; the team wants a decision ', timeframe, '.'].join('');
}

function risks(f: Faker, stage: string | null): string[] {
  const phase = stagePhase(stage);
  return f.helpers.arrayElements(RISKS[phase], phase === 'closed' ? { min: 0, max: 1 } : { min: 1, max: 2 });
}

/** A realistic value for a custom field of the org: an option key, a number, a date after `nowMs`, … */
export function customFieldValue(f: Faker, field: CustomFieldDefinition, nowMs: number): CustomFieldValue {
  switch (field.type) {
    case 'select':
      return f.helpers.arrayElement(field.options!).key;
    case 'multi_select':
      return f.helpers.arrayElements(field.options!, { min: 1, max: Math.min(2, field.options!.length) }).map((o) => o.key);
    case 'text':
      return f.helpers.arrayElement(field.values ?? TEXT_FIELD_VALUES);
    case 'number':
      return f.number.int({ min: 5, max: 500 });
    case 'date':
      return new Date(nowMs + f.number.int({ min: 14, max: 180 }) * DAY_MS).toISOString().slice(0, 10);
    case 'boolean':
      return f.datatype.boolean();
  }
}

/** The `custom_field_<uuid>` key of each field definition, made once: the same for every opportunity of the org. */
const fieldKeys = new WeakMap<CustomFieldDefinition, string>();
function fieldKey(field: CustomFieldDefinition): string {
  let key = fieldKeys.get(field);
  if (key === undefined) fieldKeys.set(field, (key = `${CUSTOM_FIELD_PREFIX}${field.id}`));
  return key;
}

/**
 * Custom fields (D11), added to `data` (not spread into a new object: a data set of 100,000 opportunities
 * keeps one object each): first the ones sent, echoed as sent, in request order; then, in the realistic
 * profile, the org's other fields, filled.
 */
function addCustomFields(f: Faker, data: Record<string, unknown>, input: OpportunityDraft): void {
  let sentIds: Set<string> | undefined;
  for (const key of Object.keys(input.request)) {
    if (!key.startsWith(CUSTOM_FIELD_PREFIX)) continue;
    data[key] = input.request[key] as CustomFieldValue;
    (sentIds ??= new Set()).add(key.slice(CUSTOM_FIELD_PREFIX.length).toLowerCase());
  }
  if (input.profile !== 'realistic') return;
  const nowMs = Date.parse(input.now);
  for (const field of input.org.customFields.values()) {
    if (!sentIds?.has(field.id.toLowerCase())) data[fieldKey(field)] = customFieldValue(f, field, nowMs);
  }
}

/**
 * Builds the opportunity a create returns (D2, D3, D6–D11): echoes every field the client sent, fills the
 * server's fields, and — in the realistic profile — writes a summary, risks and unset custom fields.
 * Deterministic: the same input gives the same opportunity, byte for byte.
 */
export function buildOpportunity(input: BuildOpportunityInput): OpportunityResponse {
  return seeded(input.seed, (f) => composeOpportunity(f, input));
}

/** `buildOpportunity` with a faker the caller has seeded: the next values of its stream make the opportunity. */
export function composeOpportunity(f: Faker, input: OpportunityDraft): OpportunityResponse {
  const { request, org, now, profile } = input;
  // Lower case as it already is: toLowerCase also copies faker's UUID (a tree of slices) into one flat string,
  // 60 bytes instead of 190, which counts when a data set keeps 100,000 of them.
  const id = f.string.uuid().toLowerCase();
  const stage = presentStage(org, request.stage ?? org.firstStage, input);
  const accountName = org.accounts.get(request.account_id.toLowerCase())?.name ?? derivedAccountName(request.account_id);
  const realistic = profile === 'realistic';
  const fields: OpportunityFields = {
    id,
    account_id: request.account_id,
    name: request.name,
    owner: ownerInfo(org, request.owner_user_id ?? input.actingUserId),
    stage,
    estimated_value: request.estimated_value ?? null,
    estimated_close_date: request.estimated_close_date ?? null,
    actual_close_date: null,
    summary: realistic ? summary(f, accountName, stage) : null,
    risks: realistic ? risks(f, stage) : [],
    notes: request.notes ?? null,
    tags: tagNames(org, request.tags),
    last_activity_at: null,
    updated_at: now,
    created_at: now,
  };
  addCustomFields(f, fields as Record<string, unknown>, input);
  return fields as OpportunityResponse;
}
