import { validationError } from '../errors';
import { parseInstant } from '../state/instant';
import type { ValidationErrorItem } from '../types';

/**
 * An instant of an admin request read as the mock's clock reads them (`parseInstant`, 1970 to 9999): epoch ms,
 * or the 422 detail at `loc` saying why not. The spec's `date-time` lets through instants `parseInstant` refuses
 * (a leap second, more than 9 fraction digits, a `+05` offset): they answer 422 here, never a 500 or a NaN stored.
 */
export function readInstant(text: string, loc: ValidationErrorItem['loc']): number | ValidationErrorItem {
  const ms = parseInstant(text);
  return typeof ms === 'number' ? ms : { loc, msg: ms, type: 'value_error' };
}

/** `readInstant`, throwing its 422 (`where` names the input in the message). */
export function instantParam(text: string, loc: ValidationErrorItem['loc'], where?: string): number {
  const ms = readInstant(text, loc);
  if (typeof ms !== 'number') throw validationError([ms], where);
  return ms;
}
