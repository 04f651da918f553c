/**
 * Redaction: what the journal and the log never keep of a request. Credential-bearing headers, query
 * parameters and body fields are replaced by `[redacted]` (API keys `mks_…` keep their last 4 characters, so a
 * journal still tells which fixture key was used; cookies keep their names). Names compare case-insensitively;
 * `MockOptions.redact` (`--redact`) adds names to the lists below.
 */

/** Headers that carry credentials. */
export const REDACTED_HEADERS: readonly string[] = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-monaco-api-key',
  'x-api-key',
  'api-key',
  'x-auth-token',
  'x-access-token',
  'x-csrf-token',
  'x-xsrf-token',
  'x-amz-security-token',
];

/** Query parameters and JSON body fields (at any depth) that carry credentials. */
export const REDACTED_FIELDS: readonly string[] = [
  'password',
  'passwd',
  'secret',
  'client_secret',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'api_key',
  'apikey',
  'private_key',
  'authorization',
];

export const REDACTED = '[redacted]';

/** The names to redact: the documented lists plus the user's own (`--redact`), lower-cased. */
export interface Redaction {
  headers: ReadonlySet<string>;
  fields: ReadonlySet<string>;
}

export function redaction(extra: readonly string[] = []): Redaction {
  const names = extra.map((n) => n.trim().toLowerCase()).filter(Boolean);
  return { headers: new Set([...REDACTED_HEADERS, ...names]), fields: new Set([...REDACTED_FIELDS, ...names]) };
}

const MKS_KEY = /mks_\S*(\S{4})/;

/** One header value as the journal shows it. */
function redactHeader(name: string, value: string): string {
  if (name === 'cookie') return value.split(';').map((pair) => `${pair.split('=')[0].trim()}=${REDACTED}`).join('; ');
  const key = MKS_KEY.exec(value);
  const scheme = /^(\w+)\s+\S/.exec(value);
  if (key) return `${scheme && !value.startsWith('mks_') ? `${scheme[1]} ` : ''}mks_…${key[1]}`;
  return scheme && (name === 'authorization' || name === 'proxy-authorization') ? `${scheme[1]} ${REDACTED}` : REDACTED;
}

/** Node's raw header list (name, value, …) with credential values redacted: a copy, or the list itself when clean. */
export function redactRawHeaders(rawHeaders: readonly string[], names: ReadonlySet<string>): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    if (!names.has(name)) continue;
    out ??= rawHeaders.slice();
    out[i + 1] = redactHeader(name, rawHeaders[i + 1]);
  }
  return out ?? rawHeaders;
}

/** A URL with credential query parameters redacted (the URL itself when it has none). */
export function redactUrl(url: string, fields: ReadonlySet<string>): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const params = new URLSearchParams(url.slice(start + 1));
  let changed = false;
  for (const name of new Set(params.keys())) {
    if (!fields.has(name.toLowerCase())) continue;
    params.set(name, REDACTED);
    changed = true;
  }
  return changed ? `${url.slice(0, start)}?${params.toString()}` : url;
}
