import type { Contract } from '../../../spec/contract-model';
import { pathMatcher, type Operation } from '../../../spec/operations';
import { ApiError } from '../errors';

const withoutSlash = (path: string) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
export const toggleSlash = (path: string) => (path.endsWith('/') ? withoutSlash(path) : `${path}/`);

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
 * Routes requests to a contract's operations as Express routed them (D1): path templates match case-insensitively,
 * a HEAD is routed as a GET, the first operation in spec order wins. By default both slash forms are served; with
 * `strictSlashes` only the canonical form is, and the other answers 307. Every template is compiled once, here.
 */
export class OperationRouter {
  /** In spec order. */
  private readonly routes: Route[] = [];
  /** The same routes by method, for `match`. */
  private readonly byMethod = new Map<string, Route[]>();
  /** `GET /v1/...` list of what is served, for 404 messages. */
  readonly served: string;

  constructor(contract: Contract, { strictSlashes }: { strictSlashes: boolean }) {
    for (const operation of contract.operations.values()) {
      const method = operation.method.toUpperCase();
      if (strictSlashes) {
        this.routes.push({ operation, method, ...pathMatcher(operation.canonicalPath, { ignoreCase: true }), redirect: false });
        this.routes.push({ operation, method, ...pathMatcher(toggleSlash(operation.canonicalPath), { ignoreCase: true }), redirect: true });
      } else {
        this.routes.push({ operation, method, ...pathMatcher(operation.path, { slash: true, ignoreCase: true }), redirect: false });
      }
    }
    for (const route of this.routes) this.byMethod.set(route.method, [...(this.byMethod.get(route.method) ?? []), route]);
    this.served = [...contract.operations.values()].map((op) => `${op.method.toUpperCase()} ${op.path}`).join(', ');
  }

  match(method: string, path: string): RouteMatch {
    for (const route of this.byMethod.get(method === 'HEAD' ? 'GET' : method) ?? []) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      if (route.redirect) return { kind: 'redirect', operation: route.operation };
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = found[i + 1]));
      return { kind: 'operation', operation: route.operation, params };
    }
    return { kind: 'none' };
  }

  /**
   * The methods a path allows, for 405's `Allow`, matched as routes match (any letter case, either slash form: a
   * redirect route counts). A path can match several spec paths: `/v1/opportunities/list` is also an `{opportunity_id}`.
   */
  allowed(path: string): string[] {
    return [...new Set(this.routes.filter((route) => route.pattern.test(path)).map((route) => route.method))];
  }
}

/**
 * Decodes path parameters as Express did (`decodeURIComponent` on those holding a `%`); a parameter that is not
 * valid percent-encoding is a 422 naming it (Express's `decode_param` 400, answered as FastAPI would).
 */
export function decodeParams(params: Record<string, string>): Record<string, string> {
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (!value.includes('%')) continue;
    try {
      params[name] = decodeURIComponent(value);
    } catch {
      throw new ApiError(422, 'validation_error', `The request URL could not be decoded: Failed to decode param '${value}'.`, [
        { loc: ['path'], msg: 'The path is not valid percent-encoding', type: 'url_parsing' },
      ]);
    }
  }
  return params;
}
