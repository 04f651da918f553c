import { createMockApp, MockApp } from '../../mock/adapters/express/app';
import { CLOCK } from '../../mock/tests/helpers';
import { loadDataset } from '../../fixtures/datasets';
import { pipelineOf } from '../../mock/core/generate/stages';
import { EXIT } from '../errors';
import type { SeedOptions } from '../options';
import { runSeed } from '../run';
import { captureIO, closedPortUrl, listen, Listening } from './helpers';

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
      exitCode: EXIT.usage,
      message: expect.stringMatching(/^--references-from-target could not read the target's references: Failed to get me: 401 No key found\./),
    });
    await expect(seed({ target: await closedPortUrl(), apiKey: key, referencesFromTarget: true, retry: { maxRetries: 0 } })).rejects.toMatchObject({
      exitCode: EXIT.failed,
      message: expect.stringMatching(/could not read the target's references: Failed to .*: no response from/),
    });
  });
});
