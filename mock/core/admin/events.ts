import { ApiError } from '../errors';
import type { JournalRecord } from '../journal/journal';
import { journalEntry } from '../journal/record';
import { unref } from '../platform';
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

/** What an admin handler returns to answer with a stream of server-sent events instead of a JSON body. */
export class AdminStream {
  constructor(readonly body: ReadableStream<Uint8Array>) {}
}

/** `GET /__admin/events`: journaled requests and admin changes as server-sent events. */
export function streamEvents(runtime: MockRuntime, { params }: AdminInput): AdminStream {
  if (runtime.feed.size >= MAX_STREAMS) {
    throw new ApiError(503, 'service_unavailable', `${MAX_STREAMS} event streams are open already, the most the mock keeps. Close one (an inspector tab) and retry.`);
  }
  return new AdminStream(eventStream(runtime, params.session as string | undefined, params.after as number | undefined));
}

/**
 * The stream: a comment first, then each journaled request of the session (or of all) and each admin change,
 * batched every 25 ms, a heartbeat every 15 s. A reader that falls behind (the stream's queue is full) gets the
 * newest 500 requests and an `overflow` event saying how many were skipped. Cancelling it stops listening.
 */
function eventStream(runtime: MockRuntime, session: string | undefined, after: number | undefined): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const validate = runtime.adminContract.compiler.schema('AdminEventData');
  /** What waits for the reader, in order: journaled requests and admin changes. */
  let backlog: ({ record: JournalRecord } | { change: AdminChange })[] = [];
  /** How many of the backlog are requests (only they are skipped past STREAM_BACKLOG). */
  let requests = 0;
  let skipped = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let unsubscribe: () => unknown = () => undefined;
  let controller!: ReadableStreamDefaultController<Uint8Array>;

  const full = () => (controller.desiredSize ?? 1) <= 0;
  /** Queues one event, self-checked against spec/admin.yaml like every admin answer. */
  const send = (event: string, data: unknown, id?: number): void => {
    if (!validate(data)) {
      runtime.stats.selfCheckFailures++;
      const violations = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`).join('; ');
      if (runtime.options.logger) runtime.options.logger.error(`admin ${event} event violates spec/admin.yaml: ${violations}; not sent`);
      return;
    }
    controller.enqueue(encoder.encode(`event: ${event}\n${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`));
  };
  let flushing = false;
  const flush = () => {
    timer = undefined;
    if (flushing || full()) return; // the reader is behind: `pull` flushes once it catches up
    flushing = true; // enqueueing may call `pull` at once
    const [batch, dropped] = [backlog, skipped];
    [backlog, requests, skipped] = [[], 0, 0];
    if (dropped) send('overflow', { skipped: dropped });
    for (const item of batch) {
      if ('record' in item) send('request', journalEntry(runtime, item.record), item.record.id);
      else send('changed', item.change);
    }
    flushing = false;
  };
  const queue = (records: JournalRecord[]) => {
    for (const record of records) backlog.push({ record });
    requests += records.length;
    if (requests > STREAM_BACKLOG) {
      let drop = requests - STREAM_BACKLOG; // the oldest requests; changes stay
      [skipped, requests] = [skipped + drop, STREAM_BACKLOG];
      backlog = backlog.filter((item) => !('record' in item) || drop-- <= 0);
    }
    timer ??= setTimeout(flush, BATCH_MS);
  };
  const stop = () => {
    unsubscribe();
    if (heartbeat) clearInterval(heartbeat);
    if (timer) clearTimeout(timer);
  };

  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        controller.enqueue(encoder.encode(': monaco-mock admin events\n\n'));
        unsubscribe = runtime.feed.subscribe({
          session,
          journaled: (record) => queue([record]),
          changed: (change: AdminChange) => {
            // In order: the requests before the change go first, also to a reader that is behind (then `pull`
            // flushes them once it catches up)
            backlog.push({ change });
            if (timer) clearTimeout(timer);
            flush();
            if (backlog.length) timer ??= setTimeout(flush, BATCH_MS); // a flush under way left it
          },
        });
        if (after !== undefined) queue(findRecords(runtime, { session }).filter((record) => record.id > after));
        heartbeat = unref(setInterval(() => controller.enqueue(encoder.encode(': keep-alive\n\n')), HEARTBEAT_MS));
      },
      pull() {
        if (!timer && (backlog.length || skipped)) flush();
      },
      cancel: stop,
    },
    { highWaterMark: 64 },
  );
}
