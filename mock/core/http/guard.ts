import type { HostPolicy } from './hosts';
import { mockError } from './mock-errors';
import type { MockRequest, MockResponse } from './request';

/** Paths of the admin API, in any letter case (routes are case-insensitive). */
export const ADMIN_PATH = /^\/__admin(?:\/|$)/i;

/**
 * The Host check: a name the mock does not serve answers 421 `host_not_allowed` (a page on
 * `rebind.attacker.example` resolved to 127.0.0.1 reaches nothing). Undefined when the host is served.
 */
export function hostRefusal(host: string | undefined, policy: HostPolicy): MockResponse | undefined {
  if (policy.allows(host)) return undefined;
  const extra = policy.names.length ? `, ${policy.names.join(', ')}` : '';
  return mockError(
    421,
    'host_not_allowed',
    `This mock does not serve the host "${host}". It answers localhost, *.localhost and IP addresses${extra}. ` +
      `If you reach it through that name on purpose, start it with --allowed-hosts ${JSON.stringify(host?.split(':')[0] ?? '')}.`,
  );
}

/** Origins compare by scheme, host and port: `http://LOCALHOST:80` is `http://localhost`. */
export function normalizeOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

/**
 * Compares a presented token with the admin token in constant time for the token: every character of what was
 * presented is compared (against the token, cycled), so the time taken says nothing about the token.
 */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (presented === undefined || token.length === 0) return false;
  let difference = presented.length ^ token.length;
  for (let i = 0; i < presented.length; i++) difference |= presented.charCodeAt(i) ^ token.charCodeAt(i % token.length);
  return difference === 0;
}

/** What the admin guard enforces. */
export interface AdminGuardOptions {
  /** `Authorization: Bearer <token>` required when set. */
  token?: string;
  /** Browser origins other than the mock's own that may call the admin API (with CORS), normalized (`resolveOptions`). */
  allowlist: ReadonlySet<string>;
  /** Check where browser requests come from: on for a server; off in a page (MSW), where no other site reaches the handlers. */
  checkOrigin: boolean;
}

/** The admin guard's decision: refuse (with the answer), answer a preflight, or go on with these CORS headers. */
export type AdminGate = { refusal: MockResponse } | { cors: Record<string, string> };

/**
 * Locks the admin API (`/__admin`): a browser request (`Origin`) must come from the mock's own origin or the
 * allowlist (else 403 `origin_not_allowed`, and no CORS headers at all), and with a token set every request must
 * bear it (else 401 `admin_token_required`). Allowlisted origins get CORS answers; nothing else does.
 */
export function adminGate(request: MockRequest, options: AdminGuardOptions): AdminGate {
  const origin = request.headers.origin;
  const cors: Record<string, string> = {};
  if (options.checkOrigin) {
    const fetchSite = request.headers['sec-fetch-site'];
    if (origin !== undefined) {
      const own = request.origin; // a getter in Express: read once
      const normalized = normalizeOrigin(origin);
      const isOwn = normalized === normalizeOrigin(own);
      if (!isOwn && !(normalized && options.allowlist.has(normalized))) {
        const message = `The admin API answers only its own origin (${own}) and the origins of --admin-origins; this request came from ${origin}.`;
        return { refusal: mockError(403, 'origin_not_allowed', message) };
      }
      if (!isOwn) {
        cors['Access-Control-Allow-Origin'] = normalized!;
        cors.Vary = 'Origin';
        if (request.method === 'OPTIONS') {
          const headers = {
            ...cors,
            'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
            'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? 'authorization, content-type',
            'Access-Control-Max-Age': '600',
          };
          return { refusal: { kind: 'response', status: 204, headers } };
        }
      }
    } else if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      // A browser request that sent no Origin (a no-cors GET, a link from another site).
      return { refusal: mockError(403, 'origin_not_allowed', `The admin API does not answer requests another site makes (Sec-Fetch-Site: ${fetchSite}).`) };
    }
  }
  if (options.token !== undefined) {
    const match = /^bearer\s+(.+)$/i.exec(request.headers.authorization?.trim() ?? '');
    if (!tokenMatches(match?.[1], options.token)) {
      return {
        refusal: mockError(
          401,
          'admin_token_required',
          `The admin API needs the mock's admin token: send Authorization: Bearer <token> (the token the mock was started with, --admin-token or MOCK_ADMIN_TOKEN).`,
          { ...cors, 'WWW-Authenticate': 'Bearer realm="monaco-mock admin"' },
        ),
      };
    }
  }
  return { cors };
}
