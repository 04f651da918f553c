import { validationError } from '../errors';
import { LATEST_INSTANT_MS } from '../state/instant';
import type { MockRuntime } from '../runtime';
import type { AdminInput, AdminSchemas } from './types';

export function clockState(runtime: MockRuntime): AdminSchemas['ClockState'] {
  return { now: new Date(runtime.clock.now()).toISOString(), frozen: runtime.clock.frozen };
}

/** `GET /__admin/clock`. */
export function getClock(runtime: MockRuntime): AdminSchemas['ClockState'] {
  return clockState(runtime);
}

/** `POST /__admin/clock`: freeze at `set`, then move forward by `advance_ms`. */
export function setClock(runtime: MockRuntime, { body }: AdminInput): AdminSchemas['ClockState'] {
  const change = body as AdminSchemas['ClockChange'];
  const from = change.set !== undefined ? Date.parse(change.set) : runtime.clock.now();
  const to = from + (change.advance_ms ?? 0);
  if (!(from >= 0 && to <= LATEST_INSTANT_MS)) {
    const msg = 'The clock must stay between 1970-01-01 and 9999-12-31T23:59:59Z (the timestamps it writes)';
    throw validationError([{ loc: ['body', change.advance_ms !== undefined && from >= 0 ? 'advance_ms' : 'set'], msg, type: 'value_error' }], 'clock change');
  }
  if (change.set !== undefined) runtime.clock.set(change.set);
  if (change.advance_ms !== undefined) runtime.clock.advance(change.advance_ms);
  return clockState(runtime);
}
