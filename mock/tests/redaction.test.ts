import request from 'supertest';
import { FIXTURE, PREVIEW_PATH, create, journalOf, minimalBody, testApp } from './helpers';

/** Finding 2: only `mks_` keys were masked; every other credential was journaled and served in full. */
describe('the journal keeps no credential', () => {
  test('Bearer tokens, cookies and proxy credentials are redacted; mks_ keys keep their last 4 characters', async () => {
    const app = testApp({ auth: false });
    await request(app).post(PREVIEW_PATH).send(minimalBody())
      .set('authorization', 'Bearer sk_live_51HxSECRETsecretSECRET')
      .set('cookie', 'session=abc123secret; theme=dark')
      .set('proxy-authorization', 'Basic dXNlcjpwYXNzd29yZA==')
      .set('x-api-key', 'ak_secret_value');
    await create(app, minimalBody(), { 'x-monaco-api-key': FIXTURE.keys.marcus });
    const served = await request(app).get('/__admin/requests');
    const text = JSON.stringify(served.body);
    for (const secret of ['sk_live_51HxSECRETsecretSECRET', 'abc123secret', 'dXNlcjpwYXNzd29yZA==', 'ak_secret_value', FIXTURE.keys.jane, FIXTURE.keys.marcus]) {
      expect(text).not.toContain(secret);
    }
    const [first, second] = served.body.requests;
    expect(first.headers).toMatchObject({
      authorization: 'Bearer [redacted]',
      cookie: 'session=[redacted]; theme=[redacted]',
      'proxy-authorization': 'Basic [redacted]',
      'x-api-key': '[redacted]',
    });
    expect(second.headers.authorization).toBe('Bearer mks_…_000');
    expect(second.headers['x-monaco-api-key']).toBe('mks_…0000');
  });

  test('credential query parameters and body fields are redacted at any depth', async () => {
    const app = testApp();
    await create(app, { ...minimalBody(), password: 'hunter2', nested: { client_secret: 's3cr3t', keep: 'visible' } }, {}, `${PREVIEW_PATH}?access_token=tok123&page=2`);
    const [entry] = journalOf(app);
    expect(entry.query).toEqual({ access_token: '[redacted]', page: '2' });
    expect(entry.body).toMatchObject({ password: '[redacted]', nested: { client_secret: '[redacted]', keep: 'visible' } });
    expect(JSON.stringify(entry)).not.toMatch(/hunter2|s3cr3t|tok123/);
  });

  test('the redact option adds names, for headers, query parameters and fields alike', async () => {
    const app = testApp({ redact: ['X-Team-Secret', 'ssn'] });
    await create(app, { ...minimalBody(), ssn: '078-05-1120' }, { 'x-team-secret': 'classified' }, `${PREVIEW_PATH}?SSN=078-05-1120`);
    const [entry] = journalOf(app);
    expect(entry.headers['x-team-secret']).toBe('[redacted]');
    expect(entry.query.SSN).toBe('[redacted]');
    expect((entry.body as Record<string, unknown>).ssn).toBe('[redacted]');
  });
});
