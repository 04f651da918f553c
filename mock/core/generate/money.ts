import type { AmountUnit } from '../../../spec/versions';
import type { EstimatedValue } from '../types';

/** ISO 4217 currencies whose minor unit is not a hundredth (every other code, and none, has 2 decimals). */
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/** The largest amount the spec allows: what a JSON number carries exactly. */
export const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

/** Minor units per unit of a currency: 100 for USD, 1 for JPY, 1000 for KWD (ISO 4217; unknown codes 100). */
export function minorUnitsPer(currency: string | null | undefined): number {
  return 10 ** (EXPONENTS[(currency ?? '').toUpperCase()] ?? 2);
}

/** Within ±(2^53-1): an amount past the bound becomes the bound. */
const saturate = (amount: number) => Math.max(-MAX_AMOUNT, Math.min(MAX_AMOUNT, amount));

/**
 * An amount counted in one unit, counted in the other: unit → minor multiplies by the currency's minor units,
 * minor → unit divides (rounded to the nearest whole unit, halves away from zero). Either stays within
 * ±(2^53-1), the spec's bound, so an amount at the bound stays at the bound.
 */
export function convertAmount(amount: number, currency: string | null | undefined, from: AmountUnit, to: AmountUnit): number {
  if (from === to || amount === 0) return amount;
  const per = minorUnitsPer(currency);
  if (to === 'minor') return saturate(amount * per);
  const whole = Math.round(Math.abs(amount) / per);
  return saturate(Math.sign(amount) * whole);
}

/** An estimated value in another unit (the same object when nothing changes). */
export function convertEstimatedValue(value: EstimatedValue | null, from: AmountUnit, to: AmountUnit): EstimatedValue | null {
  if (!value || value.amount === null || value.amount === undefined || from === to) return value;
  const amount = convertAmount(value.amount, value.currency_code, from, to);
  return amount === value.amount ? value : { ...value, amount };
}
