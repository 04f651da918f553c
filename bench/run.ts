/**
 * `npm run bench [-- --quick]`: throughput of the targets a–e (alternating over rounds), start-up of the
 * mock vs Prism, and the mock's RSS over a long create run. Writes bench/results/<out>.json and .md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { parseConfig } from './config';
import { machineInfo } from './machine';
import { measureMemory } from './memory';
import { BenchResults, checkTargets, ratios } from './model';
import { toMarkdown } from './report';
import { measureStartup } from './startup';
import { round } from './stats';
import { expressCommand, mockCommand, prismCommand, ROOT, targets } from './targets';
import { measureThroughput } from './throughput';

const log = (line: string) => console.log(`[bench] ${line}`);

/** Rounds every number in the results to 2 decimals, for a readable JSON file. */
const rounded = (value: unknown): unknown =>
  typeof value === 'number' ? round(value) : Array.isArray(value) ? value.map(rounded) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) : value;

async function main(): Promise<void> {
  const config = parseConfig(process.argv.slice(2));
  const started = Date.now();
  const machine = machineInfo(ROOT);
  log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; phases: ${config.phases.join(', ')}`);
  if (machine.loadAverage > 1) log(`warning: the 1-minute load average is ${machine.loadAverage.toFixed(2)}; other work on the machine will skew the numbers`);
  const settings = {
    rounds: config.rounds,
    quietWaitS: config.quietWaitS,
    maxOtherCpuPct: config.maxOtherCpuPct,
    attempts: config.attempts,
    connections: config.connections, warmupS: config.warmupS, durationS: config.durationS };

  const throughput = config.phases.includes('throughput')
    ? await measureThroughput(targets(config.baseline).filter((t) => config.targets.includes(t.key)), settings, log)
    : [];
  const startup = config.phases.includes('startup')
    ? await measureStartup(
        [['mock', mockCommand()], ...(config.baseline ? [['baseline mock', mockCommand([], config.baseline)] as const] : []), ['prism', prismCommand], ['express (trivial)', expressCommand]],
        config.startupRuns,
        config.quietWaitS,
        log,
      )
    : [];
  const memory = config.phases.includes('memory')
    ? await measureMemory(config.memoryCheckpoints, config.maxOpportunities, config.connections, log)
    : undefined;

  // The baseline as its commit, not as a folder of this machine (the results are committed).
  const baselineLabel = config.baseline ? `<checkout of ${commitOf(config.baseline)}>` : undefined;
  const ratioValues = ratios(throughput);
  const results: BenchResults = {
    date: new Date().toISOString(),
    loadAverageAtEnd: loadavg()[0],
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).map((arg) => (arg === config.baseline ? baselineLabel : arg)).join(' ')}` : ''}`,
    baseline: baselineLabel,
    machine,
    settings,
    throughput,
    ratios: ratioValues,
    startup,
    memory,
    checks: checkTargets({ ratios: ratioValues, startup, memory }),
  };
  const dir = resolve(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, `${config.out}.json`), `${JSON.stringify(rounded(results), null, 2)}\n`);
  const markdown = toMarkdown(results);
  writeFileSync(resolve(dir, `${config.out}.md`), markdown);
  console.log(`\n${markdown}`);
  log(`wrote bench/results/${config.out}.json and .md in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

/** The short commit a checkout is at, or its folder's name when it is not a git checkout. */
function commitOf(dir: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return basename(dir);
  }
}
