import request from 'supertest';
import { PREVIEW_PATH, UNKNOWN_ID, create, expectSpecValid, get, journalOf, minimalBody, testApp } from './helpers';

const NAMES = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'];

/** Finding 4: names every object inherits reached lookups on plain objects (500 "self-check failed"). */
describe('names every JavaScript object has are ordinary unknown names', () => {
  const app = testApp();

  test.each(NAMES)('Prefer: example=%s answers 404 naming the known examples, on create', async (name) => {
    const res = await create(app, minimalBody(), { prefer: `example=${name}` });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/is not an example/);
    expectSpecValid(app, 'createOpportunity', 404, res.body);
  });

  test.each(NAMES)('?__example=%s answers 404 on GET too', async (name) => {
    const res = await get(app, `${UNKNOWN_ID}?__example=${encodeURIComponent(name)}`);
    expect(res.status).toBe(404);
    expectSpecValid(app, 'getOpportunity', 404, res.body);
  });

  test('no self-check failed along the way', () => {
    expect(app.mock.stats.selfCheckFailures).toBe(0);
  });

  test('a request header named constructor is journaled as sent', async () => {
    const fresh = testApp();
    await create(fresh, minimalBody(), { constructor: 'x', tostring: 'y' }, `${PREVIEW_PATH}?constructor=1`);
    const [entry] = journalOf(fresh);
    expect(entry.headers.constructor).toBe('x');
    expect(entry.headers.tostring).toBe('y');
    expect(entry.query.constructor).toBe('1');
  });

  test('a stub template naming {{body.constructor}} fills "unknown", not a function', async () => {
    const fresh = testApp();
    await request(fresh).post('/__admin/stubs').send({ operation: 'createOpportunity', respond: { status: 404, message: 'got {{body.constructor}} {{path.toString}}' } });
    const res = await create(fresh, minimalBody());
    expect(res.body.error.message).toBe('got unknown unknown');
  });

  describe('the admin API refuses them with a 422', () => {
    test.each(NAMES.filter((n) => n !== '__proto__'))('as a stub example (%s)', async (name) => {
      const res = await request(app).post('/__admin/stubs').send({ operation: 'createOpportunity', respond: { status: 200, example: name } });
      expect(res.status).toBe(422);
      expect(res.body.error.details[0].loc).toEqual(['body', 'respond', 'example']);
    });

    test('as a scenario name', async () => {
      const res = await request(app).post('/__admin/scenarios').send({ name: 'constructor', description: 'x', steps: [{ respond: { status: 500 } }] });
      expect(res.status).toBe(422);
      expect(res.body.error.details[0]).toMatchObject({ loc: ['body', 'name'], type: 'value_error' });
    });

    test('as a scenario step example and operation', async () => {
      const res = await request(app).post('/__admin/scenarios').send({
        name: 'proto-step', description: 'x', operations: ['toString'], steps: [{ respond: { status: 404, example: 'valueOf' } }],
      });
      expect(res.status).toBe(422);
      expect(res.body.error.details.map((d: { loc: unknown[] }) => d.loc)).toEqual(
        expect.arrayContaining([['body', 'operations', 0], ['body', 'steps', 0, 'respond', 'example']]),
      );
    });
  });

  test('an unknown example is a 404 even without a key: the control is read before the key', async () => {
    const res = await request(app).post(PREVIEW_PATH).set('prefer', 'example=toString').send(minimalBody());
    expect(res.status).toBe(404);
  });
});
