import { parseConfig } from '../config';
import { BenchResults, checkTargets, ratios, TargetResult } from '../model';
import { CpuProfile, formatSummary, groupOf, summarizeProfile } from '../profile-summary';
import { toMarkdown } from '../report';
import { median, percentile } from '../stats';

const target = (key: string, rps: number, p99: number): TargetResult => ({
  key,
  label: `target ${key}`,
  rounds: 3,
  rps,
  rpsMin: rps - 10,
  rpsMax: rps + 10,
  p50: 1,
  p99,
  cpuUsPerRequest: 100,
  otherCpuPct: 3,
  responses: 1000,
  statuses: { '200': 1000 },
});

describe('stats', () => {
  test('percentile is nearest-rank and median averages the middle pair', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 99)).toBe(10);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('targets and the results table', () => {
  const throughput = [target('a', 6000, 4), target('b', 3000, 5), target('f', 2500, 7), target('c', 5400, 4), target('e', 1000, 20)];
  const memory = {
    maxOpportunities: 10_000,
    samples: [
      { requests: 0, rssMb: 80, peakMb: 80, rps: 0 },
      { requests: 100_000, rssMb: 300, peakMb: 310, rps: 5 },
      { requests: 1_000_000, rssMb: 360, peakMb: 370, rps: 5 },
    ],
    growthMb: 60,
  };
  const results: BenchResults = {
    date: '2026-07-01T09:00:00Z',
    loadAverageAtEnd: 0.2,
    command: 'npm run bench',
    machine: { cpu: 'Test CPU', loadAverage: 0.1, cores: 2, memoryGb: 8, os: 'Linux', node: 'v20.20.2', autocannon: '9.0.0', prism: '5.14.2' },
    settings: { connections: 10, warmupS: 2, durationS: 8, rounds: 3, quietWaitS: 60, maxOtherCpuPct: 15, attempts: 3 },
    throughput,
    ratios: ratios(throughput),
    startup: [{ name: 'mock', runs: 7, medianMs: 650, minMs: 600, maxMs: 700 }],
    memory,
    checks: [],
  };
  results.checks = checkTargets(results);

  test('the ratios and the checks say which target is missed and by how much', () => {
    expect(results.ratios['b/a req/s']).toBeCloseTo(0.5);
    expect(results.ratios['b/e req/s']).toBeCloseTo(3);
    expect(results.checks.map((c) => [c.name, c.actual, c.met])).toEqual([
      ['valid create vs Express ceiling', '0.50×', false],
      ['valid create vs Prism', '3.00×', true],
      ['valid create: p99 vs Express ceiling', '1.25×', true],
      ['valid create, unknown ids vs Express ceiling', '0.42×', false],
      ['valid create, unknown ids vs Prism', '2.50×', true],
      ['valid create, unknown ids: p99 vs Express ceiling', '1.75×', false],
      ['start-up to first 200', '650 ms', false],
      ['RSS growth, 100,000 → 1,000,000 requests', '60.0 MB', false],
    ]);
  });

  test('the Markdown has the machine, one row per target and the missed targets in bold', () => {
    const markdown = toMarkdown(results);
    expect(markdown).toContain('Test CPU, 2 cores');
    expect(markdown).toContain('| (b) target b | 3,000 | 2,990–3,010 | 1.00 | 5.00 | 100 | 3 | 1,000×200 |');
    expect(markdown).toContain('b/a req/s: **0.50**');
    expect(markdown).toContain('| start-up to first 200 | < 400 ms | 650 ms | **missed** |');
    expect(markdown).toContain('| 1,000,000 | 360.0 | 370.0 |  |  |  | 5 |');
  });

  test('a quick run does not judge the memory target', () => {
    const quick = { ...memory, samples: [memory.samples[0], { ...memory.samples[1], requests: 10_000 }, { ...memory.samples[2], requests: 100_000 }] };
    expect(checkTargets({ ratios: {}, startup: [], memory: quick })[0].met).toBeNull();
  });
});

describe('profile summary', () => {
  // root → handler (project) → stringify (V8 builtin); root → (garbage collector); root → (idle)
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 4, 5] },
      { id: 2, callFrame: { functionName: 'handler', url: 'file:///repo/dist/mock/respond.js', lineNumber: 9 }, children: [3] },
      { id: 3, callFrame: { functionName: 'seed', url: 'file:///repo/node_modules/@faker-js/faker/dist/x.cjs', lineNumber: 0 } },
      { id: 4, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
      { id: 5, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
    ],
    startTime: 0,
    endTime: 800,
    samples: [2, 3, 3, 3, 4, 5, 2, 2],
    timeDeltas: [0, 100, 100, 100, 100, 100, 100, 100],
  };

  test('groups frames by package, project source file, node core or V8 pseudo-frame', () => {
    expect(groupOf('file:///repo/node_modules/@faker-js/faker/dist/x.cjs', 'seed', '/repo')).toBe('@faker-js/faker');
    expect(groupOf('/repo/node_modules/router/index.js', 'next', '/repo')).toBe('router');
    expect(groupOf('file:///repo/dist/mock/respond.js', 'send', '/repo')).toBe('mock/respond.ts');
    expect(groupOf('node:_http_outgoing', 'setHeader', '/repo')).toBe('node core');
    expect(groupOf('', '(garbage collector)', '/repo')).toBe('(garbage collector)');
    expect(groupOf('', 'writev', '/repo')).toBe('(native)');
    expect(groupOf('', 'validate12', '/repo')).toBe('ajv (generated validators)');
  });

  test('self time, total time and groups exclude idle; a time window drops samples outside it', () => {
    const s = summarizeProfile(profile, '/repo');
    expect(s.busyMs).toBeCloseTo(0.6);
    expect(s.idleMs).toBeCloseTo(0.1);
    const handler = s.functions.find((f) => f.functionName === 'handler')!;
    expect([handler.selfMs, handler.totalMs, handler.location, handler.group]).toEqual([0.2, 0.5, 'dist/mock/respond.js:10', 'mock/respond.ts']);
    expect(s.groups[0]).toEqual({ group: '@faker-js/faker', selfMs: 0.3 });
    expect(summarizeProfile(profile, '/repo', { fromUs: 450 }).busyMs).toBeCloseTo(0.1);
    expect(formatSummary(s, 2)).toContain('| 1 | 0 | 50.0% | `seed` | @faker-js/faker/dist/x.cjs:1 | @faker-js/faker |');
    expect(formatSummary(s, 2, 3)).toContain('| 1 | 0 | 50.0% | 100.0 | `seed` |');
  });
});

describe('config', () => {
  test('--quick shrinks the run and writes quick.*; an unknown phase is refused', () => {
    const quick = parseConfig(['--quick']);
    expect([quick.rounds, quick.durationS, quick.memoryRequests, quick.out]).toEqual([1, 3, 100_000, 'quick']);
    expect(quick.memoryCheckpoints).toEqual([10_000, 25_000, 50_000, 100_000]);
    expect(parseConfig([]).memoryCheckpoints).toEqual([100_000, 250_000, 500_000, 1_000_000]);
    expect(parseConfig(['--only', 'startup']).out).toBe('partial');
    expect(() => parseConfig(['--only', 'nap'])).toThrow(/--only takes/);
  });
});
