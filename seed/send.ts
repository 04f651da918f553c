import { setTimeout as sleep } from 'node:timers/promises';
import { EXIT, SeedError } from './errors';
import type { SeedRequest } from './generate';
import type { SeedResult } from './results';
import { isRetryable, retryDelay, RetryPolicy } from './retry';

/** Where and how requests are sent. */
export interface SendOptions {
  /** The full URL requests are posted to, e.g. `http://127.0.0.1:4010/v1/preview/opportunities`. */
  url: string;
  /** Sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** Requests in flight at most. */
  concurrency: number;
  retry: RetryPolicy;
  /** How long one attempt may take, in ms. */
  timeoutMs: number;
  /** Aborting it stops the run: nothing new is sent and requests in flight are abandoned. */
  signal?: AbortSignal;
}

/** What a run hears while it sends. */
export interface SendEvents {
  /** A request finished (created, replayed or failed), in completion order. */
  onResult(result: SeedResult): void;
  /** An attempt is retried; `cause` is the status (`429`, `503`) or `network`. */
  onRetry(cause: string): void;
}

/** Holds every worker back after a 429, until the wait the server asked for has passed. */
class RateGate {
  private until = 0;

  pause(ms: number): void {
    this.until = Math.max(this.until, Date.now() + ms);
  }

  async wait(signal: AbortSignal): Promise<void> {
    const ms = this.until - Date.now();
    if (ms > 0) await sleep(ms, undefined, { signal });
  }
}

/** `mks_local…_000`: enough of a key to recognise it, not enough to use it. */
export function maskKey(key: string): string {
  return key.length > 16 ? `${key.slice(0, 9)}…${key.slice(-4)}` : '(a short key)';
}

/** `422 validation_error: Invalid request body: …` from an error answer's body. */
export function describeAnswer(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string }; detail?: unknown };
    if (body.error?.code) return `${status} ${body.error.code}: ${body.error.message ?? ''}`;
    if (body.detail !== undefined) return `${status} ${typeof body.detail === 'string' ? body.detail : JSON.stringify(body.detail)}`;
  } catch {
    /* not JSON: show the text */
  }
  return `${status} ${text.replace(/\s+/g, ' ').trim().slice(0, 200) || '(empty body)'}`;
}

/** Why a fetch failed, as its cause says: `connect ECONNREFUSED 127.0.0.1:1`, `timed out after 30000 ms`. */
function networkCause(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { message?: string; code?: string } }).cause;
  return cause?.message ?? cause?.code ?? (error as Error).message;
}

function stopFor(status: number, text: string, options: SendOptions): SeedError | undefined {
  if (status === 401) {
    return new SeedError(
      `${options.url} answered ${describeAnswer(401, text)}: it refused the API key ${maskKey(options.apiKey)}. ` +
        'Pass a valid key with --api-key (or set MONACO_API_KEY); nothing more was sent.',
      EXIT.failed,
    );
  }
  if (status === 403) {
    return new SeedError(
      `${options.url} answered ${describeAnswer(403, text)} (key ${maskKey(options.apiKey)}). Pass a key with write access with --api-key; nothing more was sent.`,
      EXIT.failed,
    );
  }
  return undefined;
}

/** Sends one request until it is answered for good: retries 429, 5xx and network errors; stops the run on 401/403. */
async function sendOne(request: SeedRequest, options: SendOptions, events: SendEvents, gate: RateGate, signal: AbortSignal): Promise<SeedResult> {
  const body = JSON.stringify(request.body);
  const headers = { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' };
  const { index, key } = request;
  for (let attempt = 1; ; attempt++) {
    await gate.wait(signal);
    let response: Response;
    let text: string;
    try {
      response = await fetch(options.url, { method: 'POST', headers, body, signal: AbortSignal.any([signal, AbortSignal.timeout(options.timeoutMs)]) });
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw error;
      const cause = networkCause(error, options.timeoutMs);
      if (attempt > options.retry.maxRetries) {
        throw new SeedError(
          `Failed to reach ${options.url}: ${cause} (after ${attempt} attempts). Is the target running, and is --target right? ` +
            'Then rerun the same command: what was created is skipped (--results) or replayed, never duplicated.',
          EXIT.failed,
        );
      }
      events.onRetry('network');
      await sleep(retryDelay(attempt, undefined, options.retry, Date.now()), undefined, { signal });
      continue;
    }
    const { status } = response;
    if (status === 200) {
      const id = (JSON.parse(text) as { data?: { id?: unknown } }).data?.id;
      if (typeof id !== 'string') return { index, key, status, outcome: 'failed', reason: `200 without an opportunity: ${text.slice(0, 200)}`, attempts: attempt };
      return { index, key, status, outcome: response.headers.get('idempotent-replayed') === 'true' ? 'replayed' : 'created', id, attempts: attempt };
    }
    const stop = stopFor(status, text, options);
    if (stop) throw stop;
    if (isRetryable(status) && attempt <= options.retry.maxRetries) {
      const delay = retryDelay(attempt, response, options.retry, Date.now());
      if (status === 429) gate.pause(delay);
      events.onRetry(String(status));
      await sleep(delay, undefined, { signal });
      continue;
    }
    return { index, key, status, outcome: 'failed', reason: describeAnswer(status, text), attempts: attempt };
  }
}

/**
 * Posts the requests with at most `concurrency` in flight, pulling them from the iterator as workers free up
 * (so a run of any size holds only the requests in flight). Resolves when every request is answered; rejects
 * with a SeedError when going on is pointless (a refused key, an unreachable target), after the requests in
 * flight are abandoned; returns early, without error, when `options.signal` is aborted.
 */
export async function sendRequests(requests: Iterator<SeedRequest>, options: SendOptions, events: SendEvents): Promise<void> {
  const halt = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, halt.signal]) : halt.signal;
  const gate = new RateGate();
  let failure: unknown;
  const worker = async () => {
    while (!signal.aborted) {
      try {
        const next = requests.next();
        if (next.done) return;
        events.onResult(await sendOne(next.value, options, events, gate, signal));
      } catch (error) {
        if (!signal.aborted) {
          failure = error;
          halt.abort();
        }
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  if (failure) throw failure;
}
