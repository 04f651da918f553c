import { readFileSync } from 'node:fs';
import request from 'supertest';
import { fromRoot } from '../../spec/paths';
import { readDocument } from '../../spec/document';
import { SchemaCompiler } from '../../spec/validators';
import { MockClock } from '../clock';
import { FIXTURE, PREVIEW_PATH, UNKNOWN_ID, create, get, minimalBody, testApp } from './helpers';

const deviations = JSON.parse(readFileSync(fromRoot('spec', 'monaco-deviations.json'), 'utf8')) as {
  published: string;
  pathMap: Record<string, string>;
  deviations: { status: number; operations: string[] }[];
};
const published = readDocument(fromRoot(deviations.published));
const compiler = new SchemaCompiler(published, 'monaco-published.json');

/** The published schema of a response: the exact status, else its range, as Monaco's document declares it. */
function publishedValidator(path: string, method: string, status: number) {
  const publishedPath = deviations.pathMap[path] ?? path.replace(/^\/v1\/opportunities\/[^/]+$/, '/v1/opportunities/{opportunity_id}');
  const responses = (published.paths[publishedPath] as Record<string, { responses: Record<string, unknown> }>)[method].responses;
  const key = String(status) in responses ? String(status) : `${String(status)[0]}XX`;
  if (!(key in responses)) return undefined;
  const escaped = publishedPath.replace(/~/g, '~0').replace(/\//g, '~1');
  return compiler.compile(`#/paths/${escaped}/${method}/responses/${key}/content/application~1json/schema`);
}

const isDeviation = (status: number) => deviations.deviations.some((d) => d.status === status);

describe("responses validate against Monaco's published spec (2026-07-31)", () => {
  const clock = new MockClock('2026-07-01T09:00:00Z');
  const app = testApp({ references: 'strict', rateLimit: { limit: 1000, enforce: true }, clock });
  const key = '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb';

  const cases: [string, () => Promise<request.Response>, number][] = [
    ['a minimal create', () => create(app, minimalBody()), 200],
    ['a complete create', () => create(app, {
      ...minimalBody(), owner_user_id: FIXTURE.users.marcus, stage: 'negotiation', estimated_value: { currency_code: 'USD', amount: 5000000 },
      estimated_close_date: '2026-09-30', notes: 'Follow up', tags: [FIXTURE.tags.highPriority], idempotency_key: key,
      [FIXTURE.customFields.leadSource]: 'outbound',
    }), 200],
    ['a GA-path create', () => create(app, minimalBody(), {}, '/v1/opportunities/'), 200],
    ['a replay', () => create(app, { ...minimalBody(), owner_user_id: FIXTURE.users.marcus, stage: 'negotiation', estimated_value: { currency_code: 'USD', amount: 5000000 },
      estimated_close_date: '2026-09-30', notes: 'Follow up', tags: [FIXTURE.tags.highPriority], idempotency_key: key, [FIXTURE.customFields.leadSource]: 'outbound' }), 200],
    ['an idempotency conflict', () => create(app, { ...minimalBody(), idempotency_key: key }), 409],
    ['a read-only key', () => create(app, minimalBody(), { authorization: `Bearer ${FIXTURE.keys.readOnly}` }), 403],
    ['an unknown account', () => create(app, { name: 'x', account_id: UNKNOWN_ID }), 404],
    ['a schema violation', () => create(app, { name: 1 }), 422],
    ['malformed JSON', () => create(app, '{"name":'), 422],
    ['a text/plain body', () => create(app, 'name=x', { 'content-type': 'text/plain' }), 422],
    ['a body over the limit', () => create(app, { ...minimalBody(), notes: 'x'.repeat(2 ** 20) }), 413],
    ['an unknown opportunity', () => get(app, UNKNOWN_ID), 404],
    ['a malformed opportunity id', () => get(app, 'opp_abc123'), 422],
    ['no key', () => request(app).post(PREVIEW_PATH).send(minimalBody()), 401],
  ];

  test.each(cases)('%s', async (_name, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    const { method, path } = (res as unknown as { req: { method: string; path: string } }).req;
    const validate = publishedValidator(path.split('?')[0], method.toLowerCase(), status);
    if (isDeviation(status)) {
      // Listed in spec/monaco-deviations.json: prove it really differs, so the list stays true.
      expect(validate && validate(res.body)).toBeFalsy();
      return;
    }
    expect(validate).toBeDefined();
    const ok = validate!(res.body);
    if (!ok) throw new Error(`${status} body fails Monaco's published schema: ${JSON.stringify(validate!.errors)}`);
  });

  test('the created opportunity read back by GET validates too', async () => {
    const created = await create(app, minimalBody());
    const res = await get(app, created.body.data.id);
    expect(publishedValidator(`/v1/opportunities/${created.body.data.id}`, 'get', 200)!(res.body)).toBe(true);
  });

  test('rate limiting (429) validates as a published 4XX', async () => {
    const limited = testApp({ rateLimit: { limit: 1, enforce: true } });
    await create(limited, minimalBody());
    const res = await create(limited, minimalBody());
    expect(res.status).toBe(429);
    expect(publishedValidator(PREVIEW_PATH, 'post', 429)!(res.body)).toBe(true);
  });
});
