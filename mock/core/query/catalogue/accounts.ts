import type { TagFixture } from '../../../../fixtures/types';
import type { Org } from '../../state/directory';
import type { AccountResponse } from '../../types';
import { Catalogue, catalogue, Field, instantKey, OPERATORS } from './fields';

type F = Field<AccountResponse>;
const plain = { parent: null, filterable: true, customFieldId: null, allowedValues: null };
const company = { ...plain, parent: 'company', updatable: false };
const scoring = { ...plain, parent: 'scoring', updatable: false };

/** Monaco's suggested account statuses (any string is accepted). */
const STATUSES = ['NEW', 'PROSPECTING', 'OPPORTUNITY', 'CUSTOMER', 'DISQUALIFIED', 'NURTURE', 'INBOUND', 'CHURNED'];
const label = (key: string) => key.charAt(0) + key.slice(1).toLowerCase();
const options = (keys: readonly string[]) => keys.map((key) => ({ key, display_value: label(key) }));
const position = (keys: readonly string[]) => {
  const at = new Map(keys.map((k, i) => [k, i] as const));
  return (value: string | null | undefined) => (value == null ? null : (at.get(value) ?? keys.length));
};

/** The last catalogue built for an org, with what it was built from: the session's account tags and the accounts' count. */
const catalogues = new WeakMap<Org, { tags: readonly TagFixture[]; accounts: number; built: Catalogue<AccountResponse> }>();
const sameTags = (a: readonly TagFixture[], b: readonly TagFixture[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * The fields of `accounts` for an org: the account's own fields, its company's and scoring's (with their
 * `parent`), and its tags (the `accounts` tags created in the session: `tags`). Built once per org, as
 * opportunities' is, and again when the created account tags differ (they are the same objects while the
 * session keeps them) or the org's accounts change (a Pact state's temporary account).
 */
export function accountCatalogue(org: Org, tags: readonly TagFixture[]): Catalogue<AccountResponse> {
  const cached = catalogues.get(org);
  if (cached && cached.accounts === org.accounts.size && sameTags(cached.tags, tags)) return cached.built;
  const built = buildCatalogue(org, tags);
  catalogues.set(org, { tags, accounts: org.accounts.size, built });
  return built;
}

function buildCatalogue(org: Org, tags: readonly TagFixture[]): Catalogue<AccountResponse> {
  const statuses = [...STATUSES, ...new Set([...org.accounts.values()].map((a) => a.status).filter((s): s is string => !!s && !STATUSES.includes(s)))];
  const tagNames = new Map(tags.map((t) => [t.id.toLowerCase(), t.name.toLowerCase()] as const));
  const tiers = ['A', 'B', 'C', 'D'];
  const heat = ['Hot', 'Warm', 'Cold'];
  const tierAt = position(tiers);
  const heatAt = position(heat);
  const statusAt = position(statuses);
  const fields: F[] = [
    { ...plain, key: 'id', name: 'Id', type: 'uuid', sortable: false, updatable: false, operators: OPERATORS.id, read: (r) => r.id.toLowerCase() },
    { ...plain, key: 'name', name: 'Name', type: 'string', sortable: true, updatable: true, operators: OPERATORS.string, read: (r) => r.name },
    { ...plain, key: 'status', name: 'Status', type: 'enum', sortable: true, updatable: true, operators: OPERATORS.choice, allowedValues: options(statuses), read: (r) => r.status, order: (r) => statusAt(r.status) },
    {
      ...plain, key: 'owner', name: 'Owner', type: 'uuid', sortable: false, updatable: true, operators: OPERATORS.choice,
      allowedValues: [...org.users.values()].map((u) => ({ key: u.id, display_value: `${u.first_name} ${u.last_name}` })),
      read: (r) => r.owner?.id.toLowerCase() ?? null,
    },
    { ...plain, key: 'notes', name: 'Notes', type: 'text', sortable: false, updatable: true, operators: OPERATORS.text, read: (r) => r.notes },
    { ...company, key: 'domain', name: 'Domain', type: 'string', sortable: true, operators: OPERATORS.string, read: (r) => r.company?.domain ?? null },
    { ...company, key: 'employee_count', name: 'Employee Count', type: 'number', sortable: true, operators: OPERATORS.number, read: (r) => r.company?.employee_count ?? null },
    { ...company, key: 'founded_year', name: 'Founded Year', type: 'number', sortable: true, operators: OPERATORS.number, read: (r) => r.company?.founded_year ?? null },
    { ...company, key: 'industries', name: 'Industries', type: 'array', sortable: false, operators: OPERATORS.words, read: (r) => r.company?.industries ?? null },
    { ...company, key: 'total_funding_usd', name: 'Total Funding (USD)', type: 'number', sortable: true, operators: OPERATORS.number, read: (r) => r.company?.total_funding_usd ?? null },
    { ...scoring, key: 'tier', name: 'Tier', type: 'enum', sortable: true, operators: OPERATORS.choice, allowedValues: tiers.map((t) => ({ key: t, display_value: `Tier ${t}` })), read: (r) => r.scoring?.tier ?? null, order: (r) => tierAt(r.scoring?.tier) },
    { ...scoring, key: 'heat_score', name: 'Heat Score', type: 'enum', sortable: true, operators: OPERATORS.choice, allowedValues: heat.map((h) => ({ key: h, display_value: h })), read: (r) => r.scoring?.heat_score ?? null, order: (r) => heatAt(r.scoring?.heat_score) },
    {
      ...plain, key: 'tags', name: 'Tags', type: 'array', sortable: false, updatable: true, operators: OPERATORS.choice,
      allowedValues: tags.map((t) => ({ key: t.id, display_value: t.name })),
      read: (r) => r.tags.map((name) => name.toLowerCase()), stored: (key) => tagNames.get(key.toLowerCase()) ?? key,
    },
    { ...plain, key: 'created_at', name: 'Created At', type: 'datetime', sortable: true, updatable: false, operators: OPERATORS.datetime, read: (r) => r.created_at, order: (r) => instantKey(r.created_at) },
    { ...plain, key: 'updated_at', name: 'Updated At', type: 'datetime', sortable: true, updatable: false, operators: OPERATORS.datetime, read: (r) => r.updated_at, order: (r) => instantKey(r.updated_at) },
  ];
  return catalogue('accounts', fields, (r) => r.id);
}
