import { aStaff, errorCodes } from '@kindling/api/testing';
import { toGlobalId } from '@kindling/api/core';
import { startTestApp, type TestApp } from './test-app';

const POST = `mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id title tags authors { id } } } }`;
const BUILD_ON = `mutation($input: BuildOnInput!) { buildOn(input: $input) { idea { id parents { relation split idea { id } } } } }`;

describe('ideas over GraphQL', () => {
  let t: TestApp;
  let people: string[];
  const person = (i: number) => toGlobalId('Person', people[i]);

  beforeAll(async () => {
    t = await startTestApp();
    people = (await aStaff(t.db, 4)).personIds;
  });
  afterAll(() => t.close());

  it('posts an idea as the signed-in person and builds on two ideas at once', async () => {
    const alice = t.client();
    await alice.signInAs(person(0));
    const a = (await alice.ok(POST, { input: { title: '  Shift swap board ', body: 'Let staff swap shifts.', tags: ['Rostering', 'rostering'] } })).postIdea.idea;
    expect(a.title).toBe('Shift swap board');
    expect(a.tags).toEqual(['rostering']);
    expect(a.authors).toEqual([{ id: person(0) }]);

    const bob = t.client();
    await bob.signInAs(person(1));
    const b = (await bob.ok(POST, { input: { title: 'Rota app', body: 'An app for rotas.' } })).postIdea.idea;
    const c = (await bob.ok(BUILD_ON, { input: { parentIds: [a.id, b.id], split: [3, 1], title: 'Rota app with swaps', body: 'Both.' } })).buildOn.idea;
    expect(c.parents).toEqual([
      { relation: 'COMBINES', split: 0.75, idea: { id: a.id } },
      { relation: 'COMBINES', split: 0.25, idea: { id: b.id } },
    ]);
  });

  it('refuses writes without an acting person, and changes nothing', async () => {
    const anonymous = t.client();
    const before = (await anonymous.ok(`{ ideas { totalCount } }`)).ideas.totalCount;
    const response = await anonymous.request(POST, { input: { title: 'x', body: 'y' } });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect((await anonymous.ok(`{ ideas { totalCount } }`)).ideas.totalCount).toBe(before);
  });
});
