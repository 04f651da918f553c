import type { Request, Response } from 'express';
import { ApiError } from '../errors';
import type { JournalRecord } from '../journal/journal';
import { journalEntry } from '../journal/record';
import type { MockRuntime } from '../runtime';
import type { AdminChange } from './feed';
import { findRecords } from './journal';
import type { AdminInput } from './types';

/** The most requests a stream holds for a slow reader; past it the oldest are skipped (an `overflow` event). */
export const STREAM_BACKLOG = 500;
/** The most event streams open at once: each holds a connection and a backlog. */
export const MAX_STREAMS = 16;
const HEARTBEAT_MS = 15_000;
/** Requests arriving within this window go out in one batch. */
const BATCH_MS = 25;

/** What an admin handler returns to answer with a stream instead of a JSON body. */
export class AdminStream {
  constructor(readonly open: (req: Request, res: Response) => void) {}
}

/** `GET /__admin/events`: journaled requests and admin changes as server-sent events. */
export function streamEvents(runtime: MockRuntime, { params }: AdminInput): AdminStream {
  if (runtime.feed.size >= MAX_STREAMS) {
    throw new ApiError(503, 'service_unavailable', `${MAX_STREAMS} event streams are open already, the most the mock keeps. Close one (an inspector tab) and retry.`);
  }
  const session = params.session as string | undefined;
  const after = params.after as number | undefined;
  return new AdminStream((req, res) => openStream(runtime, req, res, session, after));
}

function openStream(runtime: MockRuntime, req: Request, res: Response, session: string | undefined, after: number | undefined): void {
  const validate = runtime.adminContract.compiler.schema('AdminEventData');
  let backlog: JournalRecord[] = [];
  let skipped = 0;
  let timer: NodeJS.Timeout | undefined;
  let draining = false;

  /** Writes one event, self-checked against spec/admin.yaml like every admin answer; false when the socket is full. */
  const send = (event: string, data: unknown, id?: number): boolean => {
    if (!validate(data)) {
      runtime.stats.selfCheckFailures++;
      const violations = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`).join('; ');
      if (runtime.options.logger) runtime.options.logger.error(`admin ${event} event violates spec/admin.yaml: ${violations}; not sent`);
      return true;
    }
    return res.write(`event: ${event}\n${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`);
  };
  const flush = () => {
    timer = undefined;
    if (draining) return;
    if (skipped) send('overflow', { skipped });
    skipped = 0;
    const batch = backlog;
    backlog = [];
    for (const record of batch) draining = !send('request', journalEntry(runtime, record), record.id) || draining;
  };
  const queue = (records: JournalRecord[]) => {
    backlog.push(...records);
    if (backlog.length > STREAM_BACKLOG) {
      skipped += backlog.length - STREAM_BACKLOG;
      backlog = backlog.slice(-STREAM_BACKLOG);
    }
    timer ??= setTimeout(flush, BATCH_MS);
  };

  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
  res.write(': monaco-mock admin events\n\n');
  const unsubscribe = runtime.feed.subscribe({
    session,
    journaled: (record) => queue([record]),
    changed: (change: AdminChange) => {
      if (timer) clearTimeout(timer);
      flush(); // the requests before the change go first
      send('changed', change);
    },
  });
  if (after !== undefined) queue(findRecords(runtime, { session }).filter((record) => record.id > after));
  const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), HEARTBEAT_MS).unref();
  res.on('drain', () => {
    draining = false;
    if (backlog.length || skipped) flush();
  });
  res.on('close', () => {
    unsubscribe();
    clearInterval(heartbeat);
    if (timer) clearTimeout(timer);
  });
  req.on('error', () => res.destroy());
}
