import { pointer, resolveRef, type OpenApiDocument } from '../../spec/document';
import type { Operation } from '../../spec/operations';
import type { MockApp } from '../adapters/express/app';
import { createRandom } from '../core/generate/random';
import { FIXTURE } from './helpers';

/** One generated request, and what its sender may expect. */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  operation?: Operation;
  /** It asked for something that may answer 5xx (Prefer/query code or example, a failing scenario). */
  may5xx: boolean;
  /** It asked for a fault (the connection may break instead of answering). */
  mayBreak: boolean;
}

type Schema = Record<string, unknown>;
const ID = FIXTURE.accounts.acme;
const PROTO = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'];
const WEIRD: unknown[] = [null, true, 0, -1, 1.5, 1e308, '', ' ', '\u0000', '💼', '../../etc/passwd', '<script>', [], [null], {}, { a: 1 }, '2026-02-30',
  `urn:uuid:${ID}`, `{${ID.toUpperCase()}}`, ID.replace(/-/g, ''), 'x'.repeat(3000), ...PROTO];
const ID_FORMS = [ID, `urn:uuid:${ID}`, `{${ID}}`, ID.replace(/-/g, ''), ID.toUpperCase(), 'not-a-uuid', '', 'constructor', '%2e%2e', `${ID}/..`];
const KEYS = [...Object.values(FIXTURE.keys), 'mks_short', 'sk_live_secret', ''];
const HOSTS = ['localhost', '127.0.0.1', '[::1]', 'rebind.attacker.example', 'app.localhost'];
const RAW_BODIES = ['', '{', '[]', '42', '"x"', 'null', '\ufeff{}', '{"__proto__":{"p":1}}', '{"constructor":{"prototype":{"p":1}}}',
  `{"name":"x","account_id":"${ID}","extra":${'['.repeat(6000)}${']'.repeat(6000)}}`, `{"name":"${'y'.repeat(70_000)}","account_id":"${ID}"}`];

/** A seeded generator of requests from the spec: valid, mutated and hostile bodies, headers, paths and controls. */
export function fuzzCorpus(app: MockApp, seed: number) {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const { document, operations } = app.mock.contract;
  const ops = [...operations.values()];
  const quiet = app.mock.scenarios.list().filter((s) => !s.latency && !(s.steps ?? []).some((st) => st.latency || st.fault === 'timeout'));

  /** A value that fits a schema (enough of one: the fuzz mutates it anyway). */
  const valueOf = (schema: unknown, depth = 0): unknown => {
    const node = resolveRef<Schema>(document as OpenApiDocument, schema ?? {});
    const branches = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
    if (branches) return valueOf(pick(branches), depth);
    const types = ([] as unknown[]).concat(node.type ?? 'object').filter((t) => t !== 'null');
    if (types.length < ([] as unknown[]).concat(node.type ?? []).length && chance(0.15)) return null;
    if (node.enum) return pick(node.enum as unknown[]);
    if (node.const !== undefined) return node.const;
    switch (pick(types)) {
      case 'string':
        return node.format === 'uuid' ? pick([ID, FIXTURE.users.marcus, FIXTURE.tags.expansion]) : node.format === 'date' ? '2026-09-30' : node.format === 'date-time' ? '2026-07-01T09:00:00Z' : 'Acme Corp - Expansion';
      case 'integer':
      case 'number':
        return Math.floor(random() * 1_000_000);
      case 'boolean':
        return chance(0.5);
      case 'array':
        return depth > 4 ? [] : Array.from({ length: Math.floor(random() * 3) }, () => valueOf(node.items, depth + 1));
      default: {
        const out: Record<string, unknown> = {};
        const required = new Set((node.required as string[]) ?? []);
        for (const [name, child] of Object.entries((node.properties as Record<string, unknown>) ?? {})) {
          if (required.has(name) || (depth < 4 && chance(0.5))) out[name] = valueOf(child, depth + 1);
        }
        return out;
      }
    }
  };

  const bodyFor = (op: Operation): { body: string | Buffer; type?: string } => {
    const schema = op.requestBody?.schemaPointer ? pointer(document, op.requestBody.schemaPointer) : {};
    const roll = random();
    if (roll < 0.08) return { body: pick(RAW_BODIES) };
    if (roll < 0.1) return { body: 'name=x', type: pick(['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) };
    const value = valueOf(schema) as Record<string, unknown>;
    if (roll > 0.45 && value && typeof value === 'object') {
      for (let m = 0; m < 1 + Math.floor(random() * 3); m++) {
        const keys = [...Object.keys(value), ...PROTO, 'custom_field_x', FIXTURE.customFields.seats, 'password'];
        value[pick(keys)] = chance(0.1) ? { nested: [valueOf(schema)] } : pick(WEIRD);
      }
    }
    return { body: JSON.stringify(value) };
  };

  const pathFor = (op: Operation): string => {
    let path = (chance(0.5) ? op.canonicalPath : op.path).replace(/\{[^}]+\}/g, () => encodeURIComponent(pick(ID_FORMS)).replace('%252e', '%2e'));
    if (chance(0.2)) {
      const controls = ['__code=500', '__code=404', '__example=complete', `__example=${pick(PROTO)}`, '__dynamic=false', '__seed=7', '__fault=bogus', 'access_token=t', '__code=abc'];
      path += `?${pick(controls)}`;
    }
    return path;
  };

  const preferFor = (op: Operation, request: FuzzRequest): string => {
    const statuses = [...op.responses.keys()];
    const examples = [...op.responses.values()].flatMap((r) => Object.keys(r.examples));
    const choice = pick(['code', 'example', 'dynamic', 'seed', 'scenario', 'fault', 'mixed', 'junk']);
    const prefer = {
      code: `code=${pick([...statuses, '299', '999', 'abc'])}`,
      example: `example=${pick([...examples, ...PROTO])}`,
      dynamic: `dynamic=${pick(['false', 'true', 'maybe'])}`,
      seed: `seed=${pick(['1', '4294967295', '-1'])}`,
      scenario: `scenario=${pick([...quiet.map((s) => s.name), 'constructor', 'nope'])}`,
      fault: `fault=${pick(['connection-reset', 'empty-response', 'bogus'])}`,
      mixed: `code=${pick(statuses)}, example=${pick(examples)}, delay=0`,
      junk: pick(['respond-async', '=', ';;;', 'wait=5, handling=lenient', `${'x'.repeat(500)}=1`]),
    }[choice]!;
    const fiveHundreds = new Set([...op.responses.values()].filter((r) => r.status.startsWith('5')).flatMap((r) => Object.keys(r.examples)));
    const failing = new Set(quiet.filter((sc) => (sc.steps ?? []).some((st) => (st.respond?.status ?? 0) >= 500)).map((sc) => sc.name));
    request.may5xx ||= /code=5/.test(prefer) || [...prefer.matchAll(/example=([^,\s]+)/g)].some((m) => fiveHundreds.has(m[1])) || [...prefer.matchAll(/scenario=([^,\s]+)/g)].some((m) => failing.has(m[1]));
    request.mayBreak ||= /fault=(connection-reset|empty-response)|scenario=(connection-reset|empty-response)/.test(prefer);
    return prefer;
  };

  const hostile = (): FuzzRequest => {
    const path = pick(['/', '/v1', '/v1/opportunities/../../__admin/state', '/%2e%2e/__admin/state', `/v1/opportunities/${'a'.repeat(4000)}`, '/v1/preview/opportunities//',
      '/__admin/nope', '/__admin/scenarios/constructor', '/__ADMIN/health', '/v1/opportunities/%E0%A4%A', '/favicon.ico', '/v1/preview/opportunities/../opportunities']);
    return { method: pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']), path, headers: { host: 'localhost' }, may5xx: false, mayBreak: false };
  };

  return (): FuzzRequest => {
    if (chance(0.08)) return hostile();
    const op = pick(ops);
    const request: FuzzRequest = { method: chance(0.04) ? pick(['PUT', 'DELETE', 'PATCH']) : op.method.toUpperCase(), path: pathFor(op), headers: {}, operation: op, may5xx: false, mayBreak: false };
    request.may5xx = /__code=5|__example=(internalError|serviceUnavailable)/.test(request.path);
    const key = chance(0.6) ? FIXTURE.keys.jane : pick(KEYS);
    if (key && !chance(0.05)) {
      if (chance(0.8)) request.headers.authorization = chance(0.95) ? `Bearer ${key}` : key;
      else request.headers['x-monaco-api-key'] = key;
    }
    if (chance(0.25)) request.headers.prefer = preferFor(op, request);
    if (chance(0.5)) request.headers['x-mock-session'] = pick(['a', 'b', 'c', 'checkout.spec.ts', 'constructor', '__proto__', 'bad session', 'x'.repeat(200)]);
    if (chance(0.1)) request.headers.origin = pick(['http://localhost:5173', 'https://attacker.example', 'null']);
    if (chance(0.05)) request.headers.host = pick(HOSTS);
    if (chance(0.05)) request.headers['idempotency-key'] = ID;
    if (chance(0.05)) request.headers[String('constructor')] = 'x';
    if (chance(0.03)) request.headers.cookie = 'session=secret';
    if (op.requestBody && request.method === op.method.toUpperCase()) {
      const { body, type } = bodyFor(op);
      request.body = chance(0.01) ? Buffer.from('not gzip') : body;
      request.headers['content-type'] = type ?? pick(['application/json', 'application/json', 'application/vnd.api+json', 'application/json; charset=utf-8']);
      if (Buffer.isBuffer(request.body)) request.headers['content-encoding'] = 'gzip';
    }
    return request;
  };
}
