import { pointer, resolveRef } from '../../../spec/openapi';
import { hintFor } from './hints';
import type { Diagnosis, JournalRecord } from './journal';
import type { MockRuntime } from '../runtime';
import { listDiagnosis } from './list-diagnosis';
import type { PublicErrorResponse, ValidationErrorItem } from '../types';

export type { Diagnosis };

/** Edit distance, to suggest the route a mistyped path meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

const FIELD_FIXES: Record<string, (field: string) => string> = {
  missing: (f) => `add "${f}"`,
  uuid_parsing: (f) => `send "${f}" as a UUID such as 8d116ece-1738-47d9-bd9c-172411e20b8f`,
  date_parsing: (f) => `send "${f}" as YYYY-MM-DD`,
  string_type: (f) => `send "${f}" as a string`,
  int_type: (f) => `send "${f}" as an integer (minor units: 5000000 = 50,000.00)`,
  list_type: (f) => `send "${f}" as a list`,
  dict_type: (f) => `send "${f}" as an object`,
  extra_forbidden: (f) => `remove "${f}"`,
  custom_field_key: (f) => `name "${f}" custom_field_<uuid of the field>`,
};

function fieldFix(detail: ValidationErrorItem): string {
  const field = detail.loc.slice(1).join('.') || 'the body';
  return FIELD_FIXES[detail.type]?.(field) ?? `${field}: ${detail.msg}`;
}

const bodyFields = new WeakMap<MockRuntime, Map<string, ReadonlySet<string>>>();

/** The top-level fields an operation's request body declares (from the spec, once per operation). */
function bodyFieldsOf(runtime: MockRuntime, operationId: string): ReadonlySet<string> {
  let byOperation = bodyFields.get(runtime);
  if (!byOperation) bodyFields.set(runtime, (byOperation = new Map()));
  let fields = byOperation.get(operationId);
  if (!fields) {
    const pointerTo = runtime.contract.operation(operationId).requestBody?.schemaPointer;
    const schema = pointerTo ? resolveRef<{ properties?: object }>(runtime.contract.document, pointer(runtime.contract.document, pointerTo) as object) : undefined;
    fields = new Set(Object.keys(schema?.properties ?? {}));
    byOperation.set(operationId, fields);
  }
  return fields;
}

function closestRoute(runtime: MockRuntime, method: string, path: string): string {
  const routes = [...runtime.contract.operations.values()].map((op) => `${op.method.toUpperCase()} ${op.path}`);
  const asked = `${method} ${path}`.slice(0, 120); // a 16 KB path would cost 16 KB × each route
  return routes.map((route) => [route, distance(asked, route)] as const).sort((a, b) => a[1] - b[1])[0][0];
}

/** How to turn off the scenario that shaped a request: where it was activated decides which call does it. */
function turnOff(runtime: MockRuntime, request: JournalRecord, scenario: string): string {
  if (request.applied.preferences.includes(`scenario=${scenario}`)) return `Remove scenario=${scenario} from the Prefer header (or the __scenario query parameter).`;
  // A session's own activation outlives the global deactivate, so name the session.
  const own = runtime.sessions.find(request.session)?.scenario === scenario;
  return `Deactivate the scenario (POST /__admin/scenarios/deactivate${own ? `?session=${encodeURIComponent(request.session)}` : ''}) or let its sequence run on.`;
}

/**
 * Near-miss diagnostics: for a rejected request, the rule it broke and how to fix it. Forced answers
 * (Prefer, stubs, scenarios) say which control forced them. An accepted request may get a hint (hints.ts).
 */
export function diagnose(runtime: MockRuntime, request: JournalRecord, status: number, body: unknown): Diagnosis | undefined {
  if (status < 400) return hintFor(request, (operationId) => bodyFieldsOf(runtime, operationId));
  const { applied } = request;
  if (applied.stub !== undefined || applied.preferences.some((p) => p.startsWith('code=') || p.startsWith('example='))) {
    if (applied.stub !== undefined) {
      return { rule: 'controls.stub', problem: `The ${status} was forced by one-shot stub #${applied.stub}.`, fix: 'Clear the stubs (DELETE /__admin/stubs) if it was not meant for this request.' };
    }
    return { rule: 'controls.prefer', problem: `The ${status} was forced by Prefer: ${applied.preferences.join(', ')}.`, fix: 'Remove the Prefer header (or the __code/__example query parameters).' };
  }
  if (status === 401) {
    const kind = request.identity;
    if (kind === 'missing') return { rule: 'auth.missing-key', problem: 'No API key was sent.', fix: 'Send Authorization: Bearer mks_<48 characters> (or x-monaco-api-key). The local key is mks_local_dev_key_jane_smith_northwind_analytics_000.' };
    if (kind === 'revoked') return { rule: 'auth.revoked-key', problem: 'The API key is revoked in the fixtures.', fix: 'Use an active key of the org: docs/auth.md lists the embedded fixtures\' keys, and the org files of --fixtures hold their own.' };
    return { rule: 'auth.malformed-key', problem: 'The API key is not mks_ followed by 48 URL-safe characters.', fix: 'Copy the whole key, including the mks_ prefix.' };
  }
  const error = (body as PublicErrorResponse | undefined)?.error;
  if (!error) return undefined;
  if (applied.scenario) {
    const scenario = runtime.scenarios.get(applied.scenario);
    if (scenario?.steps?.some((s) => s.respond?.status === status)) {
      return { rule: 'controls.scenario', problem: `The ${status} comes from scenario "${applied.scenario}": ${scenario.description}`, fix: turnOff(runtime, request, applied.scenario) };
    }
  }
  switch (error.code) {
    case 'forbidden':
      return { rule: 'auth.read-only-key', problem: error.message, fix: 'Use a key with access read_write, or deactivate the read-only scenario.' };
    case 'method_not_allowed': {
      const list = /^\/v1\/(opportunities|accounts)\/?$/.exec(request.path)?.[1];
      const hint = list && request.method === 'GET' ? ` Monaco lists ${list} with POST /v1/${list}/list (filters, sort and pages in the body).` : '';
      return { rule: 'route.method', problem: error.message, fix: `Use ${request.allowed}.${hint}` };
    }
    case 'conflict':
      return { rule: 'tags.duplicate', problem: error.message, fix: 'Use the existing tag (GET /v1/tags/?object=…), or create the tag under another name.' };
    case 'payload_too_large':
      return { rule: 'body.too-large', problem: error.message, fix: `Send a smaller body, or start the mock with --body-limit <bytes> (now ${runtime.options.bodyLimit}).` };
    case 'idempotency_conflict':
      return { rule: 'idempotency.conflict', problem: error.message, fix: 'Resend the identical body with this key, or use a new idempotency_key for a new opportunity.' };
    case 'rate_limited':
      return { rule: 'rate-limit.exceeded', problem: error.message, fix: 'Wait Retry-After seconds, or run without --enforce-rate-limit.' };
    case 'not_found':
      if (error.message.startsWith('Prefer:') || error.message.includes('names an unknown scenario')) {
        return { rule: 'controls.unknown', problem: error.message, fix: 'Use a status, example or scenario the message lists.' };
      }
      if (!request.operation) return { rule: 'route.unknown', problem: error.message, fix: `Did you mean ${closestRoute(runtime, request.method, request.path)}?` };
      switch (request.operation.operationId) {
        case 'getAccount':
          return { rule: 'account.not-found', problem: error.message, fix: 'Use an account of the key\'s org: POST /v1/accounts/list lists them (see fixtures/orgs/ or the data set).' };
        case 'getFieldSchemas':
          return { rule: 'schemas.unknown-entity', problem: error.message, fix: 'Ask for /v1/schemas/opportunities or /v1/schemas/accounts (Monaco names entities in the plural).' };
        case 'createOpportunity':
        case 'createOpportunityGa':
          return { rule: 'references.unknown-account', problem: error.message, fix: 'Use an account of the org (see fixtures/orgs/), or run with --references lenient.' };
        default:
          return { rule: 'opportunity.not-found', problem: error.message, fix: 'Create it first with the same X-Mock-Session and an API key of the same org (the store is in memory), and check it was not deleted.' };
      }
    case 'validation_error': {
      const details = error.details ?? [];
      const types = new Set(details.map((d) => d.type));
      if (types.has('json_invalid')) return { rule: 'body.json', problem: error.message, fix: `Fix the JSON near ${details[0].msg.replace(/^JSON decode error: /, '')}.` };
      if (types.has('model_attributes_type')) return { rule: 'body.content-type', problem: error.message, fix: 'Send a JSON object with Content-Type: application/json.' };
      if (types.has('preference_invalid')) return { rule: 'controls.prefer-invalid', problem: error.message, fix: 'Fix the Prefer header (docs/prefer.md: code, example, dynamic, seed, delay, scenario, fault).' };
      if (details.some((d) => d.loc[0] === 'header')) return { rule: 'headers.session', problem: error.message, fix: 'Use an X-Mock-Session of 1-128 letters, digits or . _ : @ / -.' };
      const list = listDiagnosis(request.path, error.message, details);
      if (list) return list;
      if (details[0]?.loc[0] === 'query') return { rule: 'query.schema', problem: error.message, fix: `${details.map((d) => `query parameter ${d.loc[1]}: ${d.msg}`).join('; ')}.` };
      if (types.has('unknown_reference') || types.has('custom_field_value')) {
        return { rule: 'references.unknown', problem: error.message, fix: `${details.map((d) => d.msg).join('; ')}; or run with --references lenient.` };
      }
      return { rule: details[0]?.loc[0] === 'path' ? 'path.schema' : 'body.schema', problem: error.message, fix: `${details.map(fieldFix).join('; ')}.` };
    }
    default:
      return { rule: `error.${error.code}`, problem: error.message, fix: 'Retry the request.' };
  }
}
