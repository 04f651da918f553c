import type { JournalRecord } from '../journal/journal';
import type { components } from '../../../spec/types/admin';

export type AdminChange = components['schemas']['AdminChange'];

/** One subscriber of the feed: an open event stream (`GET /__admin/events`). */
export interface FeedListener {
  /** The session it follows; undefined for every session. */
  readonly session?: string;
  journaled(record: JournalRecord): void;
  changed(change: AdminChange): void;
}

/**
 * Tells the open event streams what happened in the mock: each request journaled, each admin call that
 * changed something. With no listener (the usual case) it costs the request path one size check.
 */
export class AdminFeed {
  private readonly listeners = new Set<FeedListener>();

  /** How many streams are open. */
  get size(): number {
    return this.listeners.size;
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  journaled(record: JournalRecord): void {
    if (this.listeners.size === 0) return;
    for (const listener of this.listeners) {
      if (listener.session === undefined || listener.session === record.session) listener.journaled(record);
    }
  }

  /** An admin operation changed one session, or every session (`session` undefined). */
  changed(operation: string, session?: string): void {
    if (this.listeners.size === 0) return;
    const change: AdminChange = { operation, session: session ?? null };
    for (const listener of this.listeners) {
      if (listener.session === undefined || session === undefined || listener.session === session) listener.changed(change);
    }
  }
}
