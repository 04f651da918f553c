import type { Directory, Principal } from '../state/directory';
import { ApiError, UnauthorizedError } from '../errors';

/** Who a request claims to be, before anything is enforced. */
export type Identity =
  | { kind: 'active'; principal: Principal }
  | { kind: 'missing' | 'malformed' | 'revoked' };

/** The API key from `Authorization: Bearer mks_…`, else from `x-monaco-api-key` (D13). */
export function extractKey(headers: Readonly<Record<string, string | undefined>>): string | undefined {
  const authorization = headers.authorization;
  if (authorization) {
    const match = /^bearer\s+(.+)$/i.exec(authorization.trim());
    return match ? match[1].trim() : authorization.trim();
  }
  return headers['x-monaco-api-key']?.trim() || undefined;
}

/**
 * Resolves the request's key to an org and user. With auth off, a listed active key still selects its org
 * and user; anything else acts as the default org's default user.
 */
export function identify(directory: Directory, headers: Readonly<Record<string, string | undefined>>, authEnabled: boolean): Identity {
  const key = extractKey(headers);
  const lookup = key ? directory.lookupKey(key) : { kind: 'missing' as const };
  if (lookup.kind === 'active' || authEnabled) return lookup;
  return { kind: 'active', principal: directory.anonymousPrincipal() };
}

/** The principal, or the 401 `{"detail":"No key found"}` (missing, malformed, unknown or revoked key). */
export function requirePrincipal(identity: Identity): Principal {
  if (identity.kind !== 'active') throw new UnauthorizedError();
  return identity.principal;
}

/**
 * 403 for a read-only key on a write (D13), or any key while a read-only scenario is active; `action` says
 * what was refused ("create opportunities", "delete opportunities", …).
 */
export function requireWriteAccess(principal: Principal, authEnabled: boolean, forcedReadOnly: boolean, action: string): void {
  if (forcedReadOnly || (authEnabled && principal.access === 'read_only')) {
    throw new ApiError(403, 'forbidden', `This API key is read-only and cannot ${action}. Use a key with write access.`);
  }
}
