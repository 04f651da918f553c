import { isLoopback } from './hosts';
import type { MockRequest, MockResponse } from './request';

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

const EXPOSED = EXPOSED_HEADERS.join(',');

/** Whether an origin is a page served from this machine (a dev server on localhost, 127.0.0.1, [::1]). */
export function isLoopbackOrigin(origin: string | undefined): boolean {
  if (origin === undefined) return false;
  try {
    const url = new URL(origin); // parsed once: an opaque origin (`null`, `file:`) is no page of this machine
    return url.origin !== 'null' && isLoopback(url.host);
  } catch {
    return false;
  }
}

/**
 * CORS for the public API, so browser dev servers can call it, with the headers the `cors` package sends for
 * `{ origin: true, maxAge: 600 }`: any origin may read answers (the API is keyed by header, never by cookie), but
 * only pages served from this machine may send credentials: a site elsewhere cannot make the browser attach the
 * cookies it keeps for localhost. Only browsers send `Origin`, and only they get the headers (undefined without
 * one). The admin API has its own guard.
 */
export function corsHeaders(request: MockRequest): Record<string, string> | undefined {
  const origin = request.headers.origin;
  if (!origin) return undefined;
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  if (isLoopbackOrigin(origin)) headers['Access-Control-Allow-Credentials'] = 'true';
  headers['Access-Control-Expose-Headers'] = EXPOSED;
  return headers;
}

/** The answer to a preflight (`OPTIONS` with an `Origin`): 204 with what may be sent, as the `cors` package answers it. */
export function preflight(request: MockRequest, cors: Record<string, string>): MockResponse {
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': cors['Access-Control-Allow-Origin'], Vary: 'Origin' };
  if (cors['Access-Control-Allow-Credentials']) headers['Access-Control-Allow-Credentials'] = 'true';
  headers['Access-Control-Allow-Methods'] = 'GET,HEAD,PUT,PATCH,POST,DELETE';
  const asked = request.headers['access-control-request-headers'];
  headers.Vary = 'Origin, Access-Control-Request-Headers';
  if (asked) headers['Access-Control-Allow-Headers'] = asked;
  headers['Access-Control-Max-Age'] = '600';
  headers['Access-Control-Expose-Headers'] = EXPOSED;
  headers['Content-Length'] = '0';
  return { kind: 'response', status: 204, headers };
}
