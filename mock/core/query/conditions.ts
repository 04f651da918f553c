import { Comparable, Field, isCanonicalInstant } from './catalogue/fields';
import type { FilterCondition } from '../types';
import { periodOf } from './periods';
import { canonicalUuid } from '../pipeline/uuid';
import { isoSeconds } from '../state/clock';

/** A compiled condition: whether a record's value passes. */
export type Test = (value: Comparable) => boolean;

/** Why a rule cannot run: the part of the rule at fault (`loc` ends with it) and what to do. */
export interface RuleProblem {
  at: 'condition' | 'value';
  msg: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v);
const list = (values: readonly string[], max = 12) => (values.length > max ? `${values.slice(0, max).join(', ')}, … (${values.length} in all)` : values.join(', '));
const empty = (v: Comparable) => v === null || v === '' || (Array.isArray(v) && v.length === 0);
const NEGATED = new Set<FilterCondition>(['is_not', 'not_equals', 'not_contains']);

/** `greater_than` & co. on numbers, dates (`YYYY-MM-DD` compare as text) and instants. */
function compare(condition: FilterCondition, bound: string | number): Test {
  switch (condition) {
    case 'greater_than': return (v) => v !== null && (v as string | number) > bound;
    case 'less_than': return (v) => v !== null && (v as string | number) < bound;
    case 'greater_than_or_equals': return (v) => v !== null && (v as string | number) >= bound;
    case 'less_than_or_equals': return (v) => v !== null && (v as string | number) <= bound;
    case 'equals': return (v) => v === bound;
    default: return (v) => v !== bound; // not_equals: a record without a value is "not equal" too
  }
}

/**
 * `greater_than` & co. on stored date-times against an instant: as text when the record is written the API's
 * way and the bound falls on a whole second (the common case, and cheap), else by parsing the record's value.
 */
function compareInstants(condition: FilterCondition, boundMs: number): Test {
  const byMs = compare(condition, boundMs);
  if (boundMs % 1000 !== 0) return (v) => byMs(typeof v === 'string' ? Date.parse(v) : null);
  const byText = compare(condition, isoSeconds(boundMs));
  return (v) => (typeof v === 'string' && isCanonicalInstant(v) ? byText(v) : byMs(typeof v === 'string' ? Date.parse(v) : null));
}

/** The keys of an `is`/`is_not` value (one key, or a non-empty list of them), or why it is not one. */
function keysOf(field: Field<unknown>, condition: FilterCondition, value: unknown, check: (key: string) => string | undefined): string[] | RuleProblem {
  const keys = Array.isArray(value) ? value : [value];
  if (keys.length === 0 || !keys.every((k): k is string => typeof k === 'string')) {
    return { at: 'value', msg: `With '${condition}', '${field.key}' takes a key or a list of keys, such as ${JSON.stringify(field.allowedValues?.[0]?.key ?? 'a UUID')}` };
  }
  for (const key of keys) {
    const problem = check(key);
    if (problem) return { at: 'value', msg: problem };
  }
  return keys;
}

/**
 * Compiles one rule's condition and value for a field into a test, or says what is wrong with it. Strings
 * compare without regard to case; `is`/`is_not` take an allowed key or a list of them (any of which matches);
 * negative conditions (`is_not`, `not_equals`, `not_contains`) let records without a value through.
 */
export function compileCondition(field: Field<unknown>, condition: FilterCondition, value: unknown, nowMs: number): Test | RuleProblem {
  if (!field.operators.includes(condition)) {
    return { at: 'condition', msg: `Field '${field.key}' does not allow '${condition}'. Allowed: ${field.operators.join(', ')}` };
  }
  if (condition === 'is_empty') return empty;
  if (condition === 'is_not_empty') return (v) => !empty(v);
  const negate = NEGATED.has(condition);
  const allowed = new Set(field.allowedValues?.map((v) => v.key) ?? []);
  const notAllowed = (key: string) => `'${key}' is not an allowed value of '${field.key}'. Allowed: ${list([...allowed])}`;
  let test: Test;
  switch (field.type) {
    case 'string':
    case 'text': {
      if (typeof value !== 'string') return { at: 'value', msg: `'${field.key}' is text: send a string` };
      const needle = value.toLowerCase();
      test = condition === 'contains' || condition === 'not_contains'
        ? (v) => typeof v === 'string' && v.toLowerCase().includes(needle)
        : (v) => typeof v === 'string' && v.toLowerCase() === needle;
      break;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { at: 'value', msg: `'${field.key}' is a number: send a number` };
      return compare(condition, value);
    case 'boolean':
      if (typeof value !== 'boolean') return { at: 'value', msg: `'${field.key}' is a boolean: send true or false` };
      test = (v) => v === value;
      break;
    case 'date':
      if (condition === 'is' || condition === 'is_not') {
        const period = typeof value === 'string' ? periodOf(value, nowMs) : undefined;
        if (!period) return { at: 'value', msg: `With '${condition}', '${field.key}' takes a period: ${list([...allowed])}. Compare with a YYYY-MM-DD date using equals, greater_than, …` };
        test = (v) => typeof v === 'string' && v >= period[0] && v < period[1];
        break;
      }
      if (!isDate(value)) return { at: 'value', msg: `'${field.key}' is a date: send YYYY-MM-DD` };
      return compare(condition, value);
    case 'datetime': {
      const ms = typeof value === 'string' && (DATE.test(value) ? isDate(value) : /^\d{4}-\d{2}-\d{2}T/.test(value)) ? Date.parse(value) : NaN;
      if (Number.isNaN(ms)) return { at: 'value', msg: `'${field.key}' is a date-time: send an ISO 8601 timestamp such as 2026-07-01T09:00:00Z (or a date, meaning its midnight UTC)` };
      return compareInstants(condition, ms);
    }
    case 'uuid':
    case 'enum': {
      const check = field.type === 'uuid' && !field.allowedValues?.length
        ? (key: string) => (canonicalUuid(key) ? undefined : `'${field.key}' takes a UUID`)
        : field.type === 'uuid'
          ? (key: string) => (canonicalUuid(key) ? undefined : `'${field.key}' takes a UUID: one of ${list([...allowed])}`)
          : (key: string) => (allowed.has(key) ? undefined : notAllowed(key));
      const keys = keysOf(field, condition, value, check);
      if (!Array.isArray(keys)) return keys;
      // uuid fields read their values in canonical form (lower case, hyphenated), whatever form the filter sends
      const wanted = new Set(field.type === 'uuid' ? keys.map((k) => canonicalUuid(k)!) : keys.map((k) => (field.stored ? field.stored(k) : k)));
      test = (v) => typeof v === 'string' && wanted.has(v);
      break;
    }
    case 'array': {
      if (condition === 'contains' || condition === 'not_contains') {
        if (typeof value !== 'string') return { at: 'value', msg: `'${field.key}' holds text: send a string to look for` };
        const needle = value.toLowerCase();
        test = (v) => Array.isArray(v) && v.some((item) => item.toLowerCase().includes(needle));
        break;
      }
      const keys = keysOf(field, condition, value, (key) => (allowed.has(key) ? undefined : notAllowed(key)));
      if (!Array.isArray(keys)) return keys;
      const wanted = keys.map((k) => (field.stored ? field.stored(k) : k));
      test = (v) => Array.isArray(v) && wanted.some((w) => v.includes(w));
      break;
    }
    default:
      return { at: 'condition', msg: `Field '${field.key}' cannot be filtered` };
  }
  return negate ? (v) => !test(v) : test;
}
