import type { BenchResults } from './model';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The results as Markdown: machine, throughput table, ratios, start-up, memory and the targets. */
export function toMarkdown(r: BenchResults): string {
  const m = r.machine;
  const lines: string[] = [
    `# Benchmark results (${r.date})`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; autocannon ${m.autocannon}; Prism ${m.prism}. ` +
      `1-minute load average at the start ${m.loadAverage.toFixed(2)}, at the end ${r.loadAverageAtEnd.toFixed(2)}.`,
    `Load: ${r.settings.connections} connections, ${r.settings.warmupS} s warm-up + ${r.settings.durationS} s measured per target, ` +
      `${r.settings.rounds} round(s) alternating the targets; each server in its own process on 127.0.0.1, the load generator in another ` +
      '(all on the same cores). Medians across rounds. ' +
      `Before each target the bench waited up to ${r.settings.quietWaitS} s for a second in which other processes used under 10% of the CPU; ` +
      '"other work" is the CPU other processes still used during the measured run; ' +
      `a run with more than ${r.settings.maxOtherCpuPct}% was measured again (${r.settings.attempts} attempts at most, the quietest kept).`,
    `Command: \`${r.command}\``,
    '',
  ];
  if (r.throughput.length) {
    lines.push(
      '## Throughput',
      '',
      row(['target', 'req/s (median)', 'req/s (min–max)', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'other work % CPU', 'responses']),
      row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    );
    for (const t of r.throughput) {
      const statuses = Object.entries(t.statuses).map(([code, n]) => `${int(n)}×${code}`).join(', ');
      lines.push(row([`(${t.key}) ${t.label}`, int(t.rps), `${int(t.rpsMin)}–${int(t.rpsMax)}`, ms(t.p50), ms(t.p99), int(t.cpuUsPerRequest), t.otherCpuPct.toFixed(0), statuses]));
    }
    lines.push('', Object.entries(r.ratios).map(([name, v]) => `${name}: **${v.toFixed(2)}**`).join(' · '), '');
  }
  if (r.startup.length) {
    lines.push('## Start-up (spawn to the first 200 of a valid create)', '', row(['server', 'runs', 'median ms', 'min–max ms']), row(['---', '---:', '---:', '---:']));
    for (const s of r.startup) lines.push(row([s.name, s.runs, int(s.medianMs), `${int(s.minMs)}–${int(s.maxMs)}`]));
    lines.push('');
  }
  if (r.memory) {
    lines.push(
      `## Memory (mock RSS under valid creates, \`--max-opportunities ${int(r.memory.maxOpportunities)}\`, 1 in 10 with a new idempotency key, 1 in 10 a replay)`,
      '',
      row(['requests', 'RSS MB', 'peak RSS MB', 'V8 heap reserved MB', 'heap used MB', 'live heap after GC MB', 'req/s of the segment']),
      row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    );
    const opt = (v?: number) => (v === undefined ? '' : v.toFixed(1));
    for (const s of r.memory.samples) {
      lines.push(row([int(s.requests), s.rssMb.toFixed(1), s.peakMb.toFixed(1), opt(s.heapTotalMb), opt(s.heapUsedMb), opt(s.liveHeapMb), s.rps ? int(s.rps) : '']));
    }
    lines.push('', `Growth from the first checkpoint to the last: **${r.memory.growthMb.toFixed(1)} MB**.`, '');
  }
  if (r.checks.length) {
    lines.push('## Targets', '', row(['target', 'goal', 'this run', '']), row(['---', '---', '---:', '---']));
    for (const c of r.checks) lines.push(row([c.name, c.goal, c.actual, c.met === null ? 'not judged: a quick run does not cover the range' : c.met ? 'met' : '**missed**']));
    lines.push('');
  }
  return lines.join('\n');
}
