import { validationError } from '../errors';
import { LATEST_INSTANT_MS } from '../state/instant';
import { instantParam } from './instant';
import type { MockRuntime } from '../runtime';
import type { AdminInput, AdminSchemas } from './types';

/** `GET /__admin/clock` (and the health's clock). */
export function clockState(runtime: MockRuntime): AdminSchemas['ClockState'] {
  return { now: new Date(runtime.clock.now()).toISOString(), frozen: runtime.clock.frozen };
}

/** `POST /__admin/clock`: freeze at `set`, then move forward by `advance_ms` (a 422 rather than past 9999-12-31). */
export function setClock(runtime: MockRuntime, { body }: AdminInput): AdminSchemas['ClockState'] {
  const change = body as AdminSchemas['ClockChange'];
  const at = change.set !== undefined ? instantParam(change.set, ['body', 'set'], 'clock change') : undefined;
  if (change.advance_ms !== undefined && (at ?? runtime.clock.now()) + change.advance_ms > LATEST_INSTANT_MS) {
    const msg = 'The clock must stay before 9999-12-31T23:59:59Z (the last instant timestamps can show)';
    throw validationError([{ loc: ['body', 'advance_ms'], msg, type: 'value_error' }], 'clock change');
  }
  if (at !== undefined) runtime.clock.set(at);
  if (change.advance_ms !== undefined) runtime.clock.advance(change.advance_ms);
  return clockState(runtime);
}
