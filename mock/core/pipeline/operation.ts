import type { Operation } from '../../../spec/operations';
import { holdFault } from '../controls/faults';
import { forcedReply } from '../controls/forced';
import { planRequest } from '../controls/plan';
import { ApiError } from '../errors';
import type { OperationHandler } from '../handlers';
import { bodyReadError, decodeBody } from '../http/body';
import type { MockRequest, MockResult } from '../http/request';
import { record } from '../journal/record';
import type { MockRuntime } from '../runtime';
import { checkAccess } from './access';
import { startRequest } from './context';
import { canonicalizeRequestIds, operationIdPlans } from './id-plan';
import { failureReply, Reply, send } from './respond';
import { decodeParams, OperationRouter, toggleSlash } from './router';

/** How one operation's requests are answered. */
export type OperationRoute = (request: MockRequest, params: Record<string, string>, cors?: Record<string, string>) => Promise<MockResult>;

/**
 * The pipeline every API request takes: start (session, controls, scenario, key, rate window), read the body
 * (413), canonicalise its ids (from the spec's `format: uuid`), plan (Prefer, one-shot stub, scenario step), wait
 * out the latency, break the connection for a fault or answer a forced response (after the access checks: JSON,
 * key, rate limit, write access), else run the handler; every answer is self-checked and journaled.
 */
export function operationRoute(runtime: MockRuntime, operation: Operation, handler: OperationHandler): OperationRoute {
  const ids = operationIdPlans(runtime.contract.document, operation);
  const limit = runtime.options.bodyLimit;
  return async (request, params, cors) => {
    const ctx = startRequest(runtime, request, { operation, params, cors });
    let reply: Reply | undefined;
    try {
      if (ctx.problem) throw ctx.problem;
      if (operation.requestBody) {
        let raw: Uint8Array | undefined;
        try {
          raw = await request.body(limit);
        } catch (error) {
          throw bodyReadError(error, limit);
        }
        if (!raw) {
          record(runtime, ctx, null); // the client went away
          return { kind: 'fault', fault: 'empty-response' };
        }
        ctx.raw = raw;
        ctx.body = decodeBody(raw, request.headers['content-type']);
      }
      canonicalizeRequestIds(ctx, ids); // urn:, {braced} and 32-hex UUIDs become canonical, as Pydantic makes them
      const plan = planRequest(ctx);
      if (plan.delayMs > 0) await runtime.platform.sleep(plan.delayMs);
      if (plan.fault) {
        const fault = await holdFault(plan.fault, plan.timeoutMs ?? 0, request.signal, runtime.shutdown.signal, runtime.platform);
        record(runtime, ctx, null);
        return fault;
      }
      reply = plan.respond ? forcedReply(ctx, plan.respond) : undefined;
      checkAccess(runtime, ctx); // every answer, forced or not, needs a decodable body, a key, write access on writes
      reply ??= await handler(runtime, ctx);
    } catch (error) {
      reply = failureReply(runtime, ctx, error);
    }
    const sent = send(runtime, ctx, reply);
    record(runtime, ctx, sent.status);
    return sent.response;
  };
}

/** Answers a request with a reply (no handler ran: a redirect, an unrouted path, a URL that does not decode), journaled. */
function answer(runtime: MockRuntime, request: MockRequest, reply: (ctx: ReturnType<typeof startRequest>) => Reply, route: Parameters<typeof startRequest>[2] = {}): MockResult {
  const ctx = startRequest(runtime, request, route);
  const sent = send(runtime, ctx, reply(ctx));
  record(runtime, ctx, sent.status);
  return sent.response;
}

/** Routes API requests to their operation's pipeline; 307 for the other slash form (`strictSlashes`), 405 or 404 for the rest. */
export function apiRoutes(runtime: MockRuntime, handlers: Readonly<Record<string, OperationHandler>>) {
  const router = new OperationRouter(runtime);
  const routes = new Map<Operation, OperationRoute>();
  for (const operation of runtime.contract.operations.values()) {
    const handler = handlers[operation.operationId];
    if (!handler) throw new Error(`No handler for operation ${operation.operationId} of ${runtime.contract.file}.`);
    routes.set(operation, operationRoute(runtime, operation, handler));
  }
  return (request: MockRequest, path: string, cors?: Record<string, string>): Promise<MockResult> | MockResult => {
    const match = router.match(request.method, path);
    if (match.kind === 'operation') {
      let params: Record<string, string>;
      try {
        params = decodeParams(match.params);
      } catch (error) {
        return answer(runtime, request, (ctx) =>
          failureReply(runtime, ctx, new ApiError(422, 'validation_error', `The request URL could not be decoded: ${(error as Error).message}.`, [
            { loc: ['path'], msg: 'The path is not valid percent-encoding', type: 'url_parsing' },
          ])), { cors });
      }
      return routes.get(match.operation)!(request, params, cors);
    }
    if (match.kind === 'redirect') {
      const query = request.url.indexOf('?');
      const location = toggleSlash(path) + (query >= 0 ? request.url.slice(query) : '');
      return answer(runtime, request, () => ({ status: 307, headers: { Location: location } }), { operation: match.operation, cors });
    }
    // A path can match several spec paths (`/v1/opportunities/list` is also an `{opportunity_id}`): all of them route it.
    const methods = router.allowed(path);
    return answer(runtime, request, (ctx) => {
      if (methods.length) ctx.allowed = methods.join(', ');
      const error = methods.length
        ? new ApiError(405, 'method_not_allowed', `${request.method} is not allowed on ${path}. Allowed: ${methods.join(', ')}.`, undefined, { Allow: methods.join(', ') })
        : new ApiError(404, 'not_found', `No route for ${request.method} ${path}. This mock serves ${router.served}.`);
      return failureReply(runtime, ctx, error);
    }, { cors });
  };
}

/**
 * The last resort: an error that escaped a route (a page that failed, a URL Express could not decode) still gets
 * a spec-valid answer, journaled: 422 for a URL that is not valid percent-encoding, else a 500.
 */
export function unexpectedError(runtime: MockRuntime, request: MockRequest, error: unknown): MockResult {
  const status = (error as { status?: number }).status;
  return answer(runtime, request, (ctx) =>
    status === 400
      ? failureReply(runtime, ctx, new ApiError(422, 'validation_error', `The request URL could not be decoded: ${(error as Error).message}.`, [
          { loc: ['path'], msg: 'The path is not valid percent-encoding', type: 'url_parsing' },
        ]))
      : failureReply(runtime, ctx, error),
  );
}
