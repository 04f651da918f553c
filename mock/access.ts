import type { Operation } from '../spec/operations';
import { requirePrincipal, requireWriteAccess } from './auth';
import { enforceRateLimit, RequestContext } from './context';
import type { MockRuntime } from './runtime';

const READS: ReadonlySet<string> = new Set(['get', 'head', 'options']);

/** What a write operation does, for the read-only key's 403: `create opportunities`, `update opportunities`, … */
function writeAction(operation: Operation): string {
  const verb = ({ post: 'create', put: 'replace', patch: 'update', delete: 'delete' } as Record<string, string>)[operation.method] ?? operation.method;
  const resource = operation.path.split('/').filter((segment) => segment && !segment.startsWith('{')).pop() ?? 'resources';
  return `${verb} ${resource}`;
}

/** Whether an operation changes state (anything but GET, HEAD, OPTIONS): a read-only key may not call it. */
export function isWrite(operation: Operation): boolean {
  return !READS.has(operation.method);
}

/**
 * The checks no forced response skips (`Prefer: code=`/`example=`/`dynamic=false`, a stub, a scenario step), in
 * the documented order of every operation: the body decodes as JSON (422), the key (401), the rate limit when
 * enforced (429), write access on a write (403). What a forced response replaces is everything after them: the
 * schema, the references, idempotency and the handler. Derived from the operation's method, so every operation
 * of the spec gets it from the pipeline.
 */
export function checkAccess(runtime: MockRuntime, ctx: RequestContext): void {
  if (ctx.body?.kind === 'invalid') throw ctx.body.error;
  const principal = requirePrincipal(ctx.identity);
  enforceRateLimit(ctx);
  const operation = ctx.operation!;
  if (isWrite(operation)) requireWriteAccess(principal, runtime.options.auth, ctx.settings.readOnly, writeAction(operation));
}
