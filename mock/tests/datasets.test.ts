import request from 'supertest';
import { loadDataset } from '../../fixtures/datasets';
import { FIXTURE, create, get, minimalBody, testApp, expectAdminValid, expectSpecValid, withoutDetail } from './helpers';

const busy = loadDataset('busy-pipeline');
const [busyOrg] = busy.orgs;
const busyKey = busyOrg.api_keys.find((k) => k.access === 'read_write' && !k.revoked)!.key;
const first = busy.opportunities[0].data;
const asBusy = { authorization: `Bearer ${busyKey}` };

describe('preloading a data set', () => {
  test('every session starts with the data set\'s opportunities, readable by GET', async () => {
    const app = testApp({ dataset: 'busy-pipeline' });
    const res = await get(app, first.id, asBusy);
    expect(res.status).toBe(200);
    expect(withoutDetail(res.body.data)).toEqual(first);
    expectSpecValid(app, 'getOpportunity', 200, res.body);
    expect((await get(app, busy.opportunities[399].data.id, { ...asBusy, 'x-mock-session': 'another' })).status).toBe(200);
    expect(app.mock.sessions.get().store.size).toBe(400);
  });

  test("the data set's orgs are the fixtures: its keys work, its default user owns what the key creates", async () => {
    const app = testApp({ dataset: busy });
    const created = await create(app, { name: 'Expansion', account_id: busyOrg.accounts[0].id }, asBusy);
    expect(created.status).toBe(200);
    expect((await get(app, created.body.data.id, asBusy)).status).toBe(200);
    expect((await create(app, minimalBody())).status).toBe(200); // any unlisted well-formed key: the set's default org
  });

  test('a reset returns the session to the data set, not to empty', async () => {
    const app = testApp({ dataset: 'busy-pipeline' });
    await create(app, { name: 'Extra', account_id: busyOrg.accounts[0].id }, asBusy);
    expect(app.mock.sessions.get().store.size).toBe(401);
    await request(app).post('/__admin/reset?session=default').expect(200);
    expect(app.mock.sessions.get().store.size).toBe(400);
    await request(app).post('/__admin/reset').expect(200);
    expect(app.mock.sessions.get().store.size).toBe(400);
  });

  test('a data set bigger than the default limit is kept whole, with room for as many new ones', () => {
    const many = Array.from({ length: 50_001 }, (_, i) => ({ orgId: busy.opportunities[0].orgId, data: { ...first, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` } as typeof first }));
    const app = testApp({ dataset: { ...busy, opportunities: many } });
    expect(app.mock.sessions.get().store.size).toBe(50_001);
    expect(app.mock.options.maxOpportunities).toBe(100_001);
  });

  test('health names the data set', async () => {
    const res = await request(testApp({ dataset: 'edge-cases' })).get('/__admin/health');
    expect(res.body.dataset).toBe('edge-cases');
    expect(res.body.opportunities).toBe(40);
  });

  test.each([
    [{ dataset: 'busy-pipeline', fixtures: [] }, /Pass either fixtures or a data set, not both/],
    [{ dataset: 'busy-pipeline', maxOpportunities: 100 }, /has 400 opportunities, more than a session keeps \(maxOpportunities 100\)\. Pass --max-opportunities 400 or more\./],
    [{ dataset: 'no-such-set' }, /no-such-set/],
  ])('%j is refused with the fix', (options, message) => {
    expect(() => testApp(options as never)).toThrow(message);
  });
});

describe('the admin API loads data sets', () => {
  test('GET /__admin/datasets lists them and where each is active', async () => {
    const app = testApp({ dataset: 'empty-org' });
    const res = await request(app).get('/__admin/datasets');
    expectAdminValid(app, 'listDatasets', 200, res.body);
    expect(res.body.datasets.map((d: { name: string }) => d.name)).toEqual(expect.arrayContaining(['default', 'empty-org', 'busy-pipeline', 'edge-cases']));
    expect(res.body.datasets.find((d: { name: string }) => d.name === 'empty-org').active_in).toEqual(['*']);
  });

  test('loading into one session brings the set\'s orgs and keys, and only that session its opportunities', async () => {
    const app = testApp();
    const res = await request(app).post('/__admin/datasets/busy-pipeline/load?session=qa');
    expect(res.status).toBe(200);
    expectAdminValid(app, 'loadDataset', 200, res.body);
    expect(res.body).toEqual({ dataset: 'busy-pipeline', session: 'qa', orgs: ['Summit Ridge Software'], opportunities: 400 });
    expect((await get(app, first.id, { ...asBusy, 'x-mock-session': 'qa' })).status).toBe(200);
    expect((await get(app, first.id, asBusy)).status).toBe(404);
    expect((await create(app, minimalBody())).body.data.owner.id).toBe(FIXTURE.users.jane);
  });

  test('loading for every session resets them all to the set', async () => {
    const app = testApp();
    await create(app, minimalBody());
    const res = await request(app).post('/__admin/datasets/busy-pipeline/load');
    expect(res.body.session).toBe('*');
    expect(app.mock.sessions.get().store.size).toBe(400);
    expect(app.mock.sessions.get('new-session').store.size).toBe(400);
  });

  test('an unknown data set answers 404 naming the known ones', async () => {
    const res = await request(testApp()).post('/__admin/datasets/nope/load');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/^No data set "nope"\. Known: .*busy-pipeline/);
  });
});
