import type { Request } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockEngine } from '../../core/engine';
import type { Socket } from 'node:net';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { mockError } from '../../core/http/mock-errors';
import { BodyReadError, MockRequest, MockResult } from '../../core/http/request';
import { originOf } from './origin';

/** Inflaters for the content encodings Node reads (as body-parser did: gzip, deflate, br). */
const INFLATERS: Record<string, () => Transform> = {
  gzip: () => createGunzip(),
  'x-gzip': () => createGunzip(),
  deflate: () => createInflate(),
  br: () => createBrotliDecompress(),
};

/**
 * Reads the raw body of a Node request (inflating gzip, deflate and br) up to `limit` bytes. Rejects with a
 * BodyReadError (`too-large`, `unreadable`: a broken stream, an encoding it cannot inflate); resolves `undefined`
 * when the client went away.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | undefined> {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const declared = Number(req.headers['content-length']);
  if (encoding === 'identity' && declared > limit) {
    req.resume(); // drained, not read
    return Promise.reject(new BodyReadError('too-large', 'request entity too large'));
  }
  const inflate = encoding === 'identity' ? undefined : INFLATERS[encoding];
  if (encoding !== 'identity' && !inflate) {
    req.resume();
    return Promise.reject(new BodyReadError('unreadable', `unsupported content encoding "${encoding}"`));
  }
  return new Promise((resolve, reject) => {
    const source: Readable = inflate ? req.pipe(inflate()) : req;
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error?: BodyReadError, body?: Uint8Array) => {
      if (settled) return;
      settled = true;
      req.off('aborted', aborted);
      if (error) {
        if (source !== req) source.destroy();
        req.resume();
        return reject(error);
      }
      resolve(body);
    };
    const aborted = () => {
      settled = true;
      resolve(undefined);
    };
    req.once('aborted', aborted);
    source.on('data', (chunk: Buffer) => {
      if (settled) return; // past the limit: drained, not kept
      size += chunk.length;
      if (size > limit) return finish(new BodyReadError('too-large', 'request entity too large'));
      chunks.push(chunk);
    });
    source.once('end', () => finish(undefined, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
    source.once('error', (error: Error) => finish(req.destroyed && !req.complete ? undefined : new BodyReadError('unreadable', error.message)));
  });
}

/** Node's (or Express's) request as the core's: the same headers, the URL as sent, the body read on demand. */
export function mockRequestOf(req: IncomingMessage, res: ServerResponse): MockRequest {
  let signal: AbortSignal | undefined;
  return {
    method: req.method ?? 'GET',
    url: (req as Partial<Request>).originalUrl ?? req.url ?? '/',
    headers: req.headers as Record<string, string | undefined>,
    rawHeaders: req.rawHeaders,
    get origin() {
      return originOf(req);
    },
    body: (limit) => readBody(req, limit),
    // Made when the core first asks (a delay, a held fault): aborts when the connection closes unanswered.
    get signal() {
      if (!signal) {
        const controller = new AbortController();
        res.once('close', () => controller.abort());
        signal = controller.signal;
      }
      return signal;
    },
  };
}

/**
 * Breaks the connection the way a flaky network does: `connection-reset` sends a TCP RST, `empty-response`
 * closes it without a byte, `timeout` (held by the core until then) closes it.
 */
function performFault(socket: Socket & { resetAndDestroy?: () => void }, fault: string): void {
  if (fault === 'connection-reset') {
    if (socket.resetAndDestroy) socket.resetAndDestroy();
    else socket.destroy();
    return;
  }
  if (fault === 'empty-response') socket.end();
  socket.destroy();
}

/** Writes the core's answer: a JSON body, a stream of events (with backpressure), or a fault. */
export function writeResult(req: IncomingMessage, res: ServerResponse, result: MockResult): void {
  if (result.kind === 'fault') return performFault(req.socket, result.fault);
  if (res.headersSent || res.destroyed) return;
  const { status, headers, body } = result;
  if (body === undefined || typeof body === 'string') {
    // Sized: one write, no chunked framing (the headers object is the journal's: copied, not changed).
    res.writeHead(status, body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }).end(body);
    return;
  }
  res.writeHead(status, headers);
  const reader = body.getReader();
  res.once('close', () => void reader.cancel());
  const pump = (): void => {
    reader.read().then(({ done, value }) => {
      if (done) return void res.end();
      if (res.write(value)) pump();
      else res.once('drain', pump);
    }, () => res.destroy());
  };
  pump();
}

/** Node's part of the Host rule: an HTTP/1.1 request must name its host (the engine checks the name). */
export function nodeRefusal(req: IncomingMessage): MockResult | undefined {
  if (req.headers.host !== undefined || req.httpVersion !== '1.1') return undefined;
  return mockError(400, 'bad_request', 'HTTP/1.1 requests need a Host header.', { Connection: 'close' });
}

/**
 * The engine as a Node request listener: Node's part of the Host rule, then every request answered by the core
 * (no Express involved). An answer that cannot be written (a header Node refuses) cuts that connection rather
 * than the process.
 */
export function engineListener(engine: MockEngine): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const refused = nodeRefusal(req);
    if (refused) return writeResult(req, res, refused);
    engine
      .handle(mockRequestOf(req, res))
      .then((result) => writeResult(req, res, result))
      .catch(() => res.destroy());
  };
}
