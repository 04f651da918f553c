import request from 'supertest';
import { FIXTURE, UNKNOWN_ID, expectNearMiss, testApp } from './helpers';

const auth = { authorization: `Bearer ${FIXTURE.keys.jane}` };
const list = (entity: string, body: unknown) => request(app).post(`/v1/${entity}/list`).set(auth).send(body as object);
const app = testApp();

describe('near-miss diagnostics of the lists and lookups', () => {
  test.each([
    ['a filter on an unknown field', () => list('opportunities', { filters: [{ field: 'probability', condition: 'equals', value: 1 }] }), 'filters.unknown-field', /GET \/v1\/schemas\/opportunities lists as filterable/],
    ['a condition the field does not allow', () => list('opportunities', { filters: [{ field: 'stage', condition: 'contains', value: 'x' }] }), 'filters.condition', /Use a condition the field allows: is, is_not, is_empty, is_not_empty\./],
    ['a stage label where filters take keys', () => list('opportunities', { filters: [{ field: 'stage', condition: 'is', value: 'Negotiation' }] }), 'filters.value', /allowed_values keys of GET \/v1\/schemas\/opportunities/],
    ['a single rule not in a list', () => list('opportunities', { filters: { field: 'stage', condition: 'is', value: 'demo' } }), 'filters.shape', /as a list of rules/],
    ['too many rules', () => list('accounts', { filters: Array.from({ length: 201 }, () => ({ field: 'name', condition: 'contains', value: 'a' })) }), 'filters.too-large', /200 at most/],
    ['an account sort on a field that does not sort', () => list('accounts', { sort: 'owner' }), 'sort.unknown-field', /GET \/v1\/schemas\/accounts lists as sortable/],
    ['a page too large', () => list('opportunities', { page_size: 1000 }), 'body.schema', /page_size: Input should be less than or equal to 500/],
    ['listing with GET, as REST would', () => request(app).get('/v1/opportunities').set(auth), 'route.method', /Monaco lists opportunities with POST \/v1\/opportunities\/list/],
    ['an entity in the singular', () => request(app).get('/v1/schemas/opportunity').set(auth), 'schemas.unknown-entity', /plural/],
    ['an unknown account', () => request(app).get(`/v1/accounts/${UNKNOWN_ID}`).set(auth), 'account.not-found', /POST \/v1\/accounts\/list lists them/],
    ['tags without their object type', () => request(app).get('/v1/tags/').set(auth), 'query.schema', /query parameter object: Field required/],
    ['a tag name that is taken', () => request(app).post('/v1/tags/').set(auth).send({ object: 'opportunities', name: 'Expansion' }), 'tags.duplicate', /existing tag/],
  ])('%s: %s', async (_case, send, rule, fix) => {
    await expectNearMiss(app, send, rule, fix);
  });

  test('the 405 of a path that several routes serve lists every method they allow', async () => {
    const res = await request(app).put('/v1/opportunities/list').set(auth);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, DELETE, PATCH, POST');
  });
});
