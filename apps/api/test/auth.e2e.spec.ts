import { aStaff, errorCodes, errorReasons, GraphQLClient } from '@kindling/api/testing';
import { toGlobalId } from '@kindling/api/core';
import { startTestApp, type TestApp } from './test-app';
import { POST_IDEA } from './operations';

describe('acting person', () => {
  let t: TestApp;
  let people: string[];

  beforeAll(async () => {
    t = await startTestApp();
    people = (await aStaff(t.db, 2)).personIds.map((id) => toGlobalId('Person', id));
  });
  afterAll(() => t.close());

  it('signs in with an httpOnly session cookie and acts as that person', async () => {
    const client = t.client();
    expect((await client.ok(`{ viewer { id } }`)).viewer).toBeNull();
    const response = await client.request(`mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id } } }`, { id: people[0] });
    expect(response.headers.get('set-cookie')).toMatch(/kindling_session=.+HttpOnly/i);
    expect((await client.ok(`{ viewer { id } }`)).viewer).toEqual({ id: people[0] });
    await client.ok(`mutation { signOut { signedOut } }`);
  });

  it('lets an API client act through a bearer token, and only a valid one', async () => {
    const person = t.client();
    await person.signInAs(people[1]);
    const { token } = (await person.ok(`mutation { createApiToken(input: { name: "Intranet widget", scopes: [READ, WRITE] }) { token } }`)).createApiToken;
    const service = new GraphQLClient(t.url, token);
    const posted = (await service.ok(POST_IDEA, { input: { title: 'From the intranet', body: 'Posted by a script.' } })).postIdea.idea;
    expect(posted.authors).toEqual([{ id: people[1] }]);
    const stolen = new GraphQLClient(t.url, `${token}x`);
    expect(errorReasons(await stolen.request(POST_IDEA, { input: { title: 'x', body: 'y' } }))).toEqual(['INVALID_TOKEN']);
  });

  it('refuses queries that are too deep, too aliased or too costly before running them', async () => {
    const client = t.client();
    const deep = `{ ideas { edges { node { parents { idea { parents { idea { parents { idea { parents { idea { parents { idea { parents { idea { id } } } } } } } } } } } } } } } }`;
    expect(errorCodes(await client.request(deep))).toEqual(['BAD_USER_INPUT']);
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
    expect(errorCodes(await client.request(aliases))).toEqual(['BAD_USER_INPUT']);
    const costly = `{ ideas(first: 100) { edges { node { endorsements(first: 100) { edges { node { person { ideas(first: 100) { edges { node { id } } } } } } } } } } }`;
    expect(errorCodes(await client.request(costly))).toEqual(['BAD_USER_INPUT']);
  });
});
