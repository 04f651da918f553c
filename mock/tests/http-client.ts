import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { FIXTURE, PREVIEW_PATH, minimalBody } from './helpers';

/** POSTs the smallest valid create with Jane's key and a `Prefer` header to a listening mock. */
export function postCreate(port: number, prefer: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { authorization: `Bearer ${FIXTURE.keys.jane}`, 'content-type': 'application/json', prefer };
    const req = httpRequest({ port, host: '127.0.0.1', path: PREVIEW_PATH, method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(JSON.stringify(minimalBody()));
  });
}

/** Sends raw bytes and resolves with everything the server answered before closing (or after `waitMs`). */
export function rawHttp(port: number, bytes: string, waitMs = 15_000): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    setTimeout(() => socket.destroy(), waitMs).unref();
  });
}
