import request from 'supertest';
import type { MockApp } from '../adapters/express/app';
import type { OpportunityResponse } from '../core/types';

/** `POST <path>` with a key (and session) and a JSON body. */
export function listRequest(app: MockApp, path: string, key: string, body: unknown, headers: Record<string, string> = {}) {
  return request(app).post(path).set({ authorization: `Bearer ${key}`, ...headers }).send(body as object);
}

type Key = string | number | boolean | null | undefined;

/**
 * The page a list request should answer, computed directly and plainly from the records (not with the mock's
 * engine): keep what `keep` keeps, sort everything by `key` (no value last either way, ties by id ascending),
 * slice the page.
 */
export function expectedPage<R extends { id: string }>(records: readonly R[], keep: (r: R) => boolean, key: (r: R) => Key, descending: boolean, page = 1, pageSize = 50) {
  const kept = records.filter(keep);
  const sorted = [...kept].sort((a, b) => {
    const [x, y] = [key(a) ?? null, key(b) ?? null];
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * (descending ? -1 : 1);
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return {
    ids: sorted.slice((page - 1) * pageSize, page * pageSize).map((r) => r.id),
    pagination: { page, page_size: pageSize, total_count: kept.length, total_pages: Math.ceil(kept.length / pageSize) },
  };
}

/** The ids and pagination of a list answer. */
export const pageOf = (res: request.Response) => ({ ids: (res.body.data as { id: string }[]).map((d) => d.id), pagination: res.body.pagination });

/** An opportunity's custom field value. */
export const custom = (r: OpportunityResponse, key: string) => r[key] as unknown;
