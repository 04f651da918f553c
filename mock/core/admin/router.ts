import { pointer } from '../../../spec/openapi';
import type { Operation } from '../../../spec/operations';
import { bodyReadError, decodeBody } from '../http/body';
import { jsonResponse, MockRequest, MockResponse, pathOf, queryOf } from '../http/request';
import { ApiError, validationError } from '../errors';
import { replyForError, SelfCheckError } from '../pipeline/respond';
import { decodeParams, OperationRouter } from '../pipeline/router';
import type { MockRuntime } from '../runtime';
import type { ValidationErrorItem } from '../types';
import { detailsFromAjv } from '../pipeline/validation';
import { clockState, setClock } from './clock';
import { AdminStream, streamEvents } from './events';
import { getHealth } from './health';
import { listDatasets, loadDataset } from './datasets';
import { clearRequests, countRequests, listNearMisses, listRequests } from './journal';
import { activateScenario, deactivateScenario, getScenario, listScenarios, registerScenario } from './scenarios';
import { dumpState, loadState, reset } from './state';
import { clearStubs, listStubs, queueStub } from './stubs';
import { getAdminOpenApi } from './openapi';
import { listSessions } from './sessions';
import type { AdminHandler, AdminInput } from './types';

/** Admin handlers by operationId of spec/admin.yaml (a test checks every operation has one). */
export const ADMIN_HANDLERS: Readonly<Record<string, AdminHandler>> = {
  getHealth,
  reset,
  dumpState,
  loadState,
  listScenarios,
  registerScenario,
  getScenario,
  activateScenario,
  deactivateScenario,
  listStubs,
  queueStub,
  clearStubs,
  listRequests,
  countRequests,
  clearRequests,
  listNearMisses,
  listDatasets,
  loadDataset,
  getClock: clockState,
  setClock,
  listSessions,
  streamEvents,
  getAdminOpenApi,
};


/** Query and path parameters, typed as spec/admin.yaml declares them and validated (422 with `details`). */
function readParams(runtime: MockRuntime, op: Operation, path: Record<string, string>, query: Record<string, string | string[]>): Record<string, unknown> {
  const validators = runtime.adminContract.validators.get(op.operationId)!;
  const params: Record<string, unknown> = {};
  const details: ValidationErrorItem[] = [];
  for (const param of op.parameters) {
    const raw = param.in === 'path' ? path[param.name] : query[param.name];
    if (raw === undefined) continue;
    const schema = pointer(runtime.adminContract.document, param.schemaPointer) as { type?: string };
    const value = schema.type === 'integer' && /^-?\d+$/.test(String(raw)) ? Number(raw) : raw;
    const validate = validators.params.get(`${param.in}:${param.name}`)!;
    if (validate(value)) params[param.name] = value;
    else details.push(...detailsFromAjv(validate.errors ?? [], [param.in, param.name]));
  }
  if (details.length) throw validationError(details, 'parameters');
  return params;
}

async function readJson(runtime: MockRuntime, op: Operation, request: MockRequest, limit: number): Promise<unknown> {
  let raw: Uint8Array | undefined;
  try {
    raw = await request.body(limit);
  } catch (error) {
    throw bodyReadError(error, limit);
  }
  if (!raw) return undefined;
  const decoded = decodeBody(raw, request.headers['content-type']);
  if (decoded.kind === 'invalid') throw decoded.error;
  if (decoded.kind !== 'json') throw validationError([{ loc: ['body'], msg: 'Send a JSON body with Content-Type: application/json', type: 'model_attributes_type' }]);
  const validate = runtime.adminContract.validators.get(op.operationId)!.body!;
  if (!validate(decoded.value)) throw validationError(detailsFromAjv(validate.errors ?? [], ['body']));
  return decoded.value;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * The admin API (`/__admin`, WireMock's convention), routed from spec/admin.yaml: parameters and bodies are
 * validated against it, every answer is self-checked against it. Admin requests are never journaled and
 * never rate limited. Returns the function answering a request to an admin path (with the guard's CORS headers).
 */
export function adminRoutes(runtime: MockRuntime) {
  // State dumps can be large (a preloaded data set), but no larger than what the memory budget can hold.
  const limit = Math.max(runtime.options.bodyLimit, runtime.memory.limit);
  const router = new OperationRouter(runtime.adminContract, { strictSlashes: false });
  const handlers = new Map<Operation, AdminHandler>();
  for (const op of runtime.adminContract.operations.values()) {
    const handler = ADMIN_HANDLERS[op.operationId];
    if (!handler) throw new Error(`No admin handler for ${op.operationId} of spec/admin.yaml.`);
    handlers.set(op, handler);
  }
  return async (request: MockRequest, cors: Record<string, string>): Promise<MockResponse> => {
    const path = pathOf(request.url);
    const route = router.match(request.method, path);
    const headers = { ...cors, ...NO_STORE };
    if (route.kind !== 'operation') {
      return jsonResponse(404, new ApiError(404, 'not_found', `No admin route for ${request.method} ${path}. The admin API serves ${router.served}.`).body(), headers);
    }
    const op = route.operation;
    const handler = handlers.get(op)!;
    let status = 200;
    let body: unknown;
    let input: AdminInput | undefined;
    try {
      input = { params: readParams(runtime, op, decodeParams(route.params), queryOf(request.url)), body: op.requestBody ? await readJson(runtime, op, request, limit) : undefined, origin: request.origin };
      body = handler(runtime, input);
      if (body instanceof AdminStream) {
        return { kind: 'response', status: 200, headers: { ...cors, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' }, body: body.body };
      }
      const validate = runtime.adminContract.responseValidator(op.operationId, 200)!;
      if (!validate(body)) {
        throw new SelfCheckError(`the admin ${op.operationId} body violates spec/admin.yaml: ${(validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
      }
    } catch (error) {
      if (!(error instanceof ApiError) && runtime.options.logger) runtime.options.logger.error({ err: error }, `admin ${op.operationId} failed`);
      ({ status, body } = replyForError(error));
    }
    if (status === 200 && op.method !== 'get') {
      const session = input?.params.session ?? (input?.body as { session?: unknown } | undefined)?.session; // a stub names it in its body
      runtime.feed.changed(op.operationId, typeof session === 'string' ? session : undefined);
    }
    return jsonResponse(status, body, headers);
  };
}
