import { generateRequests } from '../../seed/generate';
import { MockClock } from '../core/state/clock';
import { pipelineOf } from '../core/generate/stages';
import type { OpportunityResponse } from '../core/types';
import { FIXTURE, create, expectSpecValid, testApp } from './helpers';
import { custom, expectedPage, listRequest, pageOf } from './list-helpers';

/**
 * The must-show: 250 opportunities created through the API, then paged through with filters on
 * stage, owner, an amount range, a custom field and a nested `or`, every page compared with the same query
 * computed directly from the session's store.
 */
describe('250 created opportunities, paged through with filters, each page as computed from the store', () => {
  const clock = new MockClock('2026-07-01T09:00:00Z');
  const app = testApp({ clock });
  const org = app.mock.directory.defaultOrg;
  const stored = () => [...app.mock.sessions.get().store.values()].filter((s) => s.orgId === org.id).map((s) => s.data);
  const stageKey = (r: OpportunityResponse) => (r.stage == null ? null : pipelineOf(org).keyOf(r.stage));
  const amount = (r: OpportunityResponse) => r.estimated_value?.amount ?? null;
  const leadSource = (r: OpportunityResponse) => custom(r, FIXTURE.customFields.leadSource);

  beforeAll(async () => {
    const requests = [...generateRequests(org, { count: 250, seed: 11, nowMs: clock.now(), amountUnit: 'unit' })];
    for (const [i, { body }] of requests.entries()) {
      if (i % 3 === 0) clock.advance(60_000); // three creates a minute: created_at ties, broken by id
      const res = await create(app, body);
      if (res.status !== 200) throw new Error(`create ${i} answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
  }, 60_000);

  test('the store holds the 250, over every stage, several owners and currencies', () => {
    const all = stored();
    expect(all).toHaveLength(250);
    expect(new Set(all.map(stageKey)).size).toBe(7);
    expect(new Set(all.map((r) => r.owner?.id)).size).toBe(4);
    expect(new Set(all.map((r) => r.estimated_value?.currency_code)).size).toBeGreaterThan(3);
  });

  const queries: [string, unknown, (r: OpportunityResponse) => boolean, string][] = [
    ['stage', [{ field: 'stage', condition: 'is', value: 'discovery' }], (r) => stageKey(r) === 'discovery', '-created_at'],
    ['owner', [{ field: 'owner', condition: 'is', value: FIXTURE.users.marcus }], (r) => r.owner?.id === FIXTURE.users.marcus, 'name'],
    [
      'an amount range',
      [{ field: 'amount', condition: 'greater_than_or_equals', value: 50_000 }, { field: 'amount', condition: 'less_than', value: 250_000 }],
      (r) => amount(r) !== null && amount(r)! >= 50_000 && amount(r)! < 250_000,
      '-amount',
    ],
    ['a custom field', [{ field: FIXTURE.customFields.leadSource, condition: 'is', value: ['inbound', 'referral'] }], (r) => ['inbound', 'referral'].includes(leadSource(r) as string), 'estimated_close_date'],
    [
      'a nested or: (stage negotiation or proposal) and (owner Jane or amount over 300,000)',
      {
        operator: 'and',
        filters: [
          { operator: 'or', filters: [{ field: 'stage', condition: 'is', value: 'negotiation' }, { field: 'stage', condition: 'is', value: 'proposal' }] },
          { operator: 'or', filters: [{ field: 'owner', condition: 'is', value: FIXTURE.users.jane }, { field: 'amount', condition: 'greater_than', value: 300_000 }] },
        ],
      },
      (r) => ['negotiation', 'proposal'].includes(stageKey(r)!) && (r.owner?.id === FIXTURE.users.jane || (amount(r) ?? 0) > 300_000),
      '-updated_at',
    ],
    [
      'all of them at once (an expression: a flat list holds rules only)',
      { filters: [
        { field: 'stage', condition: 'is_not', value: 'closed_lost' },
        { field: 'owner', condition: 'is_not', value: FIXTURE.users.marcus },
        { field: 'amount', condition: 'greater_than', value: 10_000 },
        { operator: 'or', filters: [{ field: FIXTURE.customFields.leadSource, condition: 'is', value: 'outbound' }, { field: 'tags', condition: 'is', value: FIXTURE.tags.expansion }] },
      ] },
      (r) => stageKey(r) !== 'closed_lost' && r.owner?.id !== FIXTURE.users.marcus && (amount(r) ?? -Infinity) > 10_000 && (leadSource(r) === 'outbound' || r.tags.includes('Expansion')),
      'stage',
    ],
  ];

  const sortKeys: Record<string, (r: OpportunityResponse) => string | number | null> = {
    created_at: (r) => r.created_at,
    updated_at: (r) => r.updated_at,
    name: (r) => r.name!.toLowerCase(),
    amount,
    estimated_close_date: (r) => r.estimated_close_date,
    stage: (r) => (r.stage == null ? null : pipelineOf(org).position(r.stage)),
  };

  test.each(queries)('filtered on %s: every page of 7 is the page computed from the store, and together they are every match once', async (_name, filters, keep, sort) => {
    const descending = sort.startsWith('-');
    const key = sortKeys[sort.replace(/^-/, '')];
    const total = stored().filter(keep).length;
    expect(total).toBeGreaterThan(7); // several pages
    expect(total).toBeLessThan(250);
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(total / 7) + 1; page++) {
      const res = await listRequest(app, '/v1/opportunities/list', FIXTURE.keys.jane, { filters, sort, page, page_size: 7 });
      expect(res.status).toBe(200);
      expectSpecValid(app, 'listOpportunities', 200, res.body);
      expect(pageOf(res)).toEqual(expectedPage(stored(), keep, key, descending, page, 7));
      seen.push(...pageOf(res).ids);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  test('the filters reach the flat list form and the expression form alike', async () => {
    const [flat, expression] = await Promise.all([
      listRequest(app, '/v1/opportunities/list', FIXTURE.keys.jane, { filters: queries[2][1], page_size: 500 }),
      listRequest(app, '/v1/opportunities/list', FIXTURE.keys.jane, { filters: { filters: queries[2][1] }, page_size: 500 }),
    ]);
    expect(pageOf(expression)).toEqual(pageOf(flat));
  });
});
