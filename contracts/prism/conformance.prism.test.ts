import { readFileSync } from 'node:fs';
import { FIXTURE } from '../../mock/tests/helpers';
import { loadContract } from '../../spec/contract';
import { fromRoot } from '../../spec/paths';
import { operationOf } from '../compat/pact-file';
import { kitSpec } from '../kit/spec-data';
import type { Listening } from '../client/tests/servers';
import { ConformanceCase, CORPUS, CorpusRequest } from './corpus';
import { freePort, RunningPrism, startPrismProxy, startProcess } from './prism-process';
import { MOCK_HEADER, startUpstream } from './upstream';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** Sends a corpus request to `baseUrl` in its own mock session, to the row's mock. */
async function send(baseUrl: string, row: ConformanceCase, request: CorpusRequest, session: string, id = ''): Promise<Answer> {
  const headers: Record<string, string> = { 'x-mock-session': session, [MOCK_HEADER]: row.mock ?? 'standard', ...request.headers };
  const key = request.key === undefined ? FIXTURE.keys.jane : request.key;
  if (key) headers.authorization = `Bearer ${key}`;
  let body: string | undefined;
  if (request.body !== undefined) {
    body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(baseUrl + request.path.replace('{id}', id), { method: request.method, headers, body, redirect: 'manual' });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const describeAnswer = (answer: Answer) =>
  `${answer.status} ${answer.headers.get('content-type') ?? ''}\n  sl-violations: ${answer.headers.get('sl-violations') ?? '(none)'}\n  body: ${answer.text.slice(0, 800)}`;

/** The answer came from the mock, with the status expected, and Prism found nothing wrong with it. */
function expectConforming(answer: Answer, status: number, what: string): void {
  const problem = answer.headers.get('content-type')?.startsWith('application/problem+json');
  if (answer.status !== status || problem || answer.headers.has('sl-violations')) {
    throw new Error(`${what}: expected the mock's ${status} with no Prism violation, got ${describeAnswer(answer)}`);
  }
}

interface Violation {
  location: string[];
  code: string | number;
}

let upstream: Listening;
let strict: RunningPrism;
let observing: RunningPrism;

beforeAll(async () => {
  upstream = await startUpstream();
  [strict, observing] = await Promise.all([startPrismProxy(upstream.url, { errors: true }), startPrismProxy(upstream.url, { errors: false })]);
}, 60_000);

afterAll(async () => {
  await Promise.all([strict?.stop(), observing?.stop()]);
  await upstream?.close();
});

/** Each row runs in its own session of the mock, so rows cannot disturb one another. */
async function runSetup(row: ConformanceCase, session: string): Promise<string | undefined> {
  let id: string | undefined;
  for (const request of row.setup ?? []) {
    const answer = await send(strict.url, row, request, session);
    expectConforming(answer, 200, `setup ${request.method} ${request.path}`);
    id = (JSON.parse(answer.text) as { data?: { id?: string } }).data?.id ?? id;
  }
  return id;
}

describe('the mock through Prism\'s validation proxy (prism proxy spec/openapi.yaml --errors): no violations', () => {
  test.each(CORPUS.map((row, index) => [row.name, row.status, row, index] as const))('%s: %i', async (_name, status, row, index) => {
    const session = `conformance-${index}`;
    const id = await runSetup(row, session);
    const handling = row.prism ?? { kind: 'forwarded' };
    const answer = await send(strict.url, row, row.request, session, id);
    switch (handling.kind) {
      case 'forwarded':
        expectConforming(answer, status, row.name);
        break;
      case 'redirect-followed': {
        expectConforming(answer, handling.followedStatus, `${row.name} (the redirect followed by Prism)`);
        const direct = await send(upstream.url, row, row.request, `${session}-direct`, id);
        expect(direct.status).toBe(status);
        expect(direct.headers.get('location')).toBe(handling.location);
        const declared = loadContract().operation(operationOf(row.request.method, row.request.path)!).responses.get(String(status))!.headers;
        expect(declared.filter((name) => !direct.headers.has(name))).toEqual([]);
        break;
      }
      case 'rejected': {
        expect({ status: answer.status, type: answer.headers.get('content-type') }).toEqual({ status: handling.status, type: 'application/problem+json' });
        const observed = await send(observing.url, row, row.request, session, id);
        if (observed.status !== status) throw new Error(`${row.name}: expected the mock's ${status} through the observing proxy, got ${describeAnswer(observed)}`);
        const violations = JSON.parse(observed.headers.get('sl-violations') ?? '[]') as Violation[];
        expect(violations.filter((v) => v.location[0] !== 'request')).toEqual([]);
        expect(violations.map((v) => v.code).sort()).toEqual([...handling.violations].sort());
        break;
      }
      case 'unparsed': {
        expect(answer.status).toBe(handling.status);
        expect((await send(observing.url, row, row.request, session, id)).status).toBe(handling.status);
        const direct = await send(upstream.url, row, row.request, `${session}-direct`, id);
        expect(direct.status).toBe(status);
        break;
      }
    }
  });

  test('the corpus covers every operation and every declared status', () => {
    const covered = new Set(CORPUS.map((row) => `${operationOf(row.request.method, row.request.path)} ${row.status}`));
    const declared = [...loadContract().operations.values()].flatMap((op) => [...op.responses.keys()].map((status) => `${op.operationId} ${status}`));
    expect(declared.filter((entry) => !covered.has(entry))).toEqual([]);
  });
});

describe('npm run mock:prism', () => {
  const script = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['mock:prism'];

  test('starts Prism from node_modules/.bin (not npx) on PRISM_PORT, 4011 by default', () => {
    expect(script).toBe('exec node_modules/.bin/prism mock spec/openapi.yaml --port ${PRISM_PORT:-4011}');
  });

  test("serves the spec's own example for a valid create, and a 422 naming the violations for an invalid one", async () => {
    const port = await freePort();
    const prism = await startProcess('sh', ['-c', script], `http://127.0.0.1:${port}`, { ...process.env, PRISM_PORT: String(port) });
    try {
      const headers = { authorization: `Bearer ${FIXTURE.keys.jane}`, 'content-type': 'application/json' };
      const url = `${prism.url}${kitSpec().paths.preview}`;
      const ok = await fetch(url, { method: 'POST', headers, body: JSON.stringify(kitSpec().requests.minimal) });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual(kitSpec().minimalResponseExample);
      const bad = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ name: 42 }) });
      expect(bad.status).toBe(422);
      expect(JSON.parse(bad.headers.get('sl-violations') ?? '[]').map((v: Violation) => v.code).sort()).toEqual(['required', 'type']);
    } finally {
      await prism.stop();
    }
  }, 60_000);
});
