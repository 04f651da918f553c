import type { SeedResult } from './results';

/** Advice for failures a user can fix, by the group they fall in. */
const HINTS: Record<string, string> = {
  '409 idempotency_conflict':
    'these keys were used before with other bodies (another --clock, --dataset or kit version): rerun with the original options, or use another --seed.',
  '404 not_found':
    "the target does not know the data set's accounts (strict references): start the mock with --fixtures <the set's orgs folder>, or seed another --dataset.",
  '422 validation_error':
    "the target rejected the bodies; with strict references it may not know the data set's owners, tags, stages or custom fields (see the messages above).",
};

/** Counts of a run, as results come in. */
export class Tally {
  created = 0;
  replayed = 0;
  /** Recorded as created or replayed by an earlier run (`--results`): not sent again. */
  skipped = 0;
  failed = 0;
  /** Retried attempts, by cause (`429`, `503`, `network`). */
  readonly retries = new Map<string, number>();
  /** Failures by group (`422 validation_error`), with the first message of each. */
  readonly failures = new Map<string, { count: number; example: string }>();

  add(result: SeedResult): void {
    if (result.outcome === 'failed') {
      this.failed++;
      const reason = result.reason ?? `${result.status ?? 'no answer'}`;
      const group = reason.split(':')[0];
      const entry = this.failures.get(group) ?? { count: 0, example: reason };
      entry.count++;
      this.failures.set(group, entry);
    } else {
      this[result.outcome]++;
    }
  }

  retried(cause: string): void {
    this.retries.set(cause, (this.retries.get(cause) ?? 0) + 1);
  }

  /** Requests answered (or given up on) in this run. */
  get finished(): number {
    return this.created + this.replayed + this.failed;
  }
}

/** What the summary says about the run besides its counts. */
export interface SummaryContext {
  /** `127 requests to http://…` or `written to requests.ndjson`. */
  headline: string;
  elapsedMs: number;
  /** The results file, when there is one. */
  results?: string;
  /** Why the run stopped early, when it did. */
  stopped?: string;
}

const row = (label: string, value: number, note = '') => `  ${label.padEnd(9)}${String(value).padStart(9)}${note ? `  ${note}` : ''}`;
const clip = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The end-of-run summary: created, replayed, skipped, failed (grouped by reason, with advice), retries. */
export function formatSummary(tally: Tally, context: SummaryContext): string {
  const retries = [...tally.retries.values()].reduce((a, b) => a + b, 0);
  const lines = [
    `${context.headline} in ${(context.elapsedMs / 1000).toFixed(1)} s`,
    row('created', tally.created),
    row('replayed', tally.replayed, tally.replayed ? '(already created: the API answered Idempotent-Replayed)' : ''),
    row('skipped', tally.skipped, tally.skipped && context.results ? `(recorded as done in ${context.results})` : ''),
    row('failed', tally.failed),
  ];
  for (const [group, { count, example }] of [...tally.failures].sort((a, b) => b[1].count - a[1].count)) {
    lines.push(`    ${count} × ${clip(example)}`);
    if (HINTS[group]) lines.push(`      hint: ${HINTS[group]}`);
  }
  lines.push(row('retries', retries, retries ? `(${[...tally.retries].map(([cause, n]) => `${cause}: ${n}`).join(', ')})` : ''));
  if (context.stopped) lines.push(`stopped: ${context.stopped}`);
  return `${lines.join('\n')}\n`;
}
