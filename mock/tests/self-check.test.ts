import * as generator from '../core/generate/opportunity';
import { create, get, minimalBody, testApp } from './helpers';

describe('D16: self-check', () => {
  afterEach(() => jest.restoreAllMocks());

  test('a generated body that violates the spec is never sent as a 200, nor stored', async () => {
    const build = generator.buildOpportunity;
    let id = '';
    jest.spyOn(generator, 'buildOpportunity').mockImplementation((input) => {
      const data = build(input);
      id = data.id;
      return { ...data, owner: { id: 'usr_abc123', first_name: 'Jane', last_name: 'Smith' } } as typeof data;
    });
    const app = testApp();
    const res = await create(app, minimalBody());
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal_error');
    expect(res.body.error.message).toContain("self-check failed: the 200 body violates spec/openapi.yaml: /data/owner/id must match format");
    expect(app.mock.stats.selfCheckFailures).toBe(1);
    jest.restoreAllMocks();
    expect((await get(app, id)).status).toBe(404);
    expect(app.mock.sessions.get().store.size).toBe(0);
  });

  test('every response of a normal run passes it', async () => {
    const app = testApp();
    for (let i = 0; i < 25; i++) expect((await create(app, minimalBody())).status).toBe(200);
    expect(app.mock.stats.selfCheckFailures).toBe(0);
  });
});
