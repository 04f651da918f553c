/**
 * `npm run bench:lists`: what a list request costs when a session holds 50,000 opportunities (the default
 * --max-opportunities), in-process: CPU time per request through the whole app (routing, body, filters,
 * sort, page, self-check, JSON), median of several runs. Writes bench/results/lists.md.
 */
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { generateOpportunities, loadDataset } from '../fixtures/datasets';
import { createMockApp } from '../mock/adapters/express/app';
import { fromRoot } from '../spec/paths';

const SIZE = 50_000;
const RUNS = 15;

async function main(): Promise<void> {
  const busy = loadDataset('busy-pipeline');
  const opportunities = generateOpportunities(busy, { count: SIZE, validate: false });
  const app = createMockApp({ dataset: { ...busy, opportunities }, clock: busy.clock, journalLimit: 0 });
  const key = busy.orgs[0].api_keys[0].key;
  const tag = busy.orgs[0].tags[0].id;
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/opportunities/list`;
  const cases: [string, object][] = [
    ['first page of 50, newest first (no filter)', {}],
    ['page 100 of 50 (the first 5,000 ordered)', { page: 100 }],
    ['last page of 500, by name (a full sort)', { page: 100, page_size: 500, sort: 'name' }],
    ['stage is negotiation, by close date', { filters: [{ field: 'stage', condition: 'is', value: 'negotiation' }], sort: 'estimated_close_date' }],
    ['an or of amount and tag, created this year', { filters: { filters: [{ field: 'created_at', condition: 'greater_than', value: '2026-01-01' }, { operator: 'or', filters: [{ field: 'amount', condition: 'greater_than', value: 100_000 }, { field: 'tags', condition: 'is', value: tag }] }] } }],
    ['500 per page, without custom fields', { page_size: 500, include_custom_fields: false }],
  ];
  const rows: string[] = [];
  for (const [name, body] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS + 2; run++) {
      const cpu = process.cpuUsage();
      const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      total = ((await res.json()) as { pagination: { total_count: number } }).pagination.total_count;
      const used = process.cpuUsage(cpu);
      if (run >= 2) times.push((used.user + used.system) / 1000); // the first two warm the JIT
    }
    times.sort((a, b) => a - b);
    rows.push(`| ${name} | ${total.toLocaleString('en')} | ${times[Math.floor(times.length / 2)].toFixed(1)} |`);
  }
  server.close();
  const table = [`| list request over ${SIZE.toLocaleString('en')} opportunities | matches | CPU ms (median of ${RUNS}) |`, '| --- | ---: | ---: |', ...rows].join('\n');
  const text = `# List requests over a full session\n\nnode ${process.version}, ${new Date().toISOString().slice(0, 10)}; \`npm run bench:lists\`. CPU time of the mock's process per request (client included: it runs in the same process).\n\n${table}\n`;
  writeFileSync(fromRoot('bench', 'results', 'lists.md'), text);
  console.log(text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
