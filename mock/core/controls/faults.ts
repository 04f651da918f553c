import type { MockFault } from '../http/request';
import type { Platform } from '../platform';
import type { Fault } from './scenarios/types';

/** Aborts when either signal does. */
function either(a: AbortSignal | undefined, b: AbortSignal): AbortSignal {
  return a ? AbortSignal.any([a, b]) : b;
}

/**
 * A fault for the adapter to perform (the connection breaks the way a flaky network breaks it:
 * `connection-reset` with a TCP RST, `empty-response` closed without a byte, `timeout` closed after a while).
 * The core holds a `timeout` for `timeoutMs` first, or until the client goes away or the mock starts shutting
 * down (a held request is not work in flight).
 */
export async function holdFault(fault: Fault, timeoutMs: number, client: AbortSignal | undefined, shutdown: AbortSignal, platform: Platform): Promise<MockFault> {
  if (fault === 'timeout') await platform.sleep(timeoutMs, either(client, shutdown));
  return { kind: 'fault', fault };
}
