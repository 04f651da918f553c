/**
 * `npm run bench:soak [-- --seconds 90]`: the loads that broke the mock before issue 11, run against the built
 * mock with default flags (so the default memory budget), on 127.0.0.1, each bounded in time or count:
 *   A. 8 clients posting valid creates with 400 KB `notes` (it crashed after about 10,560 before);
 *   B. small creates spread over 40 sessions (1.55 GB with nothing evicted before);
 *   C. 20,000 rejected 60 KB bodies over 20 sessions (1.36 GB, kept after a reset, before);
 * then a reset. Reports RSS (now and peak, from /proc) and the budget from /__admin/health after each, and fails
 * if the mock crashed or answered anything unexpected. Writes bench/results/soak.md and soak.json.
 */
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { startAndWait, ServerProcess } from './child';
import { BenchRequest, sendOnce } from './http';
import { machineInfo, residentMb } from './machine';
import { CREATE_PATH, HEADERS } from './requests';
import { mockCommand, ROOT, VALID_CREATE } from './targets';

const log = (line: string) => console.log(`[soak] ${line}`);
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SECONDS = arg('seconds', 90);
const ACCOUNT = '8d116ece-1738-47d9-bd9c-172411e20b8f';

interface Phase {
  name: string;
  connections: number;
  /** Stop after this many requests, or after SECONDS, whichever comes first. */
  amount: number;
  expect: number;
  request: (index: number) => { headers: Record<string, string>; body: string };
}

const big = JSON.stringify({ name: 'Acme Corp - Enterprise License', account_id: ACCOUNT, notes: 'n'.repeat(400_000) });
const small = JSON.stringify({ name: 'Acme Corp - Expansion', account_id: ACCOUNT, notes: 'Follow up after Q3 board meeting' });
const rejected = JSON.stringify({ name: 42, account_id: ACCOUNT, notes: 'r'.repeat(60_000) });
const PHASES: Phase[] = [
  { name: 'A. 400 KB notes, 8 clients', connections: 8, amount: 12_000, expect: 200, request: () => ({ headers: { ...HEADERS }, body: big }) },
  { name: 'B. small creates over 40 sessions', connections: 10, amount: 400_000, expect: 200, request: (i) => ({ headers: { ...HEADERS, 'x-mock-session': `soak-${i % 40}` }, body: small }) },
  { name: 'C. rejected 60 KB bodies over 20 sessions', connections: 8, amount: 20_000, expect: 422, request: (i) => ({ headers: { ...HEADERS, 'x-mock-session': `reject-${i % 20}` }, body: rejected }) },
];

interface Row {
  phase: string;
  requests: number;
  seconds: number;
  rps: number;
  unexpected: number;
  rssMb: number;
  peakRssMb: number;
  budgetUsedMb: number;
  evicted: Record<string, number>;
}

async function health(server: ServerProcess): Promise<{ used_bytes: number; evicted: Record<string, number> }> {
  const res = await sendOnce(server.baseUrl, { method: 'GET', path: '/__admin/health', headers: {} });
  if (res.status !== 200) throw new Error(`/__admin/health answered ${res.status}: ${res.body}`);
  return JSON.parse(res.body).memory;
}

function load(server: ServerProcess, phase: Phase): Promise<{ requests: number; seconds: number; unexpected: number }> {
  let sent = 0;
  const started = Date.now();
  return new Promise((done, fail) => {
    const instance = autocannon(
      {
        url: server.baseUrl,
        connections: phase.connections,
        amount: phase.amount,
        timeout: 30,
        requests: [{ method: 'POST', path: CREATE_PATH, setupRequest: (defaults) => ({ ...defaults, ...phase.request(sent++) }) }],
      },
      (error, result) => {
        clearTimeout(timer);
        if (error) return fail(error);
        const requests = Object.values(result.statusCodeStats).reduce((sum, { count }) => sum + count, 0);
        const expected = result.statusCodeStats[String(phase.expect) as keyof typeof result.statusCodeStats]?.count ?? 0;
        done({ requests, seconds: (Date.now() - started) / 1000, unexpected: requests - expected + result.errors });
      },
    );
    const timer = setTimeout(() => instance.stop(), SECONDS * 1000);
  });
}

async function main(): Promise<void> {
  const machine = machineInfo(ROOT);
  log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load average ${loadavg()[0].toFixed(2)}; each phase at most ${SECONDS} s`);
  const probe: BenchRequest = VALID_CREATE;
  const { server } = await startAndWait(mockCommand([]), probe, 200);
  const rows: Row[] = [];
  const sample = async (phase: string, run: { requests: number; seconds: number; unexpected: number }) => {
    const exit = server.exited();
    if (exit) throw new Error(`the mock died during "${phase}" (${exit}). Its output:\n${server.output()}`);
    const { rss, peak } = residentMb(server.pid);
    const memory = await health(server);
    const row = { phase, ...run, rps: run.seconds ? run.requests / run.seconds : 0, rssMb: rss, peakRssMb: peak, budgetUsedMb: memory.used_bytes / 2 ** 20, evicted: memory.evicted };
    rows.push(row);
    log(`${phase}: ${run.requests} requests in ${run.seconds.toFixed(1)} s (${run.seconds ? row.rps.toFixed(0) : 0}/s), ${run.unexpected} unexpected; RSS ${rss.toFixed(0)} MB (peak ${peak.toFixed(0)}), budget ${row.budgetUsedMb.toFixed(1)} MB, evicted ${JSON.stringify(memory.evicted)}`);
  };
  try {
    await sample('idle', { requests: 0, seconds: 0, unexpected: 0 });
    for (const phase of PHASES) await sample(phase.name, await load(server, phase));
    const reset = await sendOnce(server.baseUrl, { method: 'POST', path: '/__admin/reset', headers: {} });
    if (reset.status !== 200) throw new Error(`reset answered ${reset.status}`);
    await sample('after POST /__admin/reset', { requests: 0, seconds: 0, unexpected: 0 });
    await new Promise((r) => setTimeout(r, 5000));
    await sample('5 s later, idle', { requests: 0, seconds: 0, unexpected: 0 });
  } finally {
    await server.stop();
  }
  const md = [
    `# Soak (${new Date().toISOString()})`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, shared with other work (1-minute load average ${loadavg()[0].toFixed(2)} at the end). ` +
      `The built mock with default flags (memory budget 256 MiB), load from autocannon on 127.0.0.1, each phase stopped after its count or ${SECONDS} s.`,
    '',
    '| phase | requests | s | req/s | unexpected | RSS MB | peak RSS MB | budget used MB | evicted (opportunities / journal / keys) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.phase} | ${r.requests} | ${r.seconds.toFixed(1)} | ${r.rps ? r.rps.toFixed(0) : ''} | ${r.unexpected} | ${r.rssMb.toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${r.budgetUsedMb.toFixed(1)} | ${r.evicted.opportunities} / ${r.evicted.journal_entries} / ${r.evicted.idempotency_keys} |`),
    '',
  ].join('\n');
  const dir = resolve(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'soak.md'), md);
  writeFileSync(resolve(dir, 'soak.json'), `${JSON.stringify({ machine, seconds: SECONDS, rows }, null, 2)}\n`);
  log(`wrote bench/results/soak.md`);
  const bad = rows.filter((r) => r.unexpected > 0);
  if (bad.length) throw new Error(`unexpected answers in: ${bad.map((r) => r.phase).join(', ')}`);
}

main().catch((error) => {
  console.error(`[soak] ${(error as Error).message}`);
  process.exitCode = 1;
});
