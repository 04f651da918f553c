import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { HostPolicy } from './hosts';
import { sendMockError } from './mock-errors';
import { originOf } from './origin';

/** Paths of the admin API, in any letter case (Express routes are case-insensitive). */
export const ADMIN_PATH = /^\/__admin(?:\/|$)/i;

/**
 * The Host check, on every route: a name the mock does not serve answers 421 `host_not_allowed` (a page on
 * `rebind.attacker.example` resolved to 127.0.0.1 reaches nothing); an HTTP/1.1 request without Host is 400.
 */
export function hostGuard(policy: HostPolicy): RequestHandler {
  return (req, res, next) => {
    const host = req.headers.host;
    if (host === undefined && req.httpVersion === '1.1') {
      return sendMockError(res, 400, 'bad_request', 'HTTP/1.1 requests need a Host header.', { Connection: 'close' });
    }
    if (policy.allows(host)) return next();
    const extra = policy.names.length ? `, ${policy.names.join(', ')}` : '';
    sendMockError(
      res,
      421,
      'host_not_allowed',
      `This mock does not serve the host "${host}". It answers localhost, *.localhost and IP addresses${extra}. ` +
        `If you reach it through that name on purpose, start it with --allowed-hosts ${JSON.stringify(host?.split(':')[0] ?? '')}.`,
    );
  };
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

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares a presented token with the admin token in constant time (whatever their lengths). */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

/** What the admin guard enforces. */
export interface AdminGuardOptions {
  /** `Authorization: Bearer <token>` required when set. */
  token?: string;
  /** Browser origins other than the mock's own that may call the admin API (with CORS). */
  origins: readonly string[];
}

/**
 * Locks the admin API (`/__admin`): a browser request (`Origin`) must come from the mock's own origin or the
 * allowlist (else 403 `origin_not_allowed`, and no CORS headers at all), and with a token set every request must
 * bear it (else 401 `admin_token_required`). Allowlisted origins get CORS answers; nothing else does.
 */
export function adminGuard(options: AdminGuardOptions): RequestHandler {
  const allowlist = new Set(options.origins.map((o) => normalizeOrigin(o) ?? o));
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    const own = originOf(req);
    const normalized = origin === undefined ? undefined : normalizeOrigin(origin);
    const fetchSite = req.headers['sec-fetch-site'];
    if (origin !== undefined) {
      if (normalized !== normalizeOrigin(own) && !(normalized && allowlist.has(normalized))) {
        return sendMockError(
          res,
          403,
          'origin_not_allowed',
          `The admin API answers only its own origin (${own}) and the origins of --admin-origins; this request came from ${origin}.`,
        );
      }
      if (normalized !== normalizeOrigin(own)) {
        res.setHeader('Access-Control-Allow-Origin', normalized!);
        res.setHeader('Vary', 'Origin');
        if (req.method === 'OPTIONS') {
          res.writeHead(204, {
            'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
            'Access-Control-Allow-Headers': String(req.headers['access-control-request-headers'] ?? 'authorization, content-type'),
            'Access-Control-Max-Age': '600',
          });
          return res.end();
        }
      }
    } else if (typeof fetchSite === 'string' && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      // A browser request that sent no Origin (a no-cors GET, a link from another site).
      return sendMockError(res, 403, 'origin_not_allowed', `The admin API does not answer requests another site makes (Sec-Fetch-Site: ${fetchSite}).`);
    }
    if (options.token !== undefined) {
      const match = /^bearer\s+(.+)$/i.exec(req.headers.authorization?.trim() ?? '');
      if (!tokenMatches(match?.[1], options.token)) {
        return sendMockError(
          res,
          401,
          'admin_token_required',
          `The admin API needs the mock's admin token: send Authorization: Bearer <token> (the token the mock was started with, --admin-token or MOCK_ADMIN_TOKEN).`,
          { 'WWW-Authenticate': 'Bearer realm="monaco-mock admin"' },
        );
      }
    }
    next();
  };
}
