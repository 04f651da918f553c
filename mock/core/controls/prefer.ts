import type { Query } from '../http/request';
import parsePreferHeader from 'parse-prefer-header';
import { ApiError } from '../errors';
import type { Fault } from './scenarios/types';

/** What a request asked for through `Prefer` (or the `__code`/`__example`/`__dynamic` query fallbacks). */
export interface Controls {
  /** `code=<status>`: answer with this status (one the operation declares). */
  code?: number;
  /** `example=<name>`: answer with this named example of the spec. */
  example?: string;
  /** `dynamic=false`: answer with the spec's static example instead of generated data. */
  dynamic?: boolean;
  /** `seed=<n>`: generate this response from this seed alone. */
  seed?: number;
  /** `delay=<ms>`: wait this long before answering. */
  delayMs?: number;
  /** `scenario=<name>`: run this request under a scenario. */
  scenario?: string;
  /** `fault=<fault>`: connection-reset, empty-response or timeout. */
  fault?: Fault;
}

/** The controls a request may set, in the order `Preference-Applied` lists them. */
export const CONTROL_NAMES = ['code', 'example', 'dynamic', 'seed', 'delay', 'scenario', 'fault'] as const;
const FAULTS: readonly Fault[] = ['connection-reset', 'empty-response', 'timeout'];
const MAX_DELAY_MS = 600_000;

function invalid(name: string, value: string, expected: string, source: string): ApiError {
  return new ApiError(422, 'validation_error', `Invalid ${source} preference ${name}=${value}: expected ${expected}.`, [
    { loc: source === 'Prefer' ? ['header', 'prefer'] : ['query', `__${name}`], msg: `${name} must be ${expected}`, type: 'preference_invalid' },
  ]);
}

function integer(name: string, value: string, min: number, max: number, source: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw invalid(name, value, `an integer from ${min} to ${max}`, source);
  return n;
}

function parseValues(values: Record<string, string | true | undefined>, source: string): Controls {
  const controls: Controls = {};
  const text = (name: string) => {
    const value = values[name];
    if (value === true || value === '') throw invalid(name, '', 'a value', source);
    return value;
  };
  const code = text('code');
  if (code !== undefined) controls.code = integer('code', code, 100, 599, source);
  const example = text('example');
  if (example !== undefined) controls.example = example;
  const dynamic = text('dynamic');
  if (dynamic !== undefined) {
    if (dynamic !== 'true' && dynamic !== 'false') throw invalid('dynamic', dynamic, 'true or false', source);
    controls.dynamic = dynamic === 'true';
  }
  const seed = text('seed');
  if (seed !== undefined) controls.seed = integer('seed', seed, 0, 2 ** 32 - 1, source);
  const delay = text('delay');
  if (delay !== undefined) controls.delayMs = integer('delay', delay, 0, MAX_DELAY_MS, source);
  const scenario = text('scenario');
  if (scenario !== undefined) controls.scenario = scenario;
  const fault = text('fault');
  if (fault !== undefined) {
    if (!FAULTS.includes(fault as Fault)) throw invalid('fault', fault, FAULTS.join(', '), source);
    controls.fault = fault as Fault;
  }
  return controls;
}

const first = (value: unknown): string | undefined => (Array.isArray(value) ? first(value[0]) : typeof value === 'string' ? value : undefined);

/**
 * Reads the request's controls, Prism-compatible: the `Prefer` header (RFC 7240, parsed with
 * parse-prefer-header) wins; without it, the `__code`, `__example`, `__dynamic` (and our `__seed`,
 * `__delay`, `__scenario`, `__fault`) query parameters. Unknown preferences are ignored, as RFC 7240
 * asks; a malformed value of a known one is a 422.
 */
export function readControls(header: string | undefined, query: Query): Controls | undefined {
  if (header) {
    const parsed = parsePreferHeader(header) as Record<string, string | true>;
    return parseValues(parsed, 'Prefer');
  }
  let values: Record<string, string> | undefined;
  for (const name of CONTROL_NAMES) {
    const value = first(query[`__${name}`]);
    if (value !== undefined) (values ??= {})[name] = value;
  }
  return values && parseValues(values, 'query');
}
