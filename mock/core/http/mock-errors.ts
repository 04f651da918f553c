import type { components } from '../../../spec/types/admin';
import type { MockResponse } from './request';

/** The mock's own error answers, given before any route (spec/admin.yaml `MockErrorResponse`). */
export type MockErrorCode = components['schemas']['MockErrorCode'];

/** The JSON body of one. */
export function mockErrorBody(code: MockErrorCode, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

/** One of the mock's own errors (not cached, not journaled). */
export function mockError(status: number, code: MockErrorCode, message: string, headers: Record<string, string> = {}): MockResponse {
  return { kind: 'response', status, headers: { ...headers, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }, body: mockErrorBody(code, message) };
}
