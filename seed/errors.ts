/** How the seeder exits. */
export const EXIT = {
  /** Every request was created, replayed or already recorded. */
  ok: 0,
  /** Some requests failed, or the run stopped (refused key, unreachable target). */
  failed: 1,
  /** The command line or an option is wrong: nothing was sent. */
  usage: 2,
  /** Interrupted (Ctrl-C); rerun with the same --results file to resume. */
  interrupted: 130,
} as const;

/**
 * A failure the user can fix (a bad flag, an unknown data set, a refused key, an unreachable target). The
 * message says what failed, why, and what to do; the CLI prints it without a stack trace.
 */
export class SeedError extends Error {
  override name = 'SeedError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
