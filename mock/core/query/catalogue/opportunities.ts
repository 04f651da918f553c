import type { Org } from '../../state/directory';
import { pipelineOf } from '../../generate/stages';
import type { OpportunityResponse } from '../../types';
import { customField } from './custom-fields';
import { Catalogue, catalogue, DATE_PERIODS, Field, instantKey, OPERATORS } from './fields';

type F = Field<OpportunityResponse>;
const plain = { parent: null, filterable: true, customFieldId: null, allowedValues: null };
const lower = (value: string | null | undefined) => (value == null ? null : value.toLowerCase());

const catalogues = new WeakMap<Org, Catalogue<OpportunityResponse>>();

/**
 * The fields of `opportunities` for an org (a session's view of it, with the tags created there): every
 * field of OpportunityResponse and every custom field of the org, with the conditions it allows and the
 * values `is` takes (pipeline stages, users, accounts, tags, select options, date periods). Built once per org.
 */
export function opportunityCatalogue(org: Org): Catalogue<OpportunityResponse> {
  let built = catalogues.get(org);
  if (built) return built;
  const pipeline = pipelineOf(org);
  const tagNames = new Map([...org.tags.values()].map((t) => [t.id.toLowerCase(), t.name.toLowerCase()] as const));
  const fields: F[] = [
    { ...plain, key: 'id', name: 'Id', type: 'uuid', sortable: false, updatable: false, operators: OPERATORS.id, read: (r) => r.id.toLowerCase() },
    { ...plain, key: 'name', name: 'Name', type: 'string', sortable: true, updatable: true, operators: OPERATORS.string, read: (r) => r.name },
    {
      ...plain, key: 'account_id', name: 'Account', type: 'uuid', sortable: false, updatable: false, operators: OPERATORS.id,
      allowedValues: [...org.accounts.values()].map((a) => ({ key: a.id, display_value: a.name })),
      read: (r) => r.account_id.toLowerCase(),
    },
    {
      ...plain, key: 'owner', name: 'Owner', type: 'uuid', sortable: false, updatable: true, operators: OPERATORS.choice,
      allowedValues: [...org.users.values()].map((u) => ({ key: u.id, display_value: `${u.first_name} ${u.last_name}` })),
      read: (r) => lower(r.owner?.id),
    },
    {
      ...plain, key: 'stage', name: 'Stage', type: 'enum', sortable: true, updatable: true, operators: OPERATORS.choice,
      allowedValues: pipeline.stages.map((s) => ({ key: s.key, display_value: s.label })),
      read: (r) => (r.stage == null ? null : pipeline.keyOf(r.stage)),
      order: (r) => (r.stage == null ? null : pipeline.position(r.stage)),
    },
    { ...plain, key: 'amount', name: 'Amount', type: 'number', parent: 'estimated_value', sortable: true, updatable: true, operators: OPERATORS.number, read: (r) => r.estimated_value?.amount ?? null },
    { ...plain, key: 'currency_code', name: 'Currency', type: 'string', parent: 'estimated_value', sortable: true, updatable: true, operators: OPERATORS.string, read: (r) => r.estimated_value?.currency_code ?? null },
    { ...plain, key: 'estimated_close_date', name: 'Estimated Close Date', type: 'date', sortable: true, updatable: true, operators: OPERATORS.date, allowedValues: DATE_PERIODS, read: (r) => r.estimated_close_date },
    { ...plain, key: 'actual_close_date', name: 'Actual Close Date', type: 'date', sortable: true, updatable: true, operators: OPERATORS.date, allowedValues: DATE_PERIODS, read: (r) => r.actual_close_date },
    { ...plain, key: 'summary', name: 'Summary', type: 'text', sortable: false, updatable: false, operators: OPERATORS.text, read: (r) => r.summary },
    { ...plain, key: 'risks', name: 'Risks', type: 'array', sortable: false, updatable: false, operators: OPERATORS.words, read: (r) => r.risks },
    { ...plain, key: 'notes', name: 'Notes', type: 'text', sortable: false, updatable: true, operators: OPERATORS.text, read: (r) => r.notes },
    {
      ...plain, key: 'tags', name: 'Tags', type: 'array', sortable: false, updatable: true, operators: OPERATORS.choice,
      allowedValues: [...org.tags.values()].map((t) => ({ key: t.id, display_value: t.name })),
      read: (r) => r.tags.map((name) => name.toLowerCase()), stored: (key) => tagNames.get(key.toLowerCase()) ?? key,
    },
    { ...plain, key: 'last_activity_at', name: 'Last Activity At', type: 'datetime', sortable: true, updatable: false, operators: OPERATORS.datetime, read: (r) => r.last_activity_at, order: (r) => instantKey(r.last_activity_at) },
    { ...plain, key: 'updated_at', name: 'Updated At', type: 'datetime', sortable: true, updatable: false, operators: OPERATORS.datetime, read: (r) => r.updated_at, order: (r) => instantKey(r.updated_at) },
    { ...plain, key: 'created_at', name: 'Created At', type: 'datetime', sortable: true, updatable: false, operators: OPERATORS.datetime, read: (r) => r.created_at, order: (r) => instantKey(r.created_at) },
    ...[...org.customFields.values()].map((definition) => customField<OpportunityResponse>(definition)),
  ];
  built = catalogue('opportunities', fields, (r) => r.id);
  catalogues.set(org, built);
  return built;
}
