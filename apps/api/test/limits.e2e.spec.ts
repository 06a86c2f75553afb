import { getIntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from './test-app';

describe('query limits over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('refuses an over-deep or negatively paged request with 400 and its reason, before anything runs', async () => {
    const deep = `{ ideas(first: 1) { edges { node { ${'parents { idea { '.repeat(7)}id${' } }'.repeat(7)} } } } }`;
    const refused = await t.client().request(deep);
    expect(refused.status).toBe(400);
    expect(refused.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' }]);
    const negative = await t.client().request(`{ ideas(first: -5) { edges { node { id } } } }`);
    expect(negative.status).toBe(400);
    expect(negative.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE', field: 'first' }]);
  });

  it('still answers the standard introspection query that tools send', async () => {
    const response = await t.client().request(getIntrospectionQuery());
    expect(response.status).toBe(200);
    expect(response.data.__schema.queryType.name).toBe('Query');
  });
});
