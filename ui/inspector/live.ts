import { AdminError, adminFetch, query } from '../common/admin-client.js';
import type { AdminChange, JournalEntry } from './types.js';

/** What the feed tells the page. */
export interface FeedHandlers {
  request(entry: JournalEntry): void;
  changed(change: AdminChange): void;
  /** Requests were skipped (the page fell behind): list the journal again. */
  overflow(): void;
  status(state: 'connecting' | 'live' | 'refused', problem?: unknown): void;
}

const RETRY_MS = [500, 1000, 2000, 5000];

/**
 * Follows `GET /__admin/events` (server-sent events, read with fetch so the admin token header goes along),
 * reconnecting after a drop from the newest id seen. Returns the function that stops it.
 */
export function followFeed(session: string, lastId: () => number, on: FeedHandlers): () => void {
  const abort = new AbortController();
  let attempt = 0;
  const run = async () => {
    while (!abort.signal.aborted) {
      on.status('connecting');
      try {
        const res = await adminFetch(`/__admin/events${query({ session, after: lastId() })}`, { signal: abort.signal, headers: { Accept: 'text/event-stream' } });
        on.status('live');
        attempt = 0;
        await readEvents(res.body!, on);
      } catch (error) {
        if (abort.signal.aborted) return;
        if (error instanceof AdminError && error.status === 403) return on.status('refused', error);
      }
      if (abort.signal.aborted) return;
      on.status('connecting');
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]));
    }
  };
  void run();
  return () => abort.abort();
}

/** Reads `event:`/`data:` blocks until the stream ends. */
async function readEvents(body: ReadableStream<Uint8Array>, on: FeedHandlers): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      if (!data.length) continue;
      const payload = JSON.parse(data.join('\n'));
      if (event === 'request') on.request(payload as JournalEntry);
      else if (event === 'changed') on.changed(payload as AdminChange);
      else if (event === 'overflow') on.overflow();
    }
  }
}
