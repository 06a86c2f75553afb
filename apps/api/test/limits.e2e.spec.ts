import { getIntrospectionQuery } from 'graphql';
import { aStaff } from '@kindling/api/testing';
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
    const [client] = await t.signedIn((await aStaff(t.db, 1)).personIds);
    const response = await client.request(getIntrospectionQuery());
    expect(response.status).toBe(200);
    expect(response.data.__schema.queryType.name).toBe('Query');
  });
});

describe('a mutation whose payload asks for too big a page', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('is refused before it writes anything', async () => {
    t = await startTestApp();
    const [client] = await t.signedIn((await aStaff(t.db, 1)).personIds);
    const before = (await client.ok(`{ ideas { totalCount } }`)).ideas.totalCount;
    const response = await client.request(`mutation { postIdea(input: { title: "Twice?", body: "b" }) { idea { children(first: 101) { totalCount } } } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE', field: 'first' }]);
    expect((await client.ok(`{ ideas { totalCount } }`)).ideas.totalCount).toBe(before);
  });
});
