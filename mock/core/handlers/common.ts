import { isoSeconds } from '../state/clock';
import type { RequestContext } from '../pipeline/context';
import { ApiError, validationError } from '../errors';
import type { MockRuntime } from '../runtime';
import type { ValidationErrorItem } from '../types';
import { detailsFromAjv } from '../pipeline/validation';
import type { ErrorObject } from '../../../spec/validators';

/** What handlers share, after the pipeline's access checks (mock/core/pipeline/access.ts): meta, the body, its schema, parameters. */

/** A response's `meta`: the server's time. */
export function metaOf(ctx: RequestContext): { timestamp: string } {
  return { timestamp: isoSeconds(ctx.nowMs) };
}

/**
 * The decoded JSON body: 422 for a body that is not JSON, and for an empty one unless the body is `optional`
 * (then `{}`). `what` names the body in messages.
 */
export function jsonBody(ctx: RequestContext, what: string, optional = false): unknown {
  const decoded = ctx.body!;
  if (decoded.kind === 'not-json') {
    throw new ApiError(422, 'validation_error', `The request body must be sent as application/json (got ${decoded.mediaType}).`, [
      { loc: ['body'], msg: 'Input should be a valid dictionary or object to extract fields from', type: 'model_attributes_type' },
    ]);
  }
  if (decoded.kind === 'invalid') throw decoded.error;
  if (decoded.kind === 'empty') {
    if (optional) return {};
    throw new ApiError(422, 'validation_error', `The request body is required: send ${what} as a JSON object.`, [{ loc: ['body'], msg: 'Field required', type: 'missing' }]);
  }
  return decoded.value;
}

/** The operation's request-body validator's findings on a value, as `details` (none when it is valid). */
export function bodyProblems(runtime: MockRuntime, ctx: RequestContext, value: unknown): { details: ValidationErrorItem[]; errors: readonly ErrorObject[] } {
  const validate = runtime.contract.validators.get(ctx.operation!.operationId)!.body!;
  if (validate(value)) return { details: [], errors: [] };
  const errors = validate.errors ?? [];
  return { details: detailsFromAjv(errors, ['body']), errors };
}

/** The body, checked against the operation's request schema (422 with one detail per failing field). `what` names it for messages. */
export function validBody<T>(runtime: MockRuntime, ctx: RequestContext, what: string): T {
  const value = jsonBody(ctx, what);
  const { details } = bodyProblems(runtime, ctx, value);
  if (details.length) throw validationError(details);
  return value as T;
}

/** A path parameter, checked against its schema (422 at `["path", name]`). */
export function pathParam(runtime: MockRuntime, ctx: RequestContext, name: string): string {
  const value = String(ctx.params[name]);
  const validate = runtime.contract.validators.get(ctx.operation!.operationId)!.params.get(`path:${name}`)!;
  if (!validate(value)) throw validationError(detailsFromAjv(validate.errors ?? [], ['path', name]), 'path parameters');
  return value;
}

/**
 * The query parameters the operation declares, checked against their schemas (422 at `["query", name]`, all
 * problems at once). A repeated parameter counts by its last value, as FastAPI reads a scalar one.
 */
export function queryParams(runtime: MockRuntime, ctx: RequestContext): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  const details: ValidationErrorItem[] = [];
  const validators = runtime.contract.validators.get(ctx.operation!.operationId)!.params;
  for (const param of ctx.operation!.parameters) {
    if (param.in !== 'query') continue;
    const raw = ctx.query[param.name];
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value === undefined) {
      if (param.required) details.push({ loc: ['query', param.name], msg: 'Field required', type: 'missing' });
      continue;
    }
    const validate = validators.get(`query:${param.name}`)!;
    if (!validate(value)) {
      details.push(...detailsFromAjv(validate.errors ?? [], ['query', param.name]));
      continue;
    }
    values[param.name] = value;
  }
  if (details.length) throw validationError(details, 'query parameters');
  return values;
}
