import type { CustomFieldDefinition } from '../../../../fixtures/types';
import { CUSTOM_FIELD_PREFIX } from '../../types';
import { Comparable, DATE_PERIODS, Field, OPERATORS } from './fields';

type Record = { [key: string]: unknown };

const options = (field: CustomFieldDefinition) => (field.options ?? []).map((o) => ({ key: o.key, display_value: o.label }));
const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * A custom field of the org as a catalogue field, keyed `custom_field_<uuid>`: selects are enums of their
 * options, multi-selects arrays of them, text is a string, and numbers, dates and booleans are themselves.
 * Custom fields are always updatable (Monaco's schema says so).
 */
export function customField<R extends Record>(definition: CustomFieldDefinition): Field<R> {
  const key = `${CUSTOM_FIELD_PREFIX}${definition.id}`;
  const base = { key, name: definition.name, parent: null, filterable: true, updatable: true, customFieldId: definition.id, allowedValues: null };
  const value = (record: R): unknown => record[key];
  switch (definition.type) {
    case 'select': {
      const allowed = options(definition);
      const position = new Map(allowed.map((o, i) => [o.key, i] as const));
      return {
        ...base, type: 'enum', sortable: true, operators: OPERATORS.choice, allowedValues: allowed,
        read: (r) => asString(value(r)),
        order: (r) => { const v = asString(value(r)); return v === null ? null : (position.get(v) ?? allowed.length); },
      };
    }
    case 'multi_select':
      return {
        ...base, type: 'array', sortable: false, operators: OPERATORS.choice, allowedValues: options(definition),
        read: (r): Comparable => { const v = value(r); return Array.isArray(v) ? (v as string[]) : null; },
      };
    case 'text':
      return { ...base, type: 'string', sortable: true, operators: OPERATORS.string, read: (r) => asString(value(r)) };
    case 'number':
      return { ...base, type: 'number', sortable: true, operators: OPERATORS.number, read: (r) => { const v = value(r); return typeof v === 'number' ? v : null; } };
    case 'date':
      return { ...base, type: 'date', sortable: true, operators: OPERATORS.date, allowedValues: DATE_PERIODS, read: (r) => asString(value(r)) };
    case 'boolean':
      return { ...base, type: 'boolean', sortable: true, operators: OPERATORS.choice, read: (r) => { const v = value(r); return typeof v === 'boolean' ? v : null; } };
  }
}
