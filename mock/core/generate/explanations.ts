import type { CustomFieldDefinition } from '../../../fixtures/types';
import type { Org } from '../state/directory';
import type { CustomFieldExplanation, OpportunityResponse } from '../types';
import { CUSTOM_FIELD_PREFIX } from '../types';
import { seeded } from './random';
import { EXPLANATION_REASONS, EXPLANATION_SOURCES } from './vocabulary';

/** A custom field's value as a seller reads it: option labels for selects, yes or no for booleans. */
function readable(field: CustomFieldDefinition | undefined, value: unknown): string {
  const label = (key: unknown) => field?.options?.find((o) => o.key === key)?.label ?? String(key);
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return field?.type === 'select' ? label(value) : String(value);
}

/**
 * The 2026-08-19 detail response's `custom_field_explanations`: for each custom field of the opportunity that
 * has a value, the AI's reasoning, written from the sales vocabulary, with how confident it is and where it
 * read it (notes at the account's domain). Seeded by the mock's seed, the opportunity and the field, so a
 * GET answers the same every time.
 */
export function customFieldExplanations(org: Org, data: OpportunityResponse, seed: number): Record<string, CustomFieldExplanation> {
  const explanations: Record<string, CustomFieldExplanation> = {};
  const domain = org.accounts.get(data.account_id.toLowerCase())?.domain ?? 'notes.example.com';
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (!key.startsWith(CUSTOM_FIELD_PREFIX) || key === 'custom_field_explanations' || value == null || (Array.isArray(value) && value.length === 0)) continue;
    const field = org.customFields.get(key.slice(CUSTOM_FIELD_PREFIX.length).toLowerCase());
    explanations[key] = seeded([seed, 'explanation', data.id.toLowerCase(), key], (f) => ({
      title: 'Reasoning',
      body: f.helpers.arrayElement(EXPLANATION_REASONS).replace('{value}', readable(field, value)),
      confidence: f.helpers.weightedArrayElement([{ value: 'high', weight: 5 }, { value: 'medium', weight: 3 }, { value: 'low', weight: 1 }]),
      citations: f.helpers.arrayElements(EXPLANATION_SOURCES, { min: 0, max: 2 }).map((source) => ({
        url: `https://${domain}/${source.path}-${f.number.int({ min: 10, max: 99 })}`,
        title: source.title,
        excerpts: f.helpers.arrayElements(source.excerpts, { min: 1, max: 2 }),
      })),
    }));
  }
  return explanations;
}
