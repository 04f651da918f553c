import type { Operation } from '../../../spec/operations';
import { requirePrincipal, requireWriteAccess } from './auth';
import { enforceRateLimit, RequestContext } from './context';
import type { Principal } from '../state/directory';
import type { MockRuntime } from '../runtime';

/** What a write operation does, for the read-only key's 403: `create opportunities`, `update opportunities`, … */
function writeAction(operation: Operation): string {
  const verb = ({ post: 'create', put: 'replace', patch: 'update', delete: 'delete' } as Record<string, string>)[operation.method] ?? operation.method;
  const resource = operation.path.split('/').filter((segment) => segment && !segment.startsWith('{')).pop() ?? 'resources';
  return `${verb} ${resource}`;
}

/**
 * The checks every answer of every operation passes first, forced ones included (`Prefer: code=`/`example=`/
 * `dynamic=false`, a stub, a scenario step), in FastAPI's order: the body decodes as JSON (422), the key (401),
 * the rate limit when enforced (429), write access on a write (403). What a forced response replaces is
 * everything after them: the schema, the references, idempotency and the handler. Sets `ctx.principal`, which
 * handlers act as. Derived from the operation, so every operation of the spec gets it from the pipeline.
 */
export function checkAccess(runtime: MockRuntime, ctx: RequestContext): Principal {
  if (ctx.body?.kind === 'invalid') throw ctx.body.error;
  const principal = requirePrincipal(ctx.identity);
  enforceRateLimit(ctx);
  const operation = ctx.operation!;
  if (operation.access === 'write') requireWriteAccess(principal, runtime.options.auth, ctx.settings.readOnly, writeAction(operation));
  ctx.principal = principal;
  return principal;
}

/** The principal a handler acts as: checkAccess has run before any handler. */
export function principalOf(ctx: RequestContext): Principal {
  if (!ctx.principal) throw new Error(`The access checks did not run before the handler of ${ctx.operation?.operationId ?? 'this route'}.`);
  return ctx.principal;
}
