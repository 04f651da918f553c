import { FIXTURE, UNKNOWN_ID, CLOCK, create, get, minimalBody, testApp, expectSpecValid } from './helpers';

const TIMESTAMP = CLOCK;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('D2: the success envelope', () => {
  const app = testApp();

  test('create answers 200 with {data, meta: {timestamp}} as JSON', async () => {
    const res = await create(app, minimalBody());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(res.body)).toEqual(['data', 'meta']);
    expect(res.body.meta).toEqual({ timestamp: TIMESTAMP });
    expectSpecValid(app, 'createOpportunity', 200, res.body);
  });
});

describe('D3: ids', () => {
  const app = testApp();

  test('the opportunity id is a UUID that GET accepts, and account_id echoes the request', async () => {
    const res = await create(app, minimalBody());
    expect(res.body.data.id).toMatch(UUID_V4);
    expect(res.body.data.account_id).toBe(FIXTURE.accounts.acme);
    expect((await get(app, res.body.data.id)).status).toBe(200);
  });

  test('every create gets a new id', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add((await create(app, minimalBody())).body.data.id);
    expect(ids.size).toBe(20);
  });
});

describe('D6: owner', () => {
  const app = testApp();

  test.each([
    ['absent', {}, FIXTURE.users.jane, 'Jane', 'Smith'],
    ['null', { owner_user_id: null }, FIXTURE.users.jane, 'Jane', 'Smith'],
    ['a fixture user', { owner_user_id: FIXTURE.users.marcus }, FIXTURE.users.marcus, 'Marcus', 'Chen'],
  ])('owner_user_id %s: owner is that user with their names', async (_case, extra, id, first, last) => {
    const res = await create(app, { ...minimalBody(), ...extra });
    expect(res.body.data.owner).toEqual({ id, first_name: first, last_name: last });
  });

  test("a listed key's own user is the default owner", async () => {
    const res = await create(app, minimalBody(), { authorization: `Bearer ${FIXTURE.keys.marcus}` });
    expect(res.body.data.owner.id).toBe(FIXTURE.users.marcus);
  });
});

describe('D7: stage, under 2026-08-19 (the default): a pipeline stage by its label', () => {
  const app = testApp();

  test.each([
    ['absent', {}, 'Discovery'],
    ['null', { stage: null }, 'Discovery'],
    ['a stage key', { stage: 'negotiation' }, 'Negotiation'],
    ['its label', { stage: 'Closed Won' }, 'Closed Won'],
    ['written another way, as the 2026-08-19 example sends it', { stage: 'closed-won' }, 'Closed Won'],
    ['a stage the pipeline lacks (lenient)', { stage: 'Meeting Booked' }, 'Meeting Booked'],
  ])('stage %s: the response has %p', async (_case, extra, expected) => {
    const res = await create(app, { ...minimalBody(), ...extra });
    expect(res.body.data.stage).toBe(expected);
  });
});

describe('D7: stage, under 2026-07-31: echoed as sent', () => {
  const app = testApp({ apiVersion: '2026-07-31' });

  test.each([
    ['absent', {}, FIXTURE.firstStage],
    ['null', { stage: null }, FIXTURE.firstStage],
    ['a stage key', { stage: 'negotiation' }, 'negotiation'],
    ['any string (lenient)', { stage: 'Closed Won' }, 'Closed Won'],
  ])('stage %s: the response has %p', async (_case, extra, expected) => {
    const res = await create(app, { ...minimalBody(), ...extra });
    expect(res.body.data.stage).toBe(expected);
  });
});

describe('D8: tags', () => {
  const app = testApp();

  test('tag ids in the request come back as tag names, in order, each once', async () => {
    const res = await create(app, {
      ...minimalBody(),
      tags: [FIXTURE.tags.expansion, FIXTURE.tags.highPriority, FIXTURE.tags.expansion.toUpperCase()],
    });
    expect(res.body.data.tags).toEqual(['Expansion', 'High Priority']);
  });

  test.each([['absent', {}], ['null', { tags: null }], ['empty', { tags: [] }]])('tags %s: an empty list', async (_c, extra) => {
    expect((await create(app, { ...minimalBody(), ...extra })).body.data.tags).toEqual([]);
  });
});

describe('D9: money', () => {
  const app = testApp();

  test.each([
    [{ currency_code: 'USD', amount: 5000000 }],
    [{ currency_code: 'EUR', amount: 0 }],
    [{ currency_code: 'JPY', amount: 9007199254740991 }],
    [{ currency_code: null, amount: null }],
    [{ currency_code: 'GBP' }],
  ])('estimated_value %j is echoed exactly, amount in minor units', async (value) => {
    const res = await create(app, { ...minimalBody(), estimated_value: value });
    expect(res.body.data.estimated_value).toEqual(value);
  });

  test.each([[50.5], ['5000000'], [9007199254740992]])('a non-integer or unsafe amount %p is a 422 on estimated_value.amount', async (amount) => {
    const res = await create(app, { ...minimalBody(), estimated_value: { currency_code: 'USD', amount } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ loc: ['body', 'estimated_value', 'amount'] })]);
  });
});

describe('D10: generated fields', () => {
  const complete = {
    name: 'Initech - Renewal 2027',
    account_id: FIXTURE.accounts.initech,
    owner_user_id: FIXTURE.users.marcus,
    stage: 'proposal',
    estimated_value: { currency_code: 'USD', amount: 1250000 },
    estimated_close_date: '2026-12-15',
    notes: 'Needs legal review of the DPA',
    tags: [FIXTURE.tags.highPriority],
  };

  test('fields the client sent are echoed exactly (the stage by its label under 2026-08-19)', async () => {
    const res = await create(testApp(), complete);
    const { data } = res.body;
    for (const field of ['name', 'account_id', 'estimated_value', 'estimated_close_date', 'notes'] as const) {
      expect(data[field]).toEqual(complete[field]);
    }
    expect(data.stage).toBe('Proposal');
    expect((await create(testApp({ apiVersion: '2026-07-31' }), complete)).body.data.stage).toBe('proposal');
  });

  test('the server fills id, timestamps, summary and risks; the rest of the nullable fields are null', async () => {
    const { data, meta } = (await create(testApp(), minimalBody())).body;
    expect(data.created_at).toBe(meta.timestamp);
    expect(data.updated_at).toBe(meta.timestamp);
    expect(data.last_activity_at).toBeNull();
    expect(data.actual_close_date).toBeNull();
    expect(data.estimated_value).toBeNull();
    expect(data.estimated_close_date).toBeNull();
    expect(data.notes).toBeNull();
    expect(data.summary).toEqual(expect.stringContaining('Acme Corp'));
    expect(data.risks.length).toBeGreaterThan(0);
  });

  test('generated prose is sales language, never lorem ipsum', async () => {
    const app = testApp();
    const texts: string[] = [];
    for (let i = 0; i < 30; i++) {
      const { data } = (await create(app, { ...minimalBody(), stage: ['discovery', 'demo', 'negotiation', 'closed_won'][i % 4] })).body;
      texts.push(data.summary, ...data.risks);
    }
    expect(texts.join(' ')).not.toMatch(/lorem|ipsum|dolor|consectetur/i);
    expect(new Set(texts).size).toBeGreaterThan(20);
  });

  test.each([
    ['discovery', /^Acme Corp is evaluating .+, sponsored by .+\. .+; the team wants a decision .+\.$/],
    ['closed_won', /^Acme Corp signed up for .+; .+\.$/],
    ['closed_lost', /^Acme Corp decided against .+: .+\.$/],
  ])('the summary of a %s opportunity reads like one', async (stage, shape) => {
    const { data } = (await create(testApp(), { ...minimalBody(), stage })).body;
    expect(data.summary).toMatch(shape);
    expect(data.summary).not.toMatch(/;.*;/);
  });

  test('an unknown account still gets a summary naming a company', async () => {
    const { data } = (await create(testApp(), { name: 'Deal', account_id: UNKNOWN_ID })).body;
    expect(data.summary).toMatch(/^[A-Z][\w&,.' -]+ (is evaluating|signed up for|decided against) /);
  });

  test('the minimal profile leaves summary null and risks empty', async () => {
    const { data } = (await create(testApp({ profile: 'minimal' }), minimalBody())).body;
    expect(data.summary).toBeNull();
    expect(data.risks).toEqual([]);
    expect(Object.keys(data).filter((k) => k.startsWith('custom_field_'))).toEqual([]);
  });
});

describe('D11: custom fields', () => {
  test('custom fields in the request are echoed; the org\'s other fields are filled with values of their type', async () => {
    const app = testApp();
    const res = await create(app, { ...minimalBody(), [FIXTURE.customFields.leadSource]: 'outbound' });
    const { data } = res.body;
    expect(data[FIXTURE.customFields.leadSource]).toBe('outbound');
    expect(['pipeline', 'best_case', 'commit', 'omitted']).toContain(data[FIXTURE.customFields.forecast]);
    expect(typeof data[FIXTURE.customFields.competitor]).toBe('string');
    expect(Number.isInteger(data[FIXTURE.customFields.seats])).toBe(true);
    expect(typeof data[FIXTURE.customFields.mutualActionPlan]).toBe('boolean');
  });

  test('a custom field unknown to the fixtures is echoed in lenient mode', async () => {
    const key = `custom_field_${UNKNOWN_ID}`;
    const { data } = (await create(testApp(), { ...minimalBody(), [key]: ['a', 'b'] })).body;
    expect(data[key]).toEqual(['a', 'b']);
  });

  test('minimal profile: only the custom fields sent come back', async () => {
    const { data } = (await create(testApp({ profile: 'minimal' }), { ...minimalBody(), [FIXTURE.customFields.seats]: 40 })).body;
    expect(Object.keys(data).filter((k) => k.startsWith('custom_field_'))).toEqual([FIXTURE.customFields.seats]);
  });

  test('keys Monaco does not know are accepted and ignored, as its schema allows', async () => {
    const res = await create(testApp(), { ...minimalBody(), probability: 40 });
    expect(res.status).toBe(200);
    expect(res.body.data).not.toHaveProperty('probability');
  });
});

describe('generated values for unknown references', () => {
  test('creates for the same unknown account still differ in summary, risks and custom fields', async () => {
    const app = testApp();
    const bodies = [];
    for (let i = 0; i < 4; i++) bodies.push((await create(app, { name: `Deal ${i}`, account_id: UNKNOWN_ID, owner_user_id: UNKNOWN_ID })).body.data);
    const variants = new Set(bodies.map((d) => JSON.stringify([d.summary, d.risks, d[FIXTURE.customFields.seats], d[FIXTURE.customFields.leadSource]])));
    expect(variants.size).toBe(4);
    expect(new Set(bodies.map((d) => JSON.stringify(d.owner))).size).toBe(1);
  });
});
