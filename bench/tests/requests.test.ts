import request from 'supertest';
import { createMockApp } from '../../mock/adapters/express/app';
import { API_KEY, CLOCK, createWithKey, CREATE_PATH, FULL_CREATE, GET_PATH, INVALID_CREATE, UNKNOWN_IDS_CREATE } from '../requests';

/** The bench's requests must keep getting the statuses the bench expects as the fixtures and spec change. */
describe('bench requests against the mock', () => {
  const app = createMockApp({ clock: CLOCK });
  const post = (body: string | object) =>
    request(app).post(CREATE_PATH).set('authorization', `Bearer ${API_KEY}`).set('content-type', 'application/json').send(body);

  test('the full create answers 200 echoing every field, and GET reads it back', async () => {
    const res = await post(FULL_CREATE);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ name: FULL_CREATE.name, stage: 'Negotiation', tags: ['High Priority', 'Expansion'], notes: FULL_CREATE.notes });
    const got = await request(app).get(`${GET_PATH}${res.body.data.id}`).set('authorization', `Bearer ${API_KEY}`);
    expect(got.status).toBe(200);
  });

  test('the create with unknown ids answers 200 with derived names (lenient references), not the fixtures\'', async () => {
    const res = await post(UNKNOWN_IDS_CREATE);
    expect(res.status).toBe(200);
    expect(res.body.data.owner.id).toBe(UNKNOWN_IDS_CREATE.owner_user_id);
    expect(res.body.data.owner.first_name).not.toBe('Marcus');
    expect(res.body.data.tags).toHaveLength(2);
    expect(res.body.data.tags).not.toContain('High Priority');
  });

  test('the invalid body answers 422', async () => {
    expect((await post(INVALID_CREATE)).status).toBe(422);
  });

  test('a keyed create replays with the same key', async () => {
    const body = createWithKey('3f2b8c1e-7d4a-4c6b-9e2f-1a5d8b7c6e4f');
    expect((await post(body)).status).toBe(200);
    const replay = await post(body);
    expect([replay.status, replay.headers['idempotent-replayed']]).toEqual([200, 'true']);
  });
});
