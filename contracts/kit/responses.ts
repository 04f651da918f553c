import type { Matcher, TemplateHeaders } from '@pact-foundation/pact';
import { CUSTOM_FIELD_PREFIX } from '../../mock/core/types';
import { normalizeStage } from '../../mock/core/generate/stages';
import type { ErrorCode, OpportunityCreateRequest } from '../../mock/core/types';
import { loadContract } from '../../spec/contract';
import { apiVersionInfo, type ApiVersion } from '../../spec/api-versions';
import { matchers } from './pact';
import { kitSpec } from './spec-data';
import { templateFor } from './template';

/** What the provider answers in an interaction: `opportunityResponse(...)`, `errorResponse(code)`, … */
export interface ExpectedResponse {
  status: number;
  headers?: TemplateHeaders;
  body?: unknown;
}

/** A create body as a pact template: each value exact, or a pact matcher (e.g. `anyIdempotencyKey()`). */
export type CreateRequestTemplate = { [K in keyof OpportunityCreateRequest]: OpportunityCreateRequest[K] | Matcher<unknown> };

/** Opportunity fields as pact templates (exact values or matchers), keyed by field or `custom_field_<uuid>`. */
export type OpportunityTemplate = Record<string, unknown>;

const declaredProperties = (schema: { properties?: Record<string, unknown> }) => schema.properties ?? {};

/** Throws, naming the field, when an override is neither a declared field nor a well-formed custom field. */
function checkFields(fields: OpportunityTemplate): void {
  const spec = kitSpec();
  const customFieldKey = loadContract().compiler.schema('CustomFieldKey');
  for (const field of Object.keys(fields)) {
    const declared = field in declaredProperties(spec.schemas.opportunity);
    if (declared || (field.startsWith(CUSTOM_FIELD_PREFIX) && customFieldKey(field))) continue;
    throw new Error(
      `opportunityResponse: "${field}" is not a field of OpportunityResponse in spec/openapi.yaml. ` +
        `Use one of ${spec.opportunityFields.join(', ')}, or custom_field_<uuid>.`,
    );
  }
}

/**
 * The 200 answer of a create or a get: `{ data, meta }` with every field the spec requires, each matched by
 * type (UUIDs, dates and timestamps by format) with the spec's example values. `fields` replaces fields with
 * exact values or matchers; pass `echoOf(request)` for what a create echoes.
 */
export function opportunityResponse(fields: OpportunityTemplate = {}): ExpectedResponse {
  checkFields(fields);
  const { document, schemas, opportunityFields, responseExample } = kitSpec();
  const properties = declaredProperties(schemas.opportunity);
  const example = responseExample.data as Record<string, unknown>;
  const data = Object.fromEntries(opportunityFields.map((field) => [field, templateFor(document, properties[field], example[field])]));
  const meta = templateFor(document, declaredProperties(schemas.item).meta, responseExample.meta);
  return { status: 200, body: { data: { ...data, ...fields }, meta } };
}

/** Options of `echoOf`. */
export interface EchoOptions {
  /**
   * The Monaco API version the provider answers as. Under 2026-08-19 (the default) a sent stage comes back as
   * its label, which depends on the org's pipeline: it is matched by type, with the embedded fixtures' label as
   * the example. Under 2026-07-31 it comes back exactly as sent.
   */
  apiVersion?: ApiVersion;
}

/** The stage a response carries for a sent one: exact under 2026-07-31, any string (example: its label) under 2026-08-19. */
function echoedStage(sent: unknown, apiVersion: ApiVersion | undefined): unknown {
  if (typeof sent !== 'string' || apiVersionInfo(apiVersion).stageNames === 'key') return sent;
  const wanted = normalizeStage(sent);
  const stage = kitSpec().defaultOrg.pipeline.stages.find((s) => normalizeStage(s.key) === wanted || normalizeStage(s.label) === wanted);
  return matchers().string(stage?.label ?? sent);
}

/**
 * The fields a create echoes from its request (decisions D6–D11): sent values exactly (absent nullable ones as
 * `null`; a sent stage as the API version writes it, see `EchoOptions`), `owner.id` from `owner_user_id`, one
 * tag name per tag id, and every `custom_field_<uuid>`. A left-out `stage` or owner is the server's choice:
 * matched by type, with the spec's minimal example as the example.
 */
export function echoOf(request: CreateRequestTemplate, options: EchoOptions = {}): OpportunityTemplate {
  const { document, schemas, echoedFields, responseExample, minimalResponseExample } = kitSpec();
  const properties = declaredProperties(schemas.opportunity);
  const defaults = minimalResponseExample.data;
  const fields: OpportunityTemplate = {};
  for (const field of echoedFields) {
    const sent = request[field];
    if (field === 'tags') {
      const names = responseExample.data.tags;
      fields.tags = (Array.isArray(sent) ? sent : []).map((_, i) => matchers().string(names[i % names.length]));
    } else if (field === 'stage' && sent == null) {
      fields.stage = templateFor(document, properties.stage, defaults.stage);
    } else if (field === 'stage') {
      fields.stage = echoedStage(sent, options.apiVersion);
    } else {
      fields[field] = sent ?? null;
    }
  }
  const owner = templateFor(document, properties.owner, request.owner_user_id == null ? defaults.owner : responseExample.data.owner) as object;
  fields.owner = request.owner_user_id == null ? owner : { ...owner, id: request.owner_user_id };
  for (const [key, value] of Object.entries(request)) if (key.startsWith(CUSTOM_FIELD_PREFIX)) fields[key] = value;
  return fields;
}

/** The same answer, marked as the replay of an earlier create with the same idempotency key. */
export function replayed(expected: ExpectedResponse): ExpectedResponse {
  const { name, value } = kitSpec().replayHeader;
  return { ...expected, headers: { ...expected.headers, [name]: value } };
}

/** Any idempotency key (a UUID, as clients generate them), with an example for the pact file. */
export function anyIdempotencyKey(example?: string): Matcher<string> {
  return matchers().uuid(example ?? String(kitSpec().requests.complete.idempotency_key));
}

/**
 * An error answer in Monaco's envelope, `{ error: { code, message } }`: the status declared for `code` and an
 * example message from the spec (any message matches). 401 and 422 have their own helpers.
 */
export function errorResponse(code: Exclude<ErrorCode, 'validation_error'>, message?: string): ExpectedResponse {
  const { errors } = kitSpec();
  if ((code as ErrorCode) === 'validation_error') {
    throw new Error('errorResponse("validation_error"): every 422 lists the failing fields; use validationErrorResponse([{ loc, type }]).');
  }
  const example = errors.get(code);
  if (!example) {
    throw new Error(`errorResponse("${code}"): spec/openapi.yaml has no example with this code, so its status is unknown. Codes with examples: ${[...errors.keys()].join(', ')}.`);
  }
  return { status: example.status, body: { error: { code, message: matchers().string(message ?? example.message) } } };
}

/** One failing field a 422 must list: where (`loc`) and why (`type`, e.g. `missing`, `uuid_parsing`). */
export interface ExpectedDetail {
  loc: (string | number)[];
  type: string;
  /** Example message; default the spec's example for this `type`. Any message matches. */
  msg?: string;
}

/** A 422 `validation_error` whose `details` are exactly these fields, in this order. */
export function validationErrorResponse(details: ExpectedDetail[]): ExpectedResponse {
  const { errors, detailExamples } = kitSpec();
  const fallback = [...detailExamples.values()][0];
  const exampleOf = (type: string) => detailExamples.get(type) ?? fallback;
  return {
    status: errors.get('validation_error')!.status,
    body: {
      error: {
        code: 'validation_error',
        message: matchers().string(exampleOf(details[0]?.type ?? '').message),
        details: details.map(({ loc, type, msg }) => ({ loc, msg: matchers().string(msg ?? exampleOf(type).msg), type })),
      },
    },
  };
}

/** The 401 answer, exactly `{"detail": "No key found"}` (from the spec's example). */
export function unauthorizedResponse(): ExpectedResponse {
  return { status: 401, body: kitSpec().unauthorized };
}
