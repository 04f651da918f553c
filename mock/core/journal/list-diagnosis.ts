import type { Diagnosis } from './journal';
import type { ValidationErrorItem } from '../types';

/** What a list request's own mistakes mean and how to fix them (filters, sort), or undefined for others. */
const LIST_RULES: Record<string, { rule: string; fix: (detail: ValidationErrorItem, entity: string) => string }> = {
  filter_field: { rule: 'filters.unknown-field', fix: (_d, entity) => `Filter on a field GET /v1/schemas/${entity} lists as filterable, by its key (custom fields as custom_field_<uuid>).` },
  filter_condition: { rule: 'filters.condition', fix: (d) => `Use a condition the field allows: ${d.msg.replace(/^.*Allowed: /, '')}.` },
  filter_value: { rule: 'filters.value', fix: (d, entity) => `${d.msg}. The values is/is_not take are the allowed_values keys of GET /v1/schemas/${entity}.` },
  filter_shape: { rule: 'filters.shape', fix: () => 'Send filters as a list of rules, or as one expression {"operator": "and"|"or", "filters": [...]} whose members are rules or expressions.' },
  too_many_filters: { rule: 'filters.too-large', fix: () => 'Send fewer rules (200 at most) or split the query.' },
  filters_too_deep: { rule: 'filters.too-large', fix: () => 'Nest expressions 10 deep at most; and/or of and/or rarely needs more than 3.' },
  sort_field: { rule: 'sort.unknown-field', fix: (_d, entity) => `Sort by a field GET /v1/schemas/${entity} lists as sortable, '-' in front for descending.` },
};

/** The entity a list path names (`/v1/opportunities/list` → `opportunities`). */
const entityOf = (path: string) => /^\/v1\/([a-z]+)\/list/.exec(path)?.[1] ?? 'opportunities';

/**
 * The diagnosis of a 422 from a list endpoint whose first problem is one of the filters' or sort's own (an
 * unknown field, a condition or value the field does not take, a shape, the size limits, a sort field).
 */
export function listDiagnosis(path: string, message: string, details: readonly ValidationErrorItem[]): Diagnosis | undefined {
  const first = details.find((d) => d.type in LIST_RULES) ?? (details[0]?.loc[1] === 'filters' && details[0]?.type === 'list_type' ? { ...details[0], type: 'filter_shape' } : undefined);
  if (!first) return undefined;
  const entity = entityOf(path);
  const { rule } = LIST_RULES[first.type];
  const fixes = [...new Set(details.filter((d) => d.type in LIST_RULES).map((d) => LIST_RULES[d.type].fix(d, entity)))];
  return { rule, problem: message, fix: (fixes.length ? fixes : [LIST_RULES[first.type].fix(first, entity)]).join(' ') };
}
