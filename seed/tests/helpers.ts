import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import type { SeedIO } from '../run';

import { listen, Listening, scratchDirs } from '../../mock/tests/helpers';

export { listen, scratchDirs };
export type { Listening };

/** A loopback URL on which nothing listens. */
export async function closedPortUrl(): Promise<string> {
  const server = await listen(() => {});
  await server.close();
  return server.url;
}

/**
 * A small HTTP server's handler in front of the mock (listening at `mockUrl`): `intercept` sees every
 * request by its idempotency key and attempt number, and either answers it itself (returns true) or lets it
 * through to the mock (returns false). Counts attempts per key.
 */
export function wrapper(mockUrl: string, intercept: (key: string, attempt: number, res: ServerResponse) => boolean | Promise<boolean>) {
  const attempts = new Map<string, number>();
  const handler: RequestListener = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const key = (JSON.parse(body.toString('utf8')) as { idempotency_key?: string }).idempotency_key ?? '';
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    if (await intercept(key, attempt, res)) return;
    const headers = { authorization: req.headers.authorization ?? '', 'content-type': req.headers['content-type'] ?? '' };
    try {
      const upstream = await fetch(`${mockUrl}${req.url}`, { method: req.method, headers, body });
      upstream.headers.forEach((value, name) => res.setHeader(name, value));
      res.writeHead(upstream.status);
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      res.destroy(); // the mock closed at the end of a test while this request was on its way
    }
  };
  return { handler, attempts, total: () => [...attempts.values()].reduce((a, b) => a + b, 0) };
}

/** Answers with a status, an error body in Monaco's envelope, and headers. */
export function answer(res: ServerResponse, status: number, code: string, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: { code, message: `Answered ${status} by the test wrapper.` } }));
  return true;
}

/** Streams that collect what a run writes. */
export function captureIO(): SeedIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  return { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), out: () => out, err: () => err };
}

