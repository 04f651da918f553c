import type { Express, NextFunction, Request, Response } from 'express';
import { pathMatcher, type Operation } from '../../../spec/operations';
import { checkAccess } from './access';
import { decodeBody } from '../http/body';
import { startRequest } from './context';
import { ApiError } from '../errors';
import { performFault } from '../controls/faults';
import { forcedReply } from '../controls/forced';
import { canonicalizeRequestIds, operationIdPlans } from './id-plan';
import type { OperationHandler } from '../handlers';
import { planRequest } from '../controls/plan';
import { record } from '../journal/record';
import { failureReply, Reply, send } from './respond';
import type { MockRuntime } from '../runtime';

/** `/v1/opportunities/{opportunity_id}` → `/v1/opportunities/:opportunity_id`. */
export function expressPath(specPath: string): string {
  return specPath.replace(/\{([^}]+)\}/g, ':$1');
}

const withoutSlash = (path: string) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
const toggleSlash = (path: string) => (path.endsWith('/') ? withoutSlash(path) : `${path}/`);

// Unref'd: a delay whose connection was cut at shutdown must not keep the process alive.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Wraps an operation handler in the pipeline every API request takes: start (session, controls, scenario,
 * key, rate window), read the body (413), canonicalise its ids (from the spec's `format: uuid`), plan (Prefer, one-shot stub, scenario step), wait out the latency,
 * break the connection for a fault or answer a forced response (after the access checks: JSON, key, rate
 * limit, write access), else run the handler; every answer is self-checked, sent with its headers and journaled.
 */
function operationRoute(runtime: MockRuntime, operation: Operation, handler: OperationHandler) {
  const ids = operationIdPlans(runtime.contract.document, operation);
  return async (req: Request, res: Response): Promise<void> => {
    const ctx = startRequest(runtime, req, res, operation);
    let reply: Reply | undefined;
    try {
      if (ctx.problem) throw ctx.problem;
      if (operation.requestBody) {
        const raw = await runtime.readBody(req, res);
        if (!raw) return record(runtime, ctx, null, undefined); // the client went away
        ctx.raw = raw;
        ctx.body = decodeBody(raw, req.headers['content-type']);
      }
      canonicalizeRequestIds(ctx, ids); // urn:, {braced} and 32-hex UUIDs become canonical, as Pydantic makes them
      const plan = planRequest(ctx);
      if (plan.delayMs > 0) await sleep(plan.delayMs);
      if (plan.fault) {
        await performFault(ctx, plan.fault, plan.timeoutMs, runtime.shutdown.signal);
        return record(runtime, ctx, null, undefined);
      }
      reply = plan.respond ? forcedReply(ctx, plan.respond) : undefined;
      checkAccess(runtime, ctx); // every answer, forced or not, needs a decodable body, a key, write access on writes
      reply ??= await handler(runtime, ctx);
    } catch (error) {
      reply = failureReply(runtime, ctx, error);
    }
    const sent = send(runtime, ctx, reply);
    record(runtime, ctx, sent.status, sent.body);
  };
}

/** Answers a non-canonical slash form with a 307 to the canonical one, query string kept (D1 `strictSlashes`). */
function slashRedirect(runtime: MockRuntime, operation: Operation) {
  return (req: Request, res: Response): void => {
    const ctx = startRequest(runtime, req, res, operation);
    const query = req.originalUrl.indexOf('?');
    const location = toggleSlash(req.path) + (query >= 0 ? req.originalUrl.slice(query) : '');
    const sent = send(runtime, ctx, { status: 307, headers: { Location: location } });
    record(runtime, ctx, sent.status, sent.body);
  };
}

/**
 * Registers one route per spec operation (D1). By default both slash forms are served; with
 * `strictSlashes` only the canonical form is, and the other answers 307.
 */
export function registerOperations(app: Express, runtime: MockRuntime, handlers: Readonly<Record<string, OperationHandler>>): void {
  for (const operation of runtime.contract.operations.values()) {
    const handler = handlers[operation.operationId];
    if (!handler) throw new Error(`No handler for operation ${operation.operationId} of ${runtime.contract.file}.`);
    const route = operationRoute(runtime, operation, handler);
    if (runtime.options.strictSlashes) {
      const canonical = expressPath(operation.canonicalPath);
      app[operation.method](canonical, route);
      app[operation.method](toggleSlash(canonical), slashRedirect(runtime, operation));
    } else {
      app[operation.method](withoutSlash(expressPath(operation.path)), route);
    }
  }
}

/** A matcher per spec path (either slash form) with the methods it serves. */
function pathMethods(runtime: MockRuntime): { pattern: RegExp; methods: string[] }[] {
  const byPath = new Map<string, string[]>();
  for (const op of runtime.contract.operations.values()) {
    const key = withoutSlash(op.path);
    byPath.set(key, [...(byPath.get(key) ?? []), op.method.toUpperCase()]);
  }
  return [...byPath].map(([path, methods]) => ({ pattern: pathMatcher(path, true), methods }));
}

/** 405 `method_not_allowed` (with `Allow`) on a known path, else 404 `not_found` naming what is served. */
export function unmatchedRoute(runtime: MockRuntime) {
  const known = pathMethods(runtime);
  const served = [...runtime.contract.operations.values()].map((op) => `${op.method.toUpperCase()} ${op.path}`).join(', ');
  return (req: Request, res: Response): void => {
    const ctx = startRequest(runtime, req, res);
    // A path can match several spec paths (`/v1/opportunities/list` is also an `{opportunity_id}`): all of them route it.
    const methods = [...new Set(known.filter((k) => k.pattern.test(req.path)).flatMap((k) => k.methods))];
    if (methods.length) ctx.allowed = methods.join(', ');
    const error = methods.length
      ? new ApiError(405, 'method_not_allowed', `${req.method} is not allowed on ${req.path}. Allowed: ${methods.join(', ')}.`, undefined, {
          Allow: methods.join(', '),
        })
      : new ApiError(404, 'not_found', `No route for ${req.method} ${req.path}. This mock serves ${served}.`);
    const sent = send(runtime, ctx, failureReply(runtime, ctx, error));
    record(runtime, ctx, sent.status, sent.body);
  };
}

/** The last resort: anything that escaped a route (a malformed URL, say) still gets a spec-valid answer. */
export function errorHandler(runtime: MockRuntime) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const ctx = startRequest(runtime, req, res);
    const status = (error as { status?: number }).status;
    const reply =
      status === 400
        ? failureReply(runtime, ctx, new ApiError(422, 'validation_error', `The request URL could not be decoded: ${(error as Error).message}.`, [
            { loc: ['path'], msg: 'The path is not valid percent-encoding', type: 'url_parsing' },
          ]))
        : failureReply(runtime, ctx, error);
    const sent = send(runtime, ctx, reply);
    record(runtime, ctx, sent.status, sent.body);
  };
}
