import { resolveRef, type JsonSchema, type OpenApiDocument } from '../../spec/document';
import { matchers } from './pact';

/** How the API writes timestamps (`2026-07-01T09:00:00Z`), as a pact (Java SimpleDateFormat) pattern. */
export const DATETIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ssX";
/** How the API writes dates (`2026-09-30`). */
export const DATE_FORMAT = 'yyyy-MM-dd';

const jsonType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;

/** The branch of a schema that describes this (non-null) example: `anyOf` members and type arrays are narrowed. */
function narrow(doc: OpenApiDocument, schema: unknown, example: unknown): JsonSchema {
  const resolved = resolveRef<JsonSchema>(doc, schema) ?? {};
  const anyOf = resolved.anyOf as unknown[] | undefined;
  if (anyOf) {
    const branch = anyOf.map((s) => resolveRef<JsonSchema>(doc, s)).find((s) => s.type !== 'null');
    return narrow(doc, branch, example);
  }
  const types = Array.isArray(resolved.type) ? (resolved.type as string[]) : [resolved.type as string];
  const actual = jsonType(example);
  const type = types.find((t) => t === actual || (t === 'number' && actual === 'integer')) ?? types[0];
  return { ...resolved, type };
}

/** The schema of an object's property: declared, else the first matching `patternProperties`. */
function propertySchema(schema: JsonSchema, key: string): unknown {
  const declared = (schema.properties as Record<string, unknown> | undefined)?.[key];
  if (declared) return declared;
  const patterns = Object.entries((schema.patternProperties as Record<string, unknown> | undefined) ?? {});
  return patterns.find(([pattern]) => new RegExp(pattern).test(key))?.[1] ?? {};
}

/**
 * A pact template for an example value, with the matcher its schema implies: UUIDs by regex, timestamps and
 * dates by format, other scalars by type, arrays by item type (any length), objects key by key. `null`
 * examples stay exact `null`: the API sends nullable fields without a value as `null`.
 */
export function templateFor(doc: OpenApiDocument, schema: unknown, example: unknown): unknown {
  if (example === null || example === undefined) return null;
  const s = narrow(doc, schema, example);
  switch (s.type) {
    case 'string': {
      const text = String(example);
      if (s.format === 'uuid') return matchers().uuid(text);
      if (s.format === 'date-time') return matchers().datetime(DATETIME_FORMAT, text);
      if (s.format === 'date') return matchers().date(DATE_FORMAT, text);
      return matchers().string(text);
    }
    case 'integer':
      return matchers().integer(example as number);
    case 'number':
      return matchers().number(example as number);
    case 'boolean':
      return matchers().boolean(example as boolean);
    case 'array': {
      const items = example as unknown[];
      return items.length === 0 ? [] : matchers().atLeastLike(templateFor(doc, s.items, items[0]), 0, 1);
    }
    case 'object':
      return Object.fromEntries(Object.entries(example as object).map(([key, value]) => [key, templateFor(doc, propertySchema(s, key), value)]));
    default:
      return matchers().like(example);
  }
}
