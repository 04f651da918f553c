import { pointer } from '../../spec/document';
import type { ExpectedResponse, OpportunityTemplate } from './responses';
import { opportunityResponse } from './responses';
import { kitSpec } from './spec-data';
import { matchers } from './pact';
import { templateFor } from './template';

/**
 * The 200 (or `status`) answer of any operation as its spec example says it, every value matched by type
 * (UUIDs by regex, dates and timestamps by format, lists as lists of at least no item like the example's
 * first), so it holds whatever data the provider has.
 */
export function exampleAnswer(operationId: string, status = 200, exampleName?: string): ExpectedResponse {
  const { contract, document } = kitSpec();
  const response = contract.operation(operationId).responses.get(String(status));
  if (!response?.schemaPointer) throw new Error(`${operationId} declares no ${status} response with a body in spec/openapi.yaml.`);
  const example = exampleName === undefined ? Object.values(response.examples)[0] : response.examples[exampleName];
  if (example === undefined) throw new Error(`${operationId} ${status} has no example${exampleName ? ` "${exampleName}"` : ''} in spec/openapi.yaml.`);
  return { status, body: templateFor(document, pointer(document, response.schemaPointer), example) };
}

/** A page of opportunities: `data` holds at least `min` (default 1) opportunities like `opportunityResponse(fields)`; pagination by type. */
export function opportunityListResponse(fields: OpportunityTemplate = {}, { min = 1 }: { min?: number } = {}): ExpectedResponse {
  const { body } = exampleAnswer('listOpportunities');
  const item = (opportunityResponse(fields).body as { data: unknown }).data;
  return { status: 200, body: { ...(body as object), data: matchers().atLeastLike(item, min, Math.max(min, 1)) } };
}

/** The 2026-08-19 detail answer of a GET: `opportunityResponse(fields)` with `custom_field_explanations` (any object). */
export function opportunityDetailResponse(fields: OpportunityTemplate = {}): ExpectedResponse {
  const expected = opportunityResponse(fields);
  const body = expected.body as { data: object; meta: unknown };
  return { ...expected, body: { ...body, data: { ...body.data, custom_field_explanations: matchers().like({}) } } };
}

/** What a successful DELETE answers: 204, no body. */
export const noContent = (): ExpectedResponse => ({ status: 204 });

/** `GET /v1/me`'s answer (the key's user and org, by type). */
export const meResponse = () => exampleAnswer('getMe');
/** `GET /v1/users/`'s answer (users, by type). */
export const usersResponse = () => exampleAnswer('listUsers');
/** `GET /v1/tags/`'s answer (tags, by type). */
export const tagsResponse = () => exampleAnswer('listTags');
/** `POST /v1/tags/`'s answer; `name` and `color` are exact when given. */
export function tagResponse(fields: { name?: string; color?: string | null } = {}): ExpectedResponse {
  const expected = exampleAnswer('createTag');
  const body = expected.body as { data: object };
  return { ...expected, body: { ...body, data: { ...body.data, ...fields } } };
}
/** `POST /v1/accounts/list`'s answer (a page of accounts, by type). */
export const accountListResponse = () => exampleAnswer('listAccounts');
/** `GET /v1/accounts/{id}`'s answer (the 2026-08-19 detail, by type). */
export const accountResponse = () => exampleAnswer('getAccount');
/**
 * `GET /v1/schemas/{entity}`'s answer: fields of each kind the example shows (an enum field with its allowed
 * values, a custom field with its settings), among others. Fields differ in shape (`parent`, settings are null
 * on some), so the list is matched as containing those kinds, not as a list of one kind.
 */
export function fieldSchemasResponse(): ExpectedResponse {
  const expected = exampleAnswer('getFieldSchemas');
  const { document, contract } = kitSpec();
  const example = Object.values(contract.operation('getFieldSchemas').responses.get('200')!.examples)[0] as { data: unknown[] };
  const item = pointer(document, '#/components/schemas/FieldSchemaResponse');
  const variants = example.data.map((field) => templateFor(document, item, field));
  return { ...expected, body: { ...(expected.body as object), data: matchers().arrayContaining(...variants) } };
}
