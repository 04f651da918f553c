import { ServerCommand, startAndWait } from './child';
import type { StartupResult } from './model';
import { waitForQuiet } from './quiet';
import { median } from './stats';
import { VALID_CREATE } from './targets';

/**
 * Time from spawn to the first 200 of a valid create (polled every 5 ms on fresh connections), for each
 * server, alternating the servers run by run, each after waiting up to `quietWaitS` for a quiet second;
 * median of `runs`.
 */
export async function measureStartup(
  servers: readonly (readonly [string, (port: number) => ServerCommand])[],
  runs: number,
  quietWaitS: number,
  log: (line: string) => void,
): Promise<StartupResult[]> {
  const times = new Map<string, number[]>(servers.map(([name]) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, command] of servers) {
      await waitForQuiet(10, quietWaitS);
      const { server, readyMs } = await startAndWait(command, VALID_CREATE, 200);
      await server.stop();
      times.get(name)!.push(readyMs);
      log(`start-up run ${run + 1}/${runs} ${name}: ${Math.round(readyMs)} ms`);
    }
  }
  return servers.map(([name]) => {
    const t = times.get(name)!;
    return { name, runs: t.length, medianMs: median(t), minMs: Math.min(...t), maxMs: Math.max(...t) };
  });
}
