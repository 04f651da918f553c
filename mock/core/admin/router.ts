import { Request, Response, Router } from 'express';
import { pointer } from '../../../spec/document';
import type { Operation } from '../../../spec/operations';
import { createBodyReader, decodeBody } from '../http/body';
import { ApiError, validationError } from '../errors';
import { replyForError, SelfCheckError } from '../pipeline/respond';
import type { MockRuntime } from '../runtime';
import { expressPath } from '../pipeline/routes';
import type { ValidationErrorItem } from '../types';
import { detailsFromAjv } from '../pipeline/validation';
import { originOf } from '../http/origin';
import { getClock, setClock } from './clock';
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
  getClock,
  setClock,
  listSessions,
  streamEvents,
  getAdminOpenApi,
};


/** Query and path parameters, typed as spec/admin.yaml declares them and validated (422 with `details`). */
function readParams(runtime: MockRuntime, op: Operation, req: Request): Record<string, unknown> {
  const validators = runtime.adminContract.validators.get(op.operationId)!;
  const params: Record<string, unknown> = {};
  const details: ValidationErrorItem[] = [];
  for (const param of op.parameters) {
    const raw = param.in === 'path' ? req.params[param.name] : req.query[param.name];
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

async function readJson(runtime: MockRuntime, op: Operation, req: Request, res: Response, read: ReturnType<typeof createBodyReader>) {
  const raw = await read(req, res);
  if (!raw) return undefined;
  const decoded = decodeBody(raw, req.headers['content-type']);
  if (decoded.kind === 'invalid') throw decoded.error;
  if (decoded.kind !== 'json') throw validationError([{ loc: ['body'], msg: 'Send a JSON body with Content-Type: application/json', type: 'model_attributes_type' }]);
  const validate = runtime.adminContract.validators.get(op.operationId)!.body!;
  if (!validate(decoded.value)) throw validationError(detailsFromAjv(validate.errors ?? [], ['body']));
  return decoded.value;
}

function sendJson(res: Response, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * The admin API (`/__admin`, WireMock's convention), routed from spec/admin.yaml: parameters and bodies are
 * validated against it, every answer is self-checked against it. Admin requests are never journaled and
 * never rate limited.
 */
export function adminRouter(runtime: MockRuntime): Router {
  const router = Router();
  // State dumps can be large (a preloaded data set), but no larger than what the memory budget can hold.
  const read = createBodyReader(Math.max(runtime.options.bodyLimit, runtime.memory.limit));
  for (const op of runtime.adminContract.operations.values()) {
    const handler = ADMIN_HANDLERS[op.operationId];
    if (!handler) throw new Error(`No admin handler for ${op.operationId} of spec/admin.yaml.`);
    router[op.method](expressPath(op.path), async (req, res) => {
      let status = 200;
      let body: unknown;
      let input: AdminInput | undefined;
      try {
        input = { params: readParams(runtime, op, req), body: op.requestBody ? await readJson(runtime, op, req, res, read) : undefined, origin: originOf(req) };
        body = handler(runtime, input);
        if (body instanceof AdminStream) return body.open(req, res);
        const validate = runtime.adminContract.responseValidator(op.operationId, 200)!;
        if (!validate(body)) {
          throw new SelfCheckError(`the admin ${op.operationId} body violates spec/admin.yaml: ${(validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
        }
      } catch (error) {
        if (!(error instanceof ApiError) && runtime.options.logger) runtime.options.logger.error({ err: error }, `admin ${op.operationId} failed`);
        ({ status, body } = replyForError(error));
      }
      sendJson(res, status, body);
      if (status === 200 && op.method !== 'get') {
        const session = input?.params.session ?? (input?.body as { session?: unknown } | undefined)?.session; // a stub names it in its body
        runtime.feed.changed(op.operationId, typeof session === 'string' ? session : undefined);
      }
    });
  }
  const served = [...runtime.adminContract.operations.values()].map((op) => `${op.method.toUpperCase()} ${op.path}`).join(', ');
  router.all('/__admin{/*rest}', (req, res) => {
    sendJson(res, 404, new ApiError(404, 'not_found', `No admin route for ${req.method} ${req.path}. The admin API serves ${served}.`).body());
  });
  return router;
}
