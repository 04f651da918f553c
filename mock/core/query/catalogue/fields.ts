import { isoSeconds } from '../../state/clock';
import type { EnumValueOption, FieldSchemaResponse, FieldType, FilterCondition } from '../../types';

/** A record's value as filters compare it and sorts order it. */
export type Comparable = string | number | boolean | readonly string[] | null;

/**
 * One field of an entity: what `GET /v1/schemas/{entity}` says about it and how the list endpoints read it
 * from a record. The schema endpoint and the filter engine both read these, so they cannot disagree.
 */
export interface Field<R> {
  key: string;
  name: string;
  type: FieldType;
  /** The object field it belongs to (`estimated_value` for `amount`), or null. */
  parent: string | null;
  filterable: boolean;
  sortable: boolean;
  /** Whether the entity's update writes it. */
  updatable: boolean;
  operators: readonly FilterCondition[];
  /** The keys `is` and `is_not` take, with their labels (for dates: semantic periods). */
  allowedValues: readonly EnumValueOption[] | null;
  /** The custom field's id, for `custom_field_<uuid>` fields. */
  customFieldId: string | null;
  /**
   * The record's value, as the field's type compares it: a string (for `enum` the allowed value's key, for
   * `uuid` its canonical form, lower case and hyphenated, for `datetime` the stored ISO 8601 text), a number, a boolean, a list of strings
   * (`array`), or null.
   */
  read(record: R): Comparable;
  /** What `read` gives for a record holding an allowed value (a tag id → its lower-case name). Default: the key (for `uuid`, its canonical form). */
  stored?(key: string): string;
  /** The sort key when it is not `read`'s value (a stage's place in the pipeline). */
  order?(record: R): string | number | null;
}

/** An entity's fields, in the order the schema endpoint lists them. */
export interface Catalogue<R> {
  /** Monaco's entity name: `opportunities`, `accounts`. */
  entity: string;
  fields: readonly Field<R>[];
  byKey: ReadonlyMap<string, Field<R>>;
  /** The record's id, the last sort key (ties are broken by id, ascending). */
  idOf(record: R): string;
}

export function catalogue<R>(entity: string, fields: Field<R>[], idOf: (record: R) => string): Catalogue<R> {
  return { entity, fields, byKey: new Map(fields.map((f) => [f.key, f])), idOf };
}

/** The conditions each kind of field allows (as Monaco's 2026-08-19 schema examples list them). */
export const OPERATORS = {
  string: ['contains', 'not_contains', 'equals', 'not_equals', 'is_empty', 'is_not_empty'],
  text: ['contains', 'not_contains', 'is_empty', 'is_not_empty'],
  number: ['equals', 'not_equals', 'greater_than', 'less_than', 'greater_than_or_equals', 'less_than_or_equals', 'is_empty', 'is_not_empty'],
  choice: ['is', 'is_not', 'is_empty', 'is_not_empty'],
  id: ['is', 'is_not'],
  date: ['is', 'is_not', 'equals', 'not_equals', 'greater_than', 'less_than', 'greater_than_or_equals', 'less_than_or_equals', 'is_empty', 'is_not_empty'],
  datetime: ['equals', 'not_equals', 'greater_than', 'less_than', 'greater_than_or_equals', 'less_than_or_equals', 'is_empty', 'is_not_empty'],
  words: ['contains', 'not_contains', 'is_empty', 'is_not_empty'],
} as const satisfies Record<string, readonly FilterCondition[]>;

/** The semantic periods date fields take with `is` and `is_not` (see query/periods.ts). */
export const DATE_PERIODS: readonly EnumValueOption[] = [
  { key: 'previous_week', display_value: 'Previous week' },
  { key: 'previous_month', display_value: 'Previous month' },
  { key: 'previous_quarter', display_value: 'Previous quarter' },
];

/**
 * Whether a stored date-time is written as the API writes them, `2026-07-01T09:00:00Z` (so it orders as text):
 * checked by its separators, which is cheap enough to run on every record of a list.
 */
export const isCanonicalInstant = (value: string) =>
  value.length === 20 && value.charCodeAt(19) === 90 && value.charCodeAt(10) === 84 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 && value.charCodeAt(13) === 58 && value.charCodeAt(16) === 58;

/**
 * A stored date-time as a sort key that orders as text: as it is when written the API's way, else (a data
 * set's `+05:30` offset, milliseconds) the same instant written that way, to the second.
 */
export function instantKey(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (isCanonicalInstant(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : isoSeconds(ms);
}

/** The field as `GET /v1/schemas/{entity}` lists it: every property present, null where it has none. */
export function fieldSchema(field: Field<unknown>): FieldSchemaResponse {
  return {
    name: field.name,
    key: field.key,
    type: field.type,
    parent: field.parent,
    filterable: field.filterable,
    sortable: field.sortable,
    updatable: field.updatable,
    allowed_operators: [...field.operators],
    custom_field_settings: field.customFieldId ? { id: field.customFieldId, is_ai_auto_filled: false } : null,
    enum_field_settings: field.allowedValues ? { allowed_values: field.allowedValues.map((v) => ({ ...v })) } : null,
  };
}
