import { BodyReadError, MockRequest, MockResponse } from '../../core/http/request';

/** Content encodings the runtime's `DecompressionStream` inflates (brotli is not one of them in browsers). */
const DECODERS: Record<string, CompressionFormat> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate' };

/**
 * Reads a Fetch API body up to `limit` bytes, inflated: what body-parser does for Express, with the runtime's
 * streams. Rejects with a BodyReadError (`too-large` past the limit, `unreadable` for a broken stream or an
 * encoding it cannot inflate).
 */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const encoding = (request.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (encoding === 'identity' && declared > limit) throw new BodyReadError('too-large', 'request entity too large');
  let stream: ReadableStream<Uint8Array> = request.body;
  if (encoding !== 'identity') {
    const format = DECODERS[encoding];
    if (!format) throw new BodyReadError('unreadable', `unsupported content encoding "${encoding}"`);
    stream = stream.pipeThrough(new DecompressionStream(format) as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        void reader.cancel();
        throw new BodyReadError('too-large', 'request entity too large');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof BodyReadError) throw error;
    throw new BodyReadError('unreadable', (error as Error).message);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** A mount prefix as the adapters compare it: a leading slash, no trailing one (`api/` is `/api`; `/` is none). */
export function basePathOf(prefix: string): string {
  const trimmed = prefix.replace(/\/+$/, '');
  return trimmed && !trimmed.startsWith('/') ? `/${trimmed}` : trimmed;
}

/**
 * The path under a mount prefix (case-insensitive, at a segment boundary): with `/api`, `/api/v1/me` is `/v1/me`
 * and `/api` is `/`; `/apiv1/me` and `/v1/me` are outside (`undefined`). No prefix: the path as it is.
 */
export function underBase(pathname: string, base: string): string | undefined {
  if (!base) return pathname;
  if (pathname.slice(0, base.length).toLowerCase() !== base.toLowerCase()) return undefined;
  const rest = pathname.slice(base.length);
  return rest === '' ? '/' : rest.startsWith('/') ? rest : undefined;
}

/**
 * A Fetch API request as the core's, `path` being its URL's path under the adapter's mount prefix (underBase). A
 * request made in code carries no `Host` header: the URL's host stands for it.
 */
export function mockRequestOf(request: Request, url: URL, path: string): MockRequest {
  const headers: Record<string, string> = {};
  const rawHeaders: string[] = [];
  if (!request.headers.has('host')) {
    headers.host = url.host;
    rawHeaders.push('host', url.host);
  }
  request.headers.forEach((value, name) => {
    headers[name] = value;
    rawHeaders.push(name, value);
  });
  return {
    method: request.method,
    url: path + url.search,
    headers,
    rawHeaders,
    origin: url.origin,
    body: (limit) => readBody(request, limit),
    signal: request.signal,
  };
}

/** The core's answer as a Fetch API Response (no body for HEAD, 204 and 304, as the Response constructor requires). */
export function responseOf(method: string, response: MockResponse): Response {
  const empty = method === 'HEAD' || response.status === 204 || response.status === 304;
  return new Response(empty ? null : (response.body ?? null), { status: response.status, headers: response.headers });
}
