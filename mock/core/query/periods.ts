const DAY_MS = 86_400_000;
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `[from, to)` as `YYYY-MM-DD`: the dates of a semantic period before the instant `nowMs` (UTC). */
export type Period = [from: string, to: string];

/**
 * The calendar period a semantic key names, relative to `nowMs` (the mock's clock): `previous_week` is the
 * Monday-to-Sunday week before this one, `previous_month` and `previous_quarter` the calendar month and
 * quarter before this one. Undefined for another key.
 */
export function periodOf(key: string, nowMs: number): Period | undefined {
  const now = new Date(nowMs);
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  switch (key) {
    case 'previous_week': {
      const today = Date.UTC(year, month, now.getUTCDate());
      const monday = today - ((now.getUTCDay() + 6) % 7) * DAY_MS;
      return [ymd(monday - 7 * DAY_MS), ymd(monday)];
    }
    case 'previous_month':
      return [ymd(Date.UTC(year, month - 1, 1)), ymd(Date.UTC(year, month, 1))];
    case 'previous_quarter': {
      const quarter = month - (month % 3);
      return [ymd(Date.UTC(year, quarter - 3, 1)), ymd(Date.UTC(year, quarter, 1))];
    }
    default:
      return undefined;
  }
}
