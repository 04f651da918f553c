import type { MockRuntime } from './runtime';

/** A first request to try against a running mock: what the CLI prints and the root page shows. */
export interface QuickStart {
  /** A create of an opportunity for the default org's first account, with its default user's key. */
  curl: string;
  /** That key (null when the mock runs without auth). */
  api_key: string | null;
  account_id: string;
}

/**
 * The quick-start request for a mock reachable at `url`, or undefined when the default org has no account.
 * Keys come from the fixtures (test data, also in the repository), never from requests.
 */
export function quickStart(runtime: MockRuntime, url: string): QuickStart | undefined {
  const org = runtime.directory.defaultOrg;
  const account = org.fixture.accounts[0];
  if (!account) return undefined;
  const key = org.fixture.api_keys.find((k) => !k.revoked && k.access === 'read_write' && k.user_id === org.defaultUser.id)?.key;
  const auth = runtime.options.auth ? ` -H 'Authorization: Bearer ${key ?? 'mks_<48 characters>'}'` : '';
  // Quoted for a POSIX shell: a ' in an account name becomes '\''.
  const body = JSON.stringify({ name: `${account.name} - Enterprise License`, account_id: account.id }).replaceAll("'", "'\\''");
  return {
    curl: `curl -s ${url}/v1/preview/opportunities${auth} -H 'Content-Type: application/json' -d '${body}'`,
    api_key: runtime.options.auth ? (key ?? null) : null,
    account_id: account.id,
  };
}
