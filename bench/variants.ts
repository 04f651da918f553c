/**
 * `npm run bench:variants`: the valid create under mock flags that switch hot-path work off, alternating with
 * the Express ceiling, to price each piece (CORS, the realistic profile, request logging, the journal) without editing
 * the mock. Writes bench/results/variants.md.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mockCommand, ROOT, Target, TARGETS } from './targets';
import { measureThroughput } from './throughput';

const VARIANTS: readonly (readonly [string, string, string[]])[] = [
  ['b1', 'mock --no-cors', ['--no-cors']],
  ['b2', 'mock --profile minimal (no summary, risks or custom fields generated)', ['--profile', 'minimal']],
  ['b3', 'mock --log-level info (the CLI default: one JSON line per request, to a pipe)', ['--log-level', 'info']],
  ['b4', 'mock --journal-limit 0 (no request journal)', ['--journal-limit', '0']],
];

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { rounds: { type: 'string', default: '3' }, duration: { type: 'string', default: '6' } } });
  const [ceiling, create] = [TARGETS.find((t) => t.key === 'a')!, TARGETS.find((t) => t.key === 'b')!];
  const targets: Target[] = [ceiling, create, ...VARIANTS.map(([key, label, args]) => ({ ...create, key, label, command: mockCommand(args) }))];
  const settings = { rounds: Number(values.rounds), quietWaitS: 60, maxOtherCpuPct: 15, attempts: 3, connections: 10, warmupS: 2, durationS: Number(values.duration) };
  const results = await measureThroughput(targets, settings, (line) => console.log(`[variants] ${line}`));
  const base = results.find((r) => r.key === 'b')!;
  const lines = [
    `# Valid create under mock flag variants (${new Date().toISOString()})`,
    '',
    `${settings.rounds} rounds alternating, ${settings.connections} connections, ${settings.warmupS} s warm-up + ${settings.durationS} s each. ` +
      'Later `--log-level` flags override the bench default (`warn`).',
    '',
    '| target | req/s | p50 ms | p99 ms | server CPU µs/req | CPU vs (b) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| (${r.key}) ${r.label} | ${Math.round(r.rps)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${Math.round(r.cpuUsPerRequest)} | ` +
        `${r.cpuUsPerRequest - base.cpuUsPerRequest >= 0 ? '+' : ''}${Math.round(r.cpuUsPerRequest - base.cpuUsPerRequest)} µs |`,
    ),
    '',
  ];
  writeFileSync(resolve(ROOT, 'bench/results/variants.md'), lines.join('\n'));
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`[variants] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
