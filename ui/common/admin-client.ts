// The pages' only way to the mock's state: the admin API, under its rules. When the mock runs with
// --admin-token, a 401 `admin_token_required` asks the person for the token once, keeps it for this tab
// (sessionStorage) and sends `Authorization: Bearer <token>` on every admin call from then on.

const TOKEN_KEY = 'monaco-mock.admin-token';

/** An admin call that failed: the status and the mock's error code and message. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Shows the token form; resolves with what the person typed. `refused`: the last token was wrong. */
export type TokenPrompt = (refused: boolean) => Promise<string>;

let prompt: TokenPrompt | undefined;
let asking: Promise<string> | undefined;

/** Installs the page's token form (the inspector's dialog). */
export function onTokenNeeded(show: TokenPrompt): void {
  prompt = show;
}

export function adminToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

async function errorOf(res: Response): Promise<AdminError> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string }; detail?: string };
    if (body.error?.message) return new AdminError(res.status, body.error.code ?? 'error', body.error.message);
    if (body.detail) return new AdminError(res.status, 'error', body.detail);
  } catch {
    // not JSON: fall through
  }
  return new AdminError(res.status, 'error', `${res.status} ${res.statusText || 'error'}${text ? `: ${text.slice(0, 200)}` : ''}`);
}

/** One token form at a time, however many calls were refused together. */
function askForToken(refused: boolean): Promise<string> {
  asking ??= prompt!(refused).finally(() => (asking = undefined));
  return asking;
}

/** `fetch` for the admin API: the token sent when kept, asked for on a 401 `admin_token_required`. Throws AdminError. */
export async function adminFetch(path: string, init: RequestInit = {}): Promise<Response> {
  for (;;) {
    const token = adminToken();
    const headers = new Headers(init.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const res = await fetch(path, { ...init, headers });
    if (res.ok) return res;
    const error = await errorOf(res);
    if (res.status !== 401 || error.code !== 'admin_token_required' || !prompt) throw error;
    sessionStorage.setItem(TOKEN_KEY, await askForToken(token !== null));
  }
}

/** An admin call answered with JSON. */
export async function admin<T>(path: string, init: RequestInit = {}): Promise<T> {
  return (await adminFetch(path, init)).json() as Promise<T>;
}

/** A POST/DELETE to the admin API. */
export function adminAction<T>(method: 'POST' | 'DELETE', path: string): Promise<T> {
  return admin<T>(path, { method });
}

/** What to tell the person about a failed call. */
export function explain(error: unknown): string {
  if (error instanceof AdminError && error.code === 'origin_not_allowed') {
    return `The admin API refused this page's origin (${location.origin}): ${error.message} Open the inspector from the mock's own address, or start the mock with --admin-origins ${location.origin}.`;
  }
  if (error instanceof AdminError) return `${error.message} (${error.status} ${error.code})`;
  return `The mock did not answer: ${(error as Error).message}. Is it still running?`;
}

/** `?session=…&limit=…` from the defined values. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
