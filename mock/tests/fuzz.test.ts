import { Agent, request as httpRequest } from 'node:http';
import type { ValidateFunction } from '../../spec/validators';
import { RunningMock, startMock } from '../adapters/node/in-process';
import { isPagePath } from '../adapters/express/pages/router';
import { fuzzCorpus, FuzzRequest } from './fuzz-corpus';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 16;
const SEED = 20261130;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, agent: Agent, req: FuzzRequest): Promise<Answer | 'broken'> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { host: `localhost:${port}`, ...req.headers };
    const outgoing = httpRequest({ port, host: '127.0.0.1', method: req.method, path: req.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve('broken'));
    });
    outgoing.on('error', () => resolve('broken'));
    outgoing.end(req.body);
  });
}

/**
 * Issue 11's fuzz test: requests generated from the spec (fuzz-corpus.ts), seeded, against a listening mock: no 5xx
 * that was not forced, every answer valid against spec/openapi.yaml (the API) or spec/admin.yaml (the mock's own
 * answers), the admin reads still 200 every 1,000 requests, and the process still serving at the end.
 */
describe(`fuzz: ${REQUESTS.toLocaleString('en-US')} requests generated from the spec (seed ${SEED})`, () => {
  let mock: RunningMock;
  let port: number;
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const failures: string[] = [];
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    mock = await startMock({ clock: '2026-07-01T09:00:00Z', bodyLimit: 64 * 1024, maxMemoryMb: 32 });
    port = Number(new URL(mock.url).port);
  });
  afterAll(async () => {
    agent.destroy();
    await mock.close();
  });

  /** The schema an answer must meet, `null` for answers the fuzz does not check (admin successes). */
  const validatorFor = (req: FuzzRequest, answer: Answer): ValidateFunction | null | undefined => {
    const { contract, adminContract } = mock.app.mock;
    const publicError = contract.compiler.schema('PublicErrorResponse');
    const unauthorized = contract.compiler.schema('UnauthorizedResponse');
    if (['host_not_allowed', 'origin_not_allowed', 'bad_request'].some((code) => answer.body.includes(`"${code}"`)) && answer.status !== 422) return adminContract.compiler.schema('MockErrorResponse');
    if (/^\/__admin/i.test(req.path)) return answer.status >= 400 ? publicError : null;
    if (answer.status === 401) return unauthorized;
    if (req.operation && req.method === req.operation.method.toUpperCase() && answer.status !== 405) {
      return contract.responseValidator(req.operation.operationId, answer.status);
    }
    return publicError; // 404 and 405 of paths and methods the spec does not serve
  };

  const check = (req: FuzzRequest, answer: Answer | 'broken'): void => {
    const what = `${req.method} ${req.path} ${JSON.stringify(req.headers)} ${String(req.body ?? '').slice(0, 200)}`;
    if (answer === 'broken') {
      if (!req.mayBreak) failures.push(`connection broken without a fault asked: ${what}`);
      return;
    }
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    if (answer.status >= 500 && !req.may5xx) failures.push(`unforced ${answer.status}: ${what} → ${answer.body.slice(0, 300)}`);
    if (!answer.body || req.method === 'HEAD') return;
    // The mock's own pages (HTML, YAML, SVG, scripts) are for people: they need only not fail.
    if (isPagePath(req.path.split('?')[0]) && !String(answer.headers['content-type']).startsWith('application/json')) return;
    const validate = validatorFor(req, answer);
    let body: unknown;
    try {
      body = JSON.parse(answer.body);
    } catch {
      failures.push(`not JSON (${answer.status}): ${what} → ${answer.body.slice(0, 200)}`);
      return;
    }
    if (validate === null) return;
    if (!validate) failures.push(`status ${answer.status} is not declared: ${what}`);
    else if (!validate(body)) failures.push(`${answer.status} violates the spec (${JSON.stringify(validate.errors?.slice(0, 2))}): ${what} → ${answer.body.slice(0, 300)}`);
  };

  const adminReads = async (): Promise<void> => {
    for (const [path, operationId] of [['/__admin/health', 'getHealth'], ['/__admin/requests?limit=1000', 'listRequests'], ['/__admin/near-misses', 'listNearMisses'],
      ['/__admin/state?session=a', 'dumpState'], ['/__admin/requests/count', 'countRequests'], ['/__admin/scenarios', 'listScenarios']] as const) {
      const t = Date.now();
      const answer = await send(port, agent, { method: 'GET', path, headers: {}, may5xx: false, mayBreak: false });
      if (process.env.FUZZ_DEBUG) console.log(path, Date.now() - t, 'ms');
      if (answer === 'broken' || answer.status !== 200) failures.push(`admin read ${path} answered ${answer === 'broken' ? 'nothing' : `${answer.status} ${answer.body.slice(0, 300)}`}`);
      else if (!mock.app.mock.adminContract.responseValidator(operationId, 200)!(JSON.parse(answer.body))) failures.push(`admin read ${path} violates spec/admin.yaml`);
    }
  };

  test('no unforced 5xx, every answer spec-valid, the admin reads 200 throughout, the process alive', async () => {
    const started = Date.now();
    const { app } = mock;
    const next = fuzzCorpus(app, SEED);
    let sent = 0;
    const worker = async () => {
      while (sent < REQUESTS) {
        const index = ++sent;
        const req = next();
        check(req, await send(port, agent, req));
        if (index % 1000 === 0) await adminReads();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await adminReads();
    const stubs = await send(port, agent, { method: 'POST', path: '/__admin/stubs', headers: { 'content-type': 'application/json' }, body: '{"operation":"createOpportunity","respond":{"status":200,"example":"toString"}}', may5xx: false, mayBreak: false });
    expect(failures.slice(0, 10)).toEqual([]);
    expect(stubs !== 'broken' && stubs.status).toBe(422);
    expect(app.mock.stats.selfCheckFailures).toBe(0);
    expect(app.mock.memory.used).toBeLessThanOrEqual(app.mock.memory.limit);
    // A spread of answers, not 10,000 copies of one error.
    for (const status of [200, 401, 404, 422]) expect(statuses.get(status)).toBeGreaterThan(200);
    expect([...statuses.keys()].length).toBeGreaterThan(8);
    if (process.env.FUZZ_DEBUG) console.log(`${REQUESTS} requests in ${Date.now() - started} ms`, JSON.stringify(Object.fromEntries(statuses)));
  }, 180_000); // about 5 s on an idle machine, 14 s with the 2 cores shared four ways
});
