import { machineCpuMs } from './machine';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits (at most `maxWaitS`) for a second in which other processes use less than `maxBusyPct` of the
 * machine's CPU; call it while no server under test runs. Resolves with the last second's busy %, so a run
 * that could not wait for quiet can say so.
 */
export async function waitForQuiet(maxBusyPct: number, maxWaitS: number): Promise<number> {
  let busyPct = 100;
  for (let waited = 0; waited < maxWaitS; waited++) {
    const before = machineCpuMs();
    await sleep(1000);
    const after = machineCpuMs();
    busyPct = (100 * (after.busy - before.busy)) / Math.max(1, after.total - before.total);
    if (busyPct < maxBusyPct) return busyPct;
  }
  return busyPct;
}
