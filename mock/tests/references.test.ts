import { FIXTURE, UNKNOWN_ID, create, minimalBody, testApp, expectSpecValid } from './helpers';

const OTHER_ID = '0b6f3c2e-5a4d-4e8f-9c1b-7d2e3f4a5b6c';

describe('D5: lenient references (default)', () => {
  const app = testApp();

  test('any well-formed account, owner and tag UUID is accepted', async () => {
    const res = await create(app, { name: 'x', account_id: UNKNOWN_ID, owner_user_id: UNKNOWN_ID, tags: [UNKNOWN_ID], stage: 'anything' });
    expect(res.status).toBe(200);
  });

  test('an unknown owner gets a name derived from its UUID: the same in every mock, whatever the seed', async () => {
    const a = await create(testApp({ seed: 1 }), { ...minimalBody(), owner_user_id: UNKNOWN_ID });
    const b = await create(testApp({ seed: 99 }), { ...minimalBody(), owner_user_id: UNKNOWN_ID });
    expect(a.body.data.owner).toEqual(b.body.data.owner);
    expect(a.body.data.owner).toEqual({ id: UNKNOWN_ID, first_name: expect.stringMatching(/^\p{Lu}/u), last_name: expect.stringMatching(/^\p{Lu}/u) });
    const other = await create(app, { ...minimalBody(), owner_user_id: OTHER_ID });
    expect(other.body.data.owner.first_name + other.body.data.owner.last_name).not.toBe(a.body.data.owner.first_name + a.body.data.owner.last_name);
  });

  test('an unknown tag gets a stable tag name derived from its UUID', async () => {
    const a = await create(testApp({ seed: 1 }), { ...minimalBody(), tags: [UNKNOWN_ID] });
    const b = await create(testApp({ seed: 2 }), { ...minimalBody(), tags: [UNKNOWN_ID] });
    expect(a.body.data.tags).toEqual(b.body.data.tags);
    expect(a.body.data.tags[0]).toMatch(/^[A-Z]/);
  });
});

describe('D5: strict references', () => {
  const app = testApp({ references: 'strict' });

  test('fixture account, owner, tags, stage and custom fields are accepted', async () => {
    const res = await create(app, {
      ...minimalBody(),
      owner_user_id: FIXTURE.users.marcus,
      tags: [FIXTURE.tags.highPriority],
      stage: 'negotiation',
      [FIXTURE.customFields.leadSource]: 'partner',
      [FIXTURE.customFields.seats]: 12,
      [FIXTURE.customFields.mutualActionPlan]: null,
    });
    expect(res.status).toBe(200);
  });

  test('an unknown account answers 404 not_found naming the account and the fix', async () => {
    const res = await create(app, { name: 'x', account_id: UNKNOWN_ID });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(res.body.error.message).toContain(`Account ${UNKNOWN_ID} not found`);
    expect(res.body.error.message).toContain('--references lenient');
    expectSpecValid(app, 'createOpportunity', 404, res.body);
  });

  test("another org's account is unknown too", async () => {
    expect((await create(app, { name: 'x', account_id: FIXTURE.accounts.fabrikam })).status).toBe(404);
  });

  test.each([
    ['an unknown owner', { owner_user_id: UNKNOWN_ID }, ['body', 'owner_user_id'], 'unknown_reference'],
    ['an unknown tag', { tags: [FIXTURE.tags.expansion, UNKNOWN_ID] }, ['body', 'tags', 1], 'unknown_reference'],
    ['an unknown stage', { stage: 'won' }, ['body', 'stage'], 'unknown_reference'],
    ['an unknown custom field', { [`custom_field_${UNKNOWN_ID}`]: 'x' }, ['body', `custom_field_${UNKNOWN_ID}`], 'unknown_reference'],
    ['a select value not among its options', { [FIXTURE.customFields.leadSource]: 'cold_call' }, ['body', FIXTURE.customFields.leadSource], 'custom_field_value'],
    ['a number field sent a string', { [FIXTURE.customFields.seats]: '12' }, ['body', FIXTURE.customFields.seats], 'custom_field_value'],
    ['a boolean field sent a string', { [FIXTURE.customFields.mutualActionPlan]: 'yes' }, ['body', FIXTURE.customFields.mutualActionPlan], 'custom_field_value'],
  ])('%s answers 422 with the field loc', async (_case, extra, loc, type) => {
    const res = await create(app, { ...minimalBody(), ...extra });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ loc, msg: expect.any(String), type }]);
    expectSpecValid(app, 'createOpportunity', 422, res.body);
  });

  test('the unknown-stage message lists the known stage keys and labels', async () => {
    const res = await create(app, { ...minimalBody(), stage: 'won' });
    expect(res.body.error.details[0].msg).toBe(
      "Unknown pipeline stage 'won'. Known stages: discovery, qualification, demo, proposal, negotiation, closed_won, closed_lost " +
        '(or their labels: Discovery, Qualification, Demo, Proposal, Negotiation, Closed Won, Closed Lost)',
    );
  });

  test.each(['Closed Won', 'closed-won', 'CLOSED_WON'])('under 2026-08-19 a stage written as %p is the closed_won stage', async (stage) => {
    const res = await create(app, { ...minimalBody(), stage });
    expect(res.status).toBe(200);
    expect(res.body.data.stage).toBe('Closed Won');
  });

  test('under 2026-07-31 only the exact key is a known stage, and the message lists the keys', async () => {
    const older = testApp({ references: 'strict', apiVersion: '2026-07-31' });
    const res = await create(older, { ...minimalBody(), stage: 'Closed Won' });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { loc: ['body', 'stage'], msg: "Unknown pipeline stage 'Closed Won'. Known stages: discovery, qualification, demo, proposal, negotiation, closed_won, closed_lost", type: 'unknown_reference' },
    ]);
  });

  test('several reference problems are reported together', async () => {
    const res = await create(app, { ...minimalBody(), owner_user_id: UNKNOWN_ID, stage: 'won' });
    expect(res.body.error.details.map((d: { loc: string[] }) => d.loc.join('.'))).toEqual(['body.owner_user_id', 'body.stage']);
  });
});
