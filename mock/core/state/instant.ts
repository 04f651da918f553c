/** The latest instant the mock's clock may reach: timestamps are written `YYYY-MM-DDTHH:MM:SSZ`. */
export const LATEST_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59);

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/i;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads an ISO 8601 instant strictly: `2026-07-01T09:00:00Z` (or `2026-07-01`, midnight UTC; an offset, or none for
 * UTC). Numbers (`1`, `99999`) and impossible dates (`2026-02-30`, `24:00`) are refused rather than read the
 * way `Date.parse` would (`2001-01-01`, year 99999, 2 March). Returns epoch ms, or an error message.
 */
export function parseInstant(text: string): number | string {
  const match = ISO.exec(text.trim());
  const example = 'expected an ISO 8601 instant such as 2026-07-01T09:00:00Z';
  if (!match) return `"${text}" is not an ISO 8601 instant: ${example}.`;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', , sign, offsetH = '0', offsetM = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59 || Number(offsetM) > 59) {
    return `"${text}" is not a date that exists: ${example}.`;
  }
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(offsetH) * 60 + Number(offsetM)) * 60_000;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, Number(fraction.padEnd(3, '0').slice(0, 3))) - offsetMs;
  if (ms < 0 || ms > LATEST_INSTANT_MS) return `"${text}" is outside 1970-01-01 to 9999-12-31: ${example}.`;
  return ms;
}
