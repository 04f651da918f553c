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
  if (change.set !== undefined) runtime.clock.set(change.set);
  if (change.advance_ms !== undefined) runtime.clock.advance(change.advance_ms);
  return clockState(runtime);
}
