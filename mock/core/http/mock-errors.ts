import type { ServerResponse } from 'node:http';
import type { components } from '../../../spec/types/admin';

/** The mock's own error answers, given before any route (spec/admin.yaml `MockErrorResponse`). */
export type MockErrorCode = components['schemas']['MockErrorCode'];

/** The JSON body of one. */
export function mockErrorBody(code: MockErrorCode, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

/** Answers a request with one of the mock's own errors (not cached, the connection kept unless said). */
export function sendMockError(res: ServerResponse, status: number, code: MockErrorCode, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const body = mockErrorBody(code, message);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store' });
  res.end(body);
}
