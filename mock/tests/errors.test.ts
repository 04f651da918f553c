import request from 'supertest';
import { FIXTURE, PREVIEW_PATH, create, get, minimalBody, testApp, expectSpecValid } from './helpers';

describe('D4: error bodies', () => {
  const app = testApp();

  test('401 is exactly {"detail":"No key found"}', async () => {
    const res = await request(app).post(PREVIEW_PATH).send(minimalBody());
    expect(res.status).toBe(401);
    expect(res.text).toBe('{"detail":"No key found"}');
  });

  test.each([
    ['name missing', { account_id: FIXTURE.accounts.acme }, [[['body', 'name'], 'missing']]],
    ['account_id missing', { name: 'x' }, [[['body', 'account_id'], 'missing']]],
    ['both missing', {}, [[['body', 'name'], 'missing'], [['body', 'account_id'], 'missing']]],
    ['account_id not a UUID', { name: 'x', account_id: 'acc_def456' }, [[['body', 'account_id'], 'uuid_parsing']]],
    ['name not a string', { name: 42, account_id: FIXTURE.accounts.acme }, [[['body', 'name'], 'string_type']]],
    ['owner_user_id not a UUID', { ...minimalBody(), owner_user_id: 'usr_abc123' }, [[['body', 'owner_user_id'], 'uuid_parsing']]],
    ['stage a number', { ...minimalBody(), stage: 3 }, [[['body', 'stage'], 'string_type']]],
    ['estimated_value a string', { ...minimalBody(), estimated_value: '50000' }, [[['body', 'estimated_value'], 'dict_type']]],
    ['amount a float', { ...minimalBody(), estimated_value: { amount: 1.5 } }, [[['body', 'estimated_value', 'amount'], 'int_type']]],
    ['currency_code a number', { ...minimalBody(), estimated_value: { currency_code: 840 } }, [[['body', 'estimated_value', 'currency_code'], 'string_type']]],
    ['an unknown key in estimated_value', { ...minimalBody(), estimated_value: { amount: 1, cents: true } }, [[['body', 'estimated_value', 'cents'], 'extra_forbidden']]],
    ['estimated_close_date not a date', { ...minimalBody(), estimated_close_date: '2026-02-30' }, [[['body', 'estimated_close_date'], 'date_parsing']]],
    ['estimated_close_date in another format', { ...minimalBody(), estimated_close_date: '09/30/2026' }, [[['body', 'estimated_close_date'], 'date_parsing']]],
    ['tags not a list', { ...minimalBody(), tags: FIXTURE.tags.expansion }, [[['body', 'tags'], 'list_type']]],
    ['a tag not a UUID', { ...minimalBody(), tags: [FIXTURE.tags.expansion, 'High Priority'] }, [[['body', 'tags', 1], 'uuid_parsing']]],
    ['idempotency_key not a UUID', { ...minimalBody(), idempotency_key: 'retry-1' }, [[['body', 'idempotency_key'], 'uuid_parsing']]],
    ['notes an object', { ...minimalBody(), notes: { text: 'x' } }, [[['body', 'notes'], 'string_type']]],
    ['a malformed custom field key', { ...minimalBody(), custom_field_lead_source: 'x' }, [[['body', 'custom_field_lead_source'], 'custom_field_key']]],
    ['a custom field value an object', { ...minimalBody(), [FIXTURE.customFields.seats]: { n: 1 } }, [[['body', FIXTURE.customFields.seats], 'type_error']]],
    ['the body an array', [minimalBody()], [[['body'], 'model_attributes_type']]],
    ['the body a string', '"Acme"', [[['body'], 'model_attributes_type']]],
    ['the body null', 'null', [[['body'], 'model_attributes_type']]],
  ])('422 validation_error when %s, one detail per failing field', async (_case, body, expected) => {
    const res = await create(app, body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_error');
    expect(res.body.error.details.map((d: { loc: unknown; type: string }) => [d.loc, d.type])).toEqual(expected);
    for (const detail of res.body.error.details) expect(detail.msg).toEqual(expect.any(String));
    expectSpecValid(app, 'createOpportunity', 422, res.body);
  });

  test('the message names every failing field and why', async () => {
    const res = await create(app, { name: 1, account_id: 'nope' });
    expect(res.body.error.message).toBe('Invalid request body: name (Input should be a valid string); account_id (Input should be a valid UUID).');
  });

  test.each([
    ['truncated', '{"name": "Acme", "account_id": "8d116ece', 'json_invalid'],
    ['a trailing comma', '{"name": "Acme",}', 'json_invalid'],
    ['single quotes', "{'name': 'Acme'}", 'json_invalid'],
  ])('malformed JSON (%s) answers 422 json_invalid with the position', async (_case, text, type) => {
    const res = await create(app, text);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ loc: ['body', expect.any(Number)], msg: expect.stringMatching(/^JSON decode error: /), type }]);
    expectSpecValid(app, 'createOpportunity', 422, res.body);
  });

  test.each([['text/plain'], ['application/x-www-form-urlencoded'], ['multipart/form-data; boundary=x'], ['application/xml']])(
    'a body sent as %s answers 422 naming the content type',
    async (contentType) => {
      const res = await create(app, JSON.stringify(minimalBody()), { 'content-type': contentType });
      expect(res.status).toBe(422);
      expect(res.body.error.message).toContain(`got ${contentType.split(';')[0]}`);
      expect(res.body.error.details).toEqual([{ loc: ['body'], msg: expect.any(String), type: 'model_attributes_type' }]);
    },
  );

  test.each([['application/json; charset=utf-8'], ['application/vnd.api+json'], ['APPLICATION/JSON']])('%s is accepted as JSON', async (contentType) => {
    const res = await create(app, JSON.stringify(minimalBody()), { 'content-type': contentType });
    expect(res.status).toBe(200);
  });

  test('an empty body answers 422 missing on body', async () => {
    const res = await create(app, '');
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ loc: ['body'], msg: 'Field required', type: 'missing' }]);
  });

  test('a body over 1 MB answers 413 payload_too_large', async () => {
    const res = await create(app, { ...minimalBody(), notes: 'x'.repeat(1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: { code: 'payload_too_large', message: 'The request body is larger than the 1048576-byte limit.' } });
  });

  test('a body just under the limit is accepted', async () => {
    const body = { ...minimalBody(), notes: '' };
    body.notes = 'x'.repeat(1024 * 1024 - JSON.stringify(body).length);
    expect((await create(app, body)).status).toBe(200);
  });

  test('the body limit is an option', async () => {
    const small = testApp({ bodyLimit: 100 });
    expect((await create(small, { ...minimalBody(), notes: 'x'.repeat(100) })).status).toBe(413);
  });

  test('GET of an unknown id answers 404 not_found', async () => {
    const res = await get(app, '57ee05cd-e009-42c7-bebf-f20686734721');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expectSpecValid(app, 'getOpportunity', 404, res.body);
  });

  test('GET of a malformed id answers 422 on path.opportunity_id', async () => {
    const res = await get(app, 'opp_abc123');
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ loc: ['path', 'opportunity_id'], msg: 'Input should be a valid UUID', type: 'uuid_parsing' }]);
    expectSpecValid(app, 'getOpportunity', 422, res.body);
  });

  test('checks run in FastAPI order: malformed JSON before auth, auth before the schema', async () => {
    expect((await request(app).post(PREVIEW_PATH).set('content-type', 'application/json').send('{"x"')).status).toBe(422);
    expect((await request(app).post(PREVIEW_PATH).send({ name: 1 })).status).toBe(401);
    const readOnly = await create(app, { name: 1 }, { authorization: `Bearer ${FIXTURE.keys.readOnly}` });
    expect(readOnly.status).toBe(403);
  });
});
