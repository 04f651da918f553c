import { JournalEntry, JournalFilter, JournalRecord, matches } from '../journal/journal';
import { diagnose } from '../journal/diagnosis';
import { journalEntry, sentBody } from '../journal/record';
import { instantParam } from './instant';
import type { MockRuntime } from '../runtime';
import type { AdminInput, AdminSchemas } from './types';

const instantOf = (params: Record<string, unknown>, name: 'since' | 'until') =>
  params[name] === undefined ? undefined : instantParam(params[name] as string, ['query', name], 'parameters');

/** The journal filter from validated admin parameters (`since` and `until` read as the clock reads instants). */
function filterOf(params: Record<string, unknown>): JournalFilter {
  return {
    session: params.session as string | undefined,
    path: params.path as string | undefined,
    method: params.method as string | undefined,
    status: params.status as string | undefined,
    operation: params.operation as string | undefined,
    since: instantOf(params, 'since'),
    until: instantOf(params, 'until'),
  };
}

/** The journal records matching a filter, oldest first, across the sessions it names. */
export function findRecords(runtime: MockRuntime, filter: JournalFilter): JournalRecord[] {
  const sessions = filter.session !== undefined ? [runtime.sessions.find(filter.session)].filter((s) => s !== undefined) : runtime.sessions.all();
  const found = sessions.flatMap((s) => s.journal.all().filter((record) => matches(record, filter)));
  return sessions.length > 1 ? found.sort((a, b) => a.id - b.id) : found;
}

/** Every journaled request matching a filter, oldest first, as full entries. */
export function findRequests(runtime: MockRuntime, filter: JournalFilter): JournalEntry[] {
  return findRecords(runtime, filter).map((record) => journalEntry(runtime, record));
}

const newest = <T>(items: T[], limit: unknown) => items.slice(-Number(limit ?? 100));

/** `GET /__admin/requests`: only the entries returned are built. */
export function listRequests(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['RequestList'] {
  const found = findRecords(runtime, filterOf(params));
  return { requests: newest(found, params.limit).map((record) => journalEntry(runtime, record)), total: found.length };
}

/** `GET /__admin/requests/count`. */
export function countRequests(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['Count'] {
  return { count: findRecords(runtime, filterOf(params)).length };
}

/** `DELETE /__admin/requests`. */
export function clearRequests(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['Deleted'] {
  const sessions = params.session !== undefined ? [runtime.sessions.find(params.session as string)] : runtime.sessions.all();
  return { deleted: sessions.reduce((sum, s) => sum + (s ? s.journal.clear() : 0), 0) };
}

/** The records matching a filter that have a diagnosis (near misses), oldest first; no entry is built. */
export function findNearMisses(runtime: MockRuntime, filter: JournalFilter): JournalRecord[] {
  return findRecords(runtime, filter).filter((r) => r.status !== null && diagnose(runtime, r, r.status, sentBody(r)) !== undefined);
}

/** `GET /__admin/near-misses`: requests with a diagnosis, newest last; only the entries returned are built. */
export function listNearMisses(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['RequestList'] {
  const found = findNearMisses(runtime, { session: params.session as string | undefined });
  return { requests: newest(found, params.limit).map((record) => journalEntry(runtime, record)), total: found.length };
}
