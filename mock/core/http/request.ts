/**
 * The core's request and answer: the Fetch API's shapes, plainly. Every adapter (Express, a fetch handler,
 * MSW) turns what its runtime gives into a MockRequest and performs the MockResult the core hands back.
 */

/** Why a body could not be read (an adapter's reader rejects with a BodyReadError). */
export class BodyReadError extends Error {
  override name = 'BodyReadError';
  constructor(
    /** `too-large`: over the limit; `unreadable`: the stream or its encoding failed. */
    readonly kind: 'too-large' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}

/** A request as the core sees it. */
export interface MockRequest {
  /** Upper case: `POST`. */
  readonly method: string;
  /** The request target as sent: path and query (`/v1/opportunities/list?x=1`). */
  readonly url: string;
  /** Header values by lower-case name, repeated ones joined as Node joins them. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Header names as sent and their values, in order: name, value, name, value… (the journal shows them). */
  readonly rawHeaders: readonly string[];
  /** This mock's origin as the request addressed it (`http://127.0.0.1:4010`): what served specs and the admin guard compare with. */
  readonly origin: string;
  /**
   * The body's bytes (inflated from gzip, deflate or br), at most `limit` of them: rejects with a BodyReadError
   * (`too-large`, `unreadable`); resolves `undefined` when the client went away. Read once.
   */
  body(limit: number): Promise<Uint8Array | undefined>;
  /** Aborts when the client goes away: a held request (`fault=timeout`, a delay) ends then. */
  readonly signal?: AbortSignal;
}

/** An answer: status, headers and a body (JSON text, or a stream of server-sent events). */
export interface MockResponse {
  kind: 'response';
  status: number;
  headers: Record<string, string>;
  body?: string | ReadableStream<Uint8Array>;
}

/** A fault: the connection breaks instead of answering (Express destroys the socket, fetch rejects, MSW answers a network error). */
export interface MockFault {
  kind: 'fault';
  fault: 'connection-reset' | 'empty-response' | 'timeout';
}

export type MockResult = MockResponse | MockFault;

/** The path of a request target, without its query: `/v1/x?y` → `/v1/x`; an absolute-form target gives its path. */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  const target = query < 0 ? url : url.slice(0, query);
  if (target.startsWith('/')) return target;
  try {
    return new URL(target).pathname;
  } catch {
    return target || '/';
  }
}

export type Query = Record<string, string | string[]>;

/** The query parameters of a request target, a repeated one as a list (as Express's simple parser reads them). */
export function queryOf(url: string): Query {
  const out: Query = Object.create(null);
  const start = url.indexOf('?');
  if (start < 0) return out;
  for (const [name, value] of new URLSearchParams(url.slice(start + 1))) {
    const known = out[name];
    out[name] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
  }
  return out;
}

/** A JSON answer. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { kind: 'response', status, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}
