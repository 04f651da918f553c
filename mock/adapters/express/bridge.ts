import express, { Request, Response } from 'express';
import type { Socket } from 'node:net';
import { BodyReadError, MockRequest, MockResult } from '../../core/http/request';
import { originOf } from './origin';

type RawParser = ReturnType<typeof express.raw>;
const parsers = new Map<number, RawParser>();

/**
 * Reads the raw body (inflating gzip, deflate and br) up to `limit` bytes with body-parser. Rejects with a
 * BodyReadError (`too-large`, `unreadable`); resolves `undefined` when the client went away.
 */
function readBody(req: Request, res: Response, limit: number): Promise<Uint8Array | undefined> {
  let parse = parsers.get(limit);
  if (!parse) parsers.set(limit, (parse = express.raw({ type: () => true, limit })));
  return new Promise((resolve, reject) => {
    parse(req, res, (error?: unknown) => {
      if (!error) return resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      const type = (error as { type?: string }).type;
      if (type === 'request.aborted') return resolve(undefined);
      reject(new BodyReadError(type === 'entity.too.large' ? 'too-large' : 'unreadable', (error as Error).message));
    });
  });
}

/** Express's request as the core's: the same headers, the URL as sent, the body read on demand. */
export function mockRequestOf(req: Request, res: Response): MockRequest {
  let signal: AbortSignal | undefined;
  return {
    method: req.method,
    url: req.originalUrl,
    headers: req.headers as Record<string, string | undefined>,
    rawHeaders: req.rawHeaders,
    get origin() {
      return originOf(req);
    },
    body: (limit) => readBody(req, res, limit),
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
export function writeResult(req: Request, res: Response, result: MockResult): void {
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
