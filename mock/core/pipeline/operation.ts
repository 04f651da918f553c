import type { Operation } from '../../../spec/operations';
import { holdFault } from '../controls/faults';
import { forcedReply } from '../controls/forced';
import { planRequest } from '../controls/plan';
import { ApiError } from '../errors';
import type { OperationHandler } from '../handlers';
import { bodyReadError, decodeBody } from '../http/body';
import { MockRequest, MockResult, pathOf } from '../http/request';
import { record } from '../journal/record';
import type { MockRuntime } from '../runtime';
import { checkAccess } from './access';
import { RequestContext, RouteOf, startRequest } from './context';
import { canonicalizeRequestIds, operationIdPlans } from './id-plan';
import { failureReply, Reply, send } from './respond';
import { decodeParams, OperationRouter, toggleSlash } from './router';

/** How one operation's requests are answered. */
type OperationRoute = (request: MockRequest, path: string, params: Record<string, string>, cors?: Record<string, string>) => Promise<MockResult>;

/**
 * The pipeline every API request takes: start (session, controls, scenario, key, rate window), read the body
 * (413), canonicalise its ids (from the spec's `format: uuid`), plan (Prefer, one-shot stub, scenario step), wait
 * out the latency, break the connection for a fault or answer a forced response (after the access checks: JSON,
 * key, rate limit, write access), else run the handler; every answer is self-checked and journaled.
 */
function operationRoute(runtime: MockRuntime, operation: Operation, handler: OperationHandler): OperationRoute {
  const ids = operationIdPlans(runtime.contract.document, operation);
  const limit = runtime.options.bodyLimit;
  return async (request, path, params, cors) => {
    const ctx = startRequest(runtime, request, { path, operation, params, cors });
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
        if (!raw) return clientGone(runtime, ctx);
        ctx.raw = raw;
        ctx.body = decodeBody(raw, request.headers['content-type']);
      }
      canonicalizeRequestIds(ctx, ids); // urn:, {braced} and 32-hex UUIDs become canonical, as Pydantic makes them
      const plan = planRequest(ctx);
      if (plan.delayMs > 0) {
        // The client's signal only: a delayed request in flight at shutdown still finishes (as held faults do not).
        await runtime.platform.sleep(plan.delayMs, request.signal);
        if (request.signal?.aborted) return clientGone(runtime, ctx); // nothing runs, nothing is stored
      }
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

/** The client went away (while its body was read, or during a delay): journaled without an answer, nothing sent. */
function clientGone(runtime: MockRuntime, ctx: RequestContext): MockResult {
  record(runtime, ctx, null);
  return { kind: 'fault', fault: 'empty-response' };
}

/** Answers a request with a reply (no handler ran: a redirect, an unrouted path, a URL that does not decode), journaled. */
function answer(runtime: MockRuntime, request: MockRequest, reply: (ctx: RequestContext) => Reply, route: RouteOf): MockResult {
  const ctx = startRequest(runtime, request, route);
  const sent = send(runtime, ctx, reply(ctx));
  record(runtime, ctx, sent.status);
  return sent.response;
}

/** Routes API requests to their operation's pipeline; 307 for the other slash form (`strictSlashes`), 405 or 404 for the rest. */
export function apiRoutes(runtime: MockRuntime, handlers: Readonly<Record<string, OperationHandler>>) {
  const router = new OperationRouter(runtime.contract, runtime.options);
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
        return answer(runtime, request, (ctx) => failureReply(runtime, ctx, error), { path, cors });
      }
      return routes.get(match.operation)!(request, path, params, cors);
    }
    if (match.kind === 'redirect') {
      const query = request.url.indexOf('?');
      const location = toggleSlash(path) + (query >= 0 ? request.url.slice(query) : '');
      return answer(runtime, request, () => ({ status: 307, headers: { Location: location } }), { path, operation: match.operation, cors });
    }
    // A path can match several spec paths (`/v1/opportunities/list` is also an `{opportunity_id}`): all of them route it.
    const methods = router.allowed(path);
    return answer(runtime, request, (ctx) => {
      if (methods.length) ctx.allowed = methods.join(', ');
      const error = methods.length
        ? new ApiError(405, 'method_not_allowed', `${request.method} is not allowed on ${path}. Allowed: ${methods.join(', ')}.`, undefined, { Allow: methods.join(', ') })
        : new ApiError(404, 'not_found', `No route for ${request.method} ${path}. This mock serves ${router.served}.`);
      return failureReply(runtime, ctx, error);
    }, { path, cors });
  };
}

/** The last resort: an error that escaped a route (a page that failed) still gets a spec-valid answer, journaled: a 500. */
export function unexpectedError(runtime: MockRuntime, request: MockRequest, error: unknown): MockResult {
  return answer(runtime, request, (ctx) => failureReply(runtime, ctx, error), { path: pathOf(request.url) });
}
