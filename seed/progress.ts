import { Presets, SingleBar } from 'cli-progress';
import type { Tally } from './summary';

/** `bar` on a terminal, `lines` otherwise (logs, CI), `none` for silence. */
export type ProgressMode = 'bar' | 'lines' | 'none';

/** Reports a run's progress as results come in. */
export interface Progress {
  update(tally: Tally): void;
  stop(): void;
}

const counts = (t: Tally) => ({ created: t.created, replayed: t.replayed, failed: t.failed });
/** How far a run is: answered, or skipped as done by an earlier run. */
const done = (t: Tally) => t.finished + t.skipped;

/** A cli-progress bar on `stream` (a terminal). */
function bar(total: number, stream: NodeJS.WritableStream): Progress {
  const progress = new SingleBar(
    {
      stream,
      format: 'seeding [{bar}] {percentage}% | {value}/{total} | created {created}, replayed {replayed}, failed {failed} | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 200,
    },
    Presets.shades_classic,
  );
  progress.start(total, 0, { created: 0, replayed: 0, failed: 0 });
  return {
    update: (t) => progress.update(done(t), counts(t)),
    stop: () => progress.stop(),
  };
}

/** A plain line at every tenth of the way and at least every 10 s, for logs that are not a terminal. */
function lines(total: number, stream: NodeJS.WritableStream, everyMs = 10_000): Progress {
  let nextTenth = 1;
  let lastAt = Date.now();
  const print = (t: Tally) => {
    const { created, replayed, failed } = counts(t);
    stream.write(`progress: ${done(t)}/${total} (${Math.floor((done(t) / total) * 100)}%) created ${created}, replayed ${replayed}, failed ${failed}\n`);
    lastAt = Date.now();
  };
  return {
    update(t) {
      const tenth = Math.floor((done(t) / total) * 10);
      if (tenth >= nextTenth || Date.now() - lastAt >= everyMs) {
        nextTenth = tenth + 1;
        print(t);
      }
    },
    stop() {},
  };
}

/** The progress reporter of a run of `total` requests. */
export function createProgress(mode: ProgressMode, total: number, stream: NodeJS.WritableStream): Progress {
  if (mode === 'none' || total === 0) return { update() {}, stop() {} };
  return mode === 'bar' ? bar(total, stream) : lines(total, stream);
}
