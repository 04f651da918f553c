import { createMockApp, MockApp } from '../../mock/adapters/express/app';
import { CLOCK } from '../../mock/tests/helpers';
import { loadDataset } from '../../fixtures/datasets';
import { pipelineOf } from '../../mock/core/generate/stages';
import { EXIT } from '../errors';
import type { SeedOptions } from '../options';
import { runSeed } from '../run';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answer, captureIO, closedPortUrl, listen, Listening } from './helpers';

const busy = loadDataset('busy-pipeline');
const [summit] = busy.orgs;
const key = summit.api_keys.find((k) => k.access === 'read_write' && !k.revoked)!.key;
const servers: Listening[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A strict-references mock of the busy-pipeline org: it stands for a real environment, whose ids are not the embedded fixtures'. */
async function environment(): Promise<{ app: MockApp; url: string }> {
  const app = createMockApp({ clock: CLOCK, dataset: busy, references: 'strict' });
  const server = await listen(app);
  servers.push(server);
  return { app, url: server.url };
}

function seed(options: SeedOptions) {
  const io = captureIO();
  return runSeed({ progress: 'none', concurrency: 4, ...options, retry: { scale: 0.01, ...options.retry } }, io).then((report) => ({ ...report, io }));
}

describe('monaco-seed --target URL --references-from-target', () => {
  test("reads the target's accounts, users, tags, stages and custom fields, and every request uses them (a strict target accepts all)", async () => {
    const { app, url } = await environment();
    const before = app.mock.sessions.get().store.size;
    const report = await seed({ count: 60, seed: 4, target: url, apiKey: key, referencesFromTarget: true });
    expect(report.io.err()).toContain(`Read Summit Ridge Software's references from ${url}: 40 accounts, 8 users, 12 tags, 7 stages, 6 custom fields.`);
    expect(report.tally).toMatchObject({ created: 60, failed: 0 });
    expect(report.exitCode).toBe(EXIT.ok);
    const created = [...app.mock.sessions.get().store.values()].slice(before).map((s) => s.data);
    const pipeline = pipelineOf(app.mock.directory.defaultOrg);
    expect(new Set(created.map((o) => o.account_id)).size).toBeGreaterThan(10);
    for (const o of created) {
      expect(summit.accounts.map((a) => a.id)).toContain(o.account_id);
      expect(summit.users.map((u) => u.id)).toContain(o.owner!.id);
      for (const tag of o.tags) expect(summit.tags.map((t) => t.name)).toContain(tag);
      expect(pipeline.resolve(o.stage)).toBeDefined();
    }
    expect(created.some((o) => Object.keys(o).some((k) => k.startsWith('custom_field_')))).toBe(true);
  });

  test("without it, the data set's ids are sent, and the same strict target refuses them (404, unknown account)", async () => {
    const { url } = await environment();
    const report = await seed({ count: 5, target: url, apiKey: key, retry: { maxRetries: 0 } });
    expect(report.tally).toMatchObject({ created: 0, failed: 5 });
  });

  test('the same seed against the same references sends the same requests (a rerun replays them)', async () => {
    const { url } = await environment();
    await seed({ count: 20, seed: 9, target: url, apiKey: key, referencesFromTarget: true, clock: '2026-07-01T09:00:00Z' });
    const again = await seed({ count: 20, seed: 9, target: url, apiKey: key, referencesFromTarget: true, clock: '2026-07-01T09:00:00Z' });
    expect(again.tally).toMatchObject({ created: 0, replayed: 20, failed: 0 });
  });

  test.each([
    [{ referencesFromTarget: true, dryRun: true }, /--references-from-target reads the accounts, users, tags and stages of the target: pass --target <url> with it\./],
    [{ referencesFromTarget: true, target: 'http://127.0.0.1:1' }, /--references-from-target reads the target's references with your key: pass --api-key <key>/],
  ] as [SeedOptions, RegExp][])('%j is refused before anything is sent', async (options, message) => {
    await expect(seed(options)).rejects.toMatchObject({ exitCode: EXIT.usage, message: expect.stringMatching(message) });
  });

  test('a target that refuses the key, or is not there, stops the run with the read that failed', async () => {
    const { url } = await environment();
    await expect(seed({ target: url, apiKey: `mks_${'x'.repeat(47)}`, referencesFromTarget: true })).rejects.toMatchObject({
      exitCode: EXIT.failed,
      message: expect.stringMatching(/^--references-from-target could not read the target's references: Failed to get me: 401 No key found\./),
    });
    await expect(seed({ target: await closedPortUrl(), apiKey: key, referencesFromTarget: true, retry: { maxRetries: 0 } })).rejects.toMatchObject({
      exitCode: EXIT.failed,
      message: expect.stringMatching(/could not read the target's references: Failed to .*: no response from/),
    });
  });

  /** A target whose requests `handle` answers (or holds), counted by path. */
  async function target(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; requests: string[] }> {
    const requests: string[] = [];
    const server = await listen((req, res) => {
      requests.push(req.url ?? '');
      handle(req, res);
    });
    servers.push(server);
    return { url: server.url, requests };
  }

  test('--timeout bounds each read: a target that never answers stops the run promptly (exit 1)', async () => {
    const { url, requests } = await target(() => {});
    const started = Date.now();
    await expect(seed({ target: url, apiKey: key, referencesFromTarget: true, timeoutMs: 50, retry: { maxRetries: 1 } })).rejects.toMatchObject({
      exitCode: EXIT.failed,
      message: expect.stringMatching(/could not read the target's references: Failed to .*: no response from .*timeout/),
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(requests.length).toBeLessThanOrEqual(10); // 5 reads, each retried at most once
  });

  test('the reads retry as --max-retries says: a 503 target with none gets each read once (exit 1)', async () => {
    const held: ServerResponse[] = [];
    const { url, requests } = await target((_req, res) => {
      // answered once all five reads have arrived, so none is cut short by another's failure; any retry at once
      if (requests.length > 5) answer(res, 503, 'service_unavailable');
      else if (held.push(res) === 5) for (const r of held) answer(r, 503, 'service_unavailable');
    });
    await expect(seed({ target: url, apiKey: key, referencesFromTarget: true, retry: { maxRetries: 0 } })).rejects.toMatchObject({
      exitCode: EXIT.failed,
      message: expect.stringMatching(/could not read the target's references: Failed to .*: 503/),
    });
    await new Promise((resolve) => setTimeout(resolve, 100)); // nothing retries in the background
    expect(requests.sort()).toEqual(['/v1/accounts/list', '/v1/me', '/v1/schemas/opportunities', '/v1/tags/?object=opportunities', '/v1/users/']);
  });

  test('the first read that fails stops the others, and Ctrl-C stops them all (exit 130)', async () => {
    const closed: string[] = [];
    const others = await target((req, res) => {
      res.on('close', () => closed.push(req.url ?? ''));
      if (req.url === '/v1/me') setTimeout(() => answer(res, 401, 'unauthorized'), 50); // the others, held, are cut off by it
    });
    await expect(seed({ target: others.url, apiKey: key, referencesFromTarget: true })).rejects.toMatchObject({ exitCode: EXIT.failed });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed.sort()).toEqual(others.requests.sort());
    expect(closed).toHaveLength(5);

    const interrupt = new AbortController();
    const silent = await target(() => {});
    setTimeout(() => interrupt.abort(), 50);
    await expect(seed({ target: silent.url, apiKey: key, referencesFromTarget: true, signal: interrupt.signal })).rejects.toMatchObject({
      exitCode: EXIT.interrupted,
      message: expect.stringMatching(/^interrupted while reading the target's references/),
    });
  });

  test('an account the target lists on two pages is read once', async () => {
    const { url: mockUrl } = await environment();
    const { url } = await target(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const listing = req.url === '/v1/accounts/list';
      const page = listing ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { page: number }).page : 0;
      const upstream = await fetch(`${mockUrl}${req.url}`, {
        method: req.method,
        headers: { authorization: req.headers.authorization ?? '', 'content-type': 'application/json' },
        body: req.method === 'GET' ? undefined : listing ? JSON.stringify({ page: 1, page_size: 500 }) : Buffer.concat(chunks),
      });
      const body = (await upstream.json()) as { data: unknown[]; pagination: object };
      if (listing) {
        // two pages, the second starting with the first page's last account (an unstable sort while paging)
        body.data = page === 1 ? body.data.slice(0, 20) : body.data.slice(19);
        body.pagination = { ...body.pagination, total_pages: 2 };
      }
      res.writeHead(upstream.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    const report = await seed({ count: 3, target: url, apiKey: key, referencesFromTarget: true });
    expect(report.io.err()).toContain(`Read Summit Ridge Software's references from ${url}: 40 accounts,`);
    expect(report.tally).toMatchObject({ created: 3, failed: 0 });
  });
});
