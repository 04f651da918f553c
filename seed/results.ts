import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { EXIT, SeedError } from './errors';

/** What happened to one request: a line of the results file. */
export interface SeedResult {
  index: number;
  /** Its idempotency key: what a resumed run recognises it by. */
  key: string;
  /** The status of the final answer; `null` when the target was not reached. */
  status: number | null;
  outcome: 'created' | 'replayed' | 'failed';
  /** The opportunity's id, when created or replayed. */
  id?: string;
  /** Why it failed. */
  reason?: string;
  /** How many attempts it took. */
  attempts: number;
}

/**
 * The results file (`--results`, NDJSON, one SeedResult a line). Opening it reads what an earlier run
 * recorded; the keys recorded as created or replayed are skipped, so an interrupted run resumes where it
 * stopped. Each result is written with a synchronous append before the next is counted, so a killed run
 * loses at most the requests in flight (a resumed run sends them again and the API replays them).
 */
export class ResultsLog {
  private fd: number;
  /** Keys an earlier run created or replayed. */
  readonly done: ReadonlySet<string>;
  /** Lines that were not results (a line cut short when a run was killed mid-write). */
  readonly unreadable: number;

  constructor(readonly file: string) {
    const done = new Set<string>();
    let unreadable = 0;
    let text = '';
    try {
      text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      this.fd = openSync(file, 'a');
    } catch (error) {
      throw new SeedError(`Failed to open the results file ${file}: ${(error as Error).message}. Pass a --results path you can write to.`, EXIT.usage);
    }
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const result = JSON.parse(line) as Partial<SeedResult>;
        if (typeof result.key === 'string' && (result.outcome === 'created' || result.outcome === 'replayed')) done.add(result.key);
      } catch {
        unreadable++;
      }
    }
    // A run killed mid-line leaves no final newline: start on a fresh line so the next result stays readable.
    if (text.length > 0 && !text.endsWith('\n')) writeSync(this.fd, '\n');
    this.done = done;
    this.unreadable = unreadable;
  }

  append(result: SeedResult): void {
    writeSync(this.fd, `${JSON.stringify(result)}\n`);
  }

  close(): void {
    closeSync(this.fd);
  }
}
