import type { ErrorObject } from '../../../spec/validators';
import type { ValidationErrorItem } from '../types';
import { HEADER_NAME_PATTERN, HEADER_VALUE_PATTERN } from '../http/header-rules';

type Loc = (string | number)[];

const TYPE_MESSAGES: Record<string, [string, string]> = {
  string: ['Input should be a valid string', 'string_type'],
  integer: ['Input should be a valid integer', 'int_type'],
  number: ['Input should be a valid number', 'float_type'],
  boolean: ['Input should be a valid boolean', 'bool_type'],
  array: ['Input should be a valid list', 'list_type'],
  object: ['Input should be a valid dictionary', 'dict_type'],
};

const FORMAT_MESSAGES: Record<string, [string, string]> = {
  uuid: ['Input should be a valid UUID', 'uuid_parsing'],
  date: ['Input should be a valid date in the format YYYY-MM-DD', 'date_parsing'],
  'date-time': ['Input should be a valid datetime in ISO 8601 format', 'datetime_parsing'],
  email: ['Input should be a valid email address', 'value_error'],
};

function pathSegments(instancePath: string): Loc {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function typeNames(error: ErrorObject): string[] {
  const t = error.params.type as string | string[];
  return (Array.isArray(t) ? t : String(t).split(',')).filter((n) => n !== 'null');
}

/** A Pydantic-style message and type for one ajv error, or undefined for errors that only echo others. */
function describe(error: ErrorObject, atRoot: boolean): [string, string] | undefined {
  switch (error.keyword) {
    case 'required':
      return ['Field required', 'missing'];
    case 'type': {
      const names = typeNames(error);
      if (names.length === 0) return undefined; // the `null` branch of a nullable field
      if (names[0] === 'object' && atRoot) {
        return ['Input should be a valid dictionary or object to extract fields from', 'model_attributes_type'];
      }
      const known = names.length === 1 ? TYPE_MESSAGES[names[0]] : undefined;
      return known ?? [`Input should be one of the types ${names.join(', ')}`, 'type_error'];
    }
    case 'format':
      return FORMAT_MESSAGES[String(error.params.format)] ?? [`Input should match format ${error.params.format}`, 'value_error'];
    case 'minimum':
      return [`Input should be greater than or equal to ${error.params.limit}`, 'greater_than_equal'];
    case 'maximum':
      return [`Input should be less than or equal to ${error.params.limit}`, 'less_than_equal'];
    case 'minLength':
      return [`String should have at least ${error.params.limit} characters`, 'string_too_short'];
    case 'maxLength':
      return [`String should have at most ${error.params.limit} characters`, 'string_too_long'];
    case 'enum':
      return [`Input should be ${(error.params.allowedValues as unknown[]).map((v) => `'${v}'`).join(', ')}`, 'enum'];
    case 'const':
      return [`Input should be '${error.params.allowedValue}'`, 'literal_error'];
    case 'additionalProperties':
      return ['Extra inputs are not permitted', 'extra_forbidden'];
    case 'pattern':
    case 'not':
      if (error.params.pattern === HEADER_NAME_PATTERN) {
        return ['Not a valid HTTP header name: use letters, digits and !#$%&\'*+-.^_`|~ only (no spaces or colons)', 'header_name'];
      }
      if (error.params.pattern === HEADER_VALUE_PATTERN) {
        return ['Not a valid HTTP header value: use tab, printable ASCII or Latin-1 characters only (no line breaks, nothing past U+00FF)', 'header_value'];
      }
      if (error.propertyName !== undefined || error.params.propertyName !== undefined) {
        return ['Custom field keys must be custom_field_ followed by a UUID', 'custom_field_key'];
      }
      return [`String should match pattern '${error.params.pattern ?? ''}'`, 'string_pattern_mismatch'];
    case 'anyOf':
    case 'oneOf':
    case 'allOf':
    case 'if':
    case 'then':
    case 'propertyNames':
      return undefined; // summaries of branch errors reported on their own
    default:
      return [error.message ?? `failed ${error.keyword}`, error.keyword];
  }
}

function locOf(error: ErrorObject, prefix: Loc): Loc {
  const loc = [...prefix, ...pathSegments(error.instancePath)];
  if (error.keyword === 'required') loc.push(String(error.params.missingProperty));
  else if (error.keyword === 'additionalProperties') loc.push(String(error.params.additionalProperty));
  const propertyName = (error.propertyName ?? error.params.propertyName) as string | undefined;
  if (propertyName !== undefined) loc.push(propertyName);
  return loc;
}

/**
 * Turns ajv errors into FastAPI/Pydantic-style `details`: one entry per failing field (`loc`, `msg`,
 * `type`), the most specific error for each, nullable-branch noise dropped.
 */
export function detailsFromAjv(errors: readonly ErrorObject[], prefix: Loc): ValidationErrorItem[] {
  const byLoc = new Map<string, ValidationErrorItem>();
  for (const error of errors) {
    const loc = locOf(error, prefix);
    const described = describe(error, loc.length === prefix.length);
    if (!described) continue;
    const key = JSON.stringify(loc);
    if (!byLoc.has(key)) byLoc.set(key, { loc, msg: described[0], type: described[1] });
  }
  // A nullable object with a bad member fails both branches: keep the member, drop the parent's type error.
  const keys = [...byLoc.keys()];
  for (const key of keys) {
    const prefixOf = key.slice(0, -1) + ',';
    if (byLoc.get(key)!.type.endsWith('_type') && keys.some((other) => other !== key && other.startsWith(prefixOf))) {
      byLoc.delete(key);
    }
  }
  return [...byLoc.values()];
}
