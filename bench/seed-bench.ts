/**
 * `npm run bench:seed`: how long generating 100,000 create requests and preloading 100,000 opportunities
 * take, and how much memory they need. Each scenario runs in a fresh process, so its peak RSS is its own.
 *
 *   npm run bench:seed                      every scenario, 100,000 records
 *   npm run bench:seed -- --count 20000     another size
 *   npm run bench:seed -- --send 5000       also send 5,000 requests to a mock (throughput)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { writeDataset } from '../fixtures/build/write';
import { Dataset, generateOpportunities, loadDataset } from '../fixtures/datasets';
import { createMockApp } from '../mock/adapters/express/app';
import { runSeed, SeedIO } from '../seed/run';

interface Measure {
  scenario: string;
  what: string;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  note?: string;
}

const SET = 'busy-pipeline';

/** Where the seeder's summaries go during a measure: nowhere. */
const discard = (): SeedIO => {
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  return { stdout: sink(), stderr: sink() };
};

/** Times `work` (wall and CPU), then reports with the process's peak RSS. */
async function measure(scenario: string, what: string, work: () => Promise<string | void> | string | void): Promise<Measure> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const note = (await work()) ?? undefined;
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { scenario, what, wallMs, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, note };
}

/** Puts opportunities into a mock's store, as preloading a data set does. */
function preload(dataset: Dataset, opportunities: Dataset['opportunities']): number {
  const app = createMockApp({ fixtures: dataset.orgs, clock: dataset.clock, maxOpportunities: opportunities.length });
  const store = app.mock.sessions.get().store;
  for (const { orgId, data } of opportunities) store.add(orgId, data);
  return store.size;
}

const SCENARIOS: Record<string, (count: number, arg?: string) => Promise<Measure>> = {
  async 'generate-requests'(count) {
    const scratch = mkdtempSync(join(tmpdir(), 'seed-bench-'));
    const out = join(scratch, 'requests.ndjson');
    loadDataset(SET); // the spec and fixtures load once per process, outside the measure
    const m = await measure('generate-requests', `generate ${count} create requests, check each against the spec, write NDJSON`, async () => {
      await runSeed({ count, dataset: SET, out }, discard());
      return `${(statSync(out).size / 1e6).toFixed(1)} MB written`;
    });
    rmSync(scratch, { recursive: true, force: true });
    return m;
  },
  async 'preload-generated'(count) {
    const dataset = loadDataset(SET);
    return measure('preload-generated', `generateOpportunities(${SET}, ${count}), each validated, into a mock's store`, () => {
      const stored = preload(dataset, generateOpportunities(dataset, { count }));
      return `${stored} stored, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`;
    });
  },
  async 'preload-file'(count, dir) {
    loadDataset(SET);
    return measure('preload-file', `loadDataset() of a ${count}-record NDJSON set, each validated, into a mock's store`, () => {
      const dataset = loadDataset(dir!);
      return `${preload(dataset, dataset.opportunities)} stored`;
    });
  },
  async send(count) {
    const app = createMockApp({ clock: '2026-07-01T09:00:00Z', maxOpportunities: count });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const m = await measure('send', `send ${count} requests to a mock in the same process (concurrency 8)`, async () => {
      const report = await runSeed({ count, target, progress: 'none' }, discard());
      return `${report.tally.created} created`;
    });
    server.closeAllConnections();
    server.close();
    return { ...m, note: `${m.note}, ${Math.round(count / (m.wallMs / 1000))} requests/s` };
  },
};

/** A data set folder holding `count` generated opportunities of busy-pipeline, for the file scenario. */
function writeLargeSet(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-bench-set-'));
  const { clock, orgs } = loadDataset(SET);
  writeDataset(dir, {
    manifest: { name: 'bench', description: `${count} opportunities of ${SET}`, clock, orgs: ['orgs/org.json'], opportunities: 'opportunities.ndjson' },
    orgFiles: [{ path: 'orgs/org.json', fixture: orgs[0] }],
    records: generateOpportunities(SET, { count, validate: false }),
  });
  return dir;
}

function runScenario(name: string, count: number, arg?: string): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [__filename, '--scenario', name, String(count), ...(arg ? [arg] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`scenario ${name} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--scenario') {
    process.stdout.write(JSON.stringify(await SCENARIOS[args[1]](Number(args[2]), args[3])));
    return;
  }
  const option = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
  const count = option('--count') ?? 100_000;
  const send = option('--send');
  const load = loadavg()[0].toFixed(2);
  console.log(`seed-bench: ${count} records, ${cpus().length} cores, Node ${process.versions.node}, load average ${load} at start\n`);
  const largeSet = writeLargeSet(count);
  const results: Measure[] = [];
  try {
    for (const name of ['generate-requests', 'preload-generated', 'preload-file']) results.push(await runScenario(name, count, largeSet));
    if (send) results.push(await runScenario('send', send));
  } finally {
    rmSync(largeSet, { recursive: true, force: true });
  }
  console.log('| scenario | what | wall | CPU | peak RSS | |');
  console.log('|---|---|---:|---:|---:|---|');
  for (const r of results) {
    console.log(`| ${r.scenario} | ${r.what} | ${(r.wallMs / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${r.peakRssMb.toFixed(0)} MB | ${r.note ?? ''} |`);
  }
}

main().catch((error: unknown) => {
  console.error(`seed-bench failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
