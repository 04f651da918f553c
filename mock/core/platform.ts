import type { DatasetInfo, Dataset } from '../../fixtures/types';

/** What the mock logs through: pino's Logger fits, and so does any object with these methods. */
export interface MockLogger {
  error(object: unknown, message?: string): void;
  warn(object: unknown, message?: string): void;
  info(object: unknown, message?: string): void;
  isLevelEnabled(level: string): boolean;
}

/** The named data sets the admin API can list and load (`/__admin/datasets`): on disk for Node, none in a browser. */
export interface DatasetSource {
  list(): DatasetInfo[];
  /** The data set, or undefined when there is none of that name. */
  load(name: string): Dataset | undefined;
}

/**
 * What the core needs from the runtime it runs in, given by each adapter: the kit's version, how to wait, the
 * process's memory (for health) and the data sets. The core imports nothing of Node's: Express and the CLI
 * pass Node's, the fetch and MSW adapters what a worker or a browser has.
 */
export interface Platform {
  /** The kit's version (`/__admin/health`). */
  version: string;
  /** Resolves after `ms`, or at once when `signal` aborts. Must not keep a process alive by itself. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** The process's memory, where the runtime tells it. */
  memory?(): { rss: number; heapUsed: number };
  datasets?: DatasetSource;
}

/** A timer that does not keep Node's event loop alive (other runtimes have no such notion). */
export function unref<T>(timer: T): T {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

/** `sleep` with the runtime's timers: resolves after `ms`, or as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = unref(setTimeout(done, ms));
    signal?.addEventListener('abort', done, { once: true });
  });
}
