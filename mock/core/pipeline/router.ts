import { pathMatcher, type Operation } from '../../../spec/operations';
import type { MockRuntime } from '../runtime';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const withoutSlash = (path: string) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
export const toggleSlash = (path: string) => (path.endsWith('/') ? withoutSlash(path) : `${path}/`);

/** A path template (`/v1/opportunities/{opportunity_id}`) as a case-insensitive matcher with its parameter names. */
function compile(template: string, trailingSlash: boolean): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const body = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? (names.push(part.slice(1, -1)), '([^/]+)') : escapeRegExp(part)))
    .join('');
  return { pattern: new RegExp(`^${body}${trailingSlash ? '/?' : ''}$`, 'i'), names };
}

interface Route {
  operation: Operation;
  method: string;
  pattern: RegExp;
  names: string[];
  /** The other slash form under `strictSlashes`: answered with a 307 to the canonical one. */
  redirect: boolean;
}

/** Where a request goes: an operation (with its raw path parameters), a 307 to the canonical slash form, or nowhere. */
export type RouteMatch =
  | { kind: 'operation'; operation: Operation; params: Record<string, string> }
  | { kind: 'redirect'; operation: Operation }
  | { kind: 'none' };

/**
 * Routes requests to the spec's operations as Express routed them (D1): path templates match case-insensitively,
 * a HEAD is routed as a GET, the first operation in spec order wins. By default both slash forms are served; with
 * `strictSlashes` only the canonical form is, and the other answers 307.
 */
export class OperationRouter {
  private readonly routes: Route[] = [];
  /** Per spec path (either slash form, case-sensitive): the methods it serves, for 405's `Allow`. */
  private readonly known: { pattern: RegExp; methods: string[] }[];
  /** `GET /v1/...` list of what is served, for 404 messages. */
  readonly served: string;

  constructor(runtime: MockRuntime) {
    const strict = runtime.options.strictSlashes;
    for (const operation of runtime.contract.operations.values()) {
      const method = operation.method.toUpperCase();
      if (strict) {
        this.routes.push({ operation, method, ...compile(operation.canonicalPath, false), redirect: false });
        this.routes.push({ operation, method, ...compile(toggleSlash(operation.canonicalPath), false), redirect: true });
      } else {
        this.routes.push({ operation, method, ...compile(withoutSlash(operation.path), true), redirect: false });
      }
    }
    const byPath = new Map<string, string[]>();
    for (const op of runtime.contract.operations.values()) {
      const key = withoutSlash(op.path);
      byPath.set(key, [...(byPath.get(key) ?? []), op.method.toUpperCase()]);
    }
    this.known = [...byPath].map(([path, methods]) => ({ pattern: pathMatcher(path, true), methods }));
    this.served = [...runtime.contract.operations.values()].map((op) => `${op.method.toUpperCase()} ${op.path}`).join(', ');
  }

  match(method: string, path: string): RouteMatch {
    const wanted = method === 'HEAD' ? 'GET' : method;
    for (const route of this.routes) {
      if (route.method !== wanted) continue;
      const found = route.pattern.exec(path);
      if (!found) continue;
      if (route.redirect) return { kind: 'redirect', operation: route.operation };
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = found[i + 1]));
      return { kind: 'operation', operation: route.operation, params };
    }
    return { kind: 'none' };
  }

  /** The methods a path allows (a path can match several spec paths: `/v1/opportunities/list` is also an `{opportunity_id}`). */
  allowed(path: string): string[] {
    return [...new Set(this.known.filter((k) => k.pattern.test(path)).flatMap((k) => k.methods))];
  }
}

/**
 * Decodes path parameters as Express did (`decodeURIComponent` on those holding a `%`); a parameter that is not
 * valid percent-encoding throws a URIError naming it.
 */
export function decodeParams(params: Record<string, string>): Record<string, string> {
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (!value.includes('%')) continue;
    try {
      params[name] = decodeURIComponent(value);
    } catch {
      throw new URIError(`Failed to decode param '${value}'`);
    }
  }
  return params;
}
