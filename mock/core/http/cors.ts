import cors from 'cors';
import type { RequestHandler } from 'express';
import { ADMIN_PATH, normalizeOrigin } from './guard';
import { isLoopback } from './hosts';

/** Response headers a browser may read (CORS). */
export const EXPOSED_HEADERS = [
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'Retry-After',
  'Idempotent-Replayed',
  'Location',
  'Allow',
  'Preference-Applied',
  'X-Mock-Scenario',
];

/** Whether an origin is a page served from this machine (a dev server on localhost, 127.0.0.1, [::1]). */
export function isLoopbackOrigin(origin: string | undefined): boolean {
  const normalized = origin === undefined ? undefined : normalizeOrigin(origin);
  return normalized !== undefined && isLoopback(new URL(normalized).host);
}

/**
 * CORS for the public API, so browser dev servers can call it: any origin may read answers (the API is keyed
 * by header, never by cookie), but only pages served from this machine may send credentials: a site elsewhere
 * cannot make the browser attach the cookies it keeps for localhost. The admin API is left to its own guard
 * (no CORS but for its allowlist). Only browsers send `Origin`, and only they need the headers.
 */
export function publicCors(): RequestHandler {
  const withCredentials = cors({ origin: true, credentials: true, maxAge: 600, exposedHeaders: EXPOSED_HEADERS });
  const withoutCredentials = cors({ origin: true, credentials: false, maxAge: 600, exposedHeaders: EXPOSED_HEADERS });
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined || ADMIN_PATH.test(req.path)) return next();
    return (isLoopbackOrigin(origin) ? withCredentials : withoutCredentials)(req, res, next);
  };
}
