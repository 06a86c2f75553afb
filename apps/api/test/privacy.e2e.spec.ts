import { StatementCounter, toGlobalId } from '@kindling/api/core';
import { aDepartment, aPerson, errorCodes, errorReasons, type GraphQLClient } from '@kindling/api/testing';
import { loadConfig } from '../src/config';
import { startTestApp, type TestApp } from './test-app';
import { INVITE, POST_IDEA } from './operations';

const INVITATIONS = `query($id: ID!) { node(id: $id) { ... on Idea { coAuthorInvitations { person { id } invitedBy { id } } } } }`;
const INVITATIONS_IN_FEED = `{ ideas(first: 50) { edges { node { id coAuthorInvitations { person { id } } } } } }`;
const PICKER = `query($search: String) { devSignInPeople(search: $search, first: 50) { edges { node { id name departmentName } } pageInfo { hasNextPage } } }`;

describe('private data stays private', () => {
  let t: TestApp;
  let anonymous: GraphQLClient;
  let author: GraphQLClient;
  let invitee: GraphQLClient;
  let otherInvitee: GraphQLClient;
  let colleague: GraphQLClient;
  const people: Record<'author' | 'invitee' | 'otherInvitee' | 'colleague', string> = { author: '', invitee: '', otherInvitee: '', colleague: '' };
  let ideaId = '';

  beforeAll(async () => {
    t = await startTestApp();
    const department = await aDepartment(t.db, 'Fleet');
    people.author = await aPerson(t.db, department, 'Ada Author');
    people.invitee = await aPerson(t.db, department, 'Ivo Invitee');
    people.otherInvitee = await aPerson(t.db, department, 'Olga Invitee');
    people.colleague = await aPerson(t.db, department, 'Cas Colleague', 'ADMIN');
    [author, invitee, otherInvitee, colleague] = await t.signedIn([people.author, people.invitee, people.otherInvitee, people.colleague]);
    anonymous = t.client();
    ideaId = (await author.ok(POST_IDEA, { input: { title: 'Shared van calendar', body: 'Book the vans online.' } })).postIdea.idea.id;
    for (const person of [people.invitee, people.otherInvitee]) await author.ok(INVITE, { ideaId, personId: toGlobalId('Person', person) });
  });
  afterAll(() => t.close());

  const personId = () => toGlobalId('Person', people.author);

  describe('a signed-out client', () => {
    const refused: Array<[string, () => [string, Record<string, unknown>]]> = [
      ['the idea list', () => [`{ ideas { totalCount edges { node { title } } } }`, {}]],
      ['an idea by node(id)', () => [`query($id: ID!) { node(id: $id) { id ... on Idea { title } } }`, { id: ideaId }]],
      ['several by nodes(ids)', () => [`query($id: ID!) { nodes(ids: [$id]) { id } }`, { id: ideaId }]],
      ['the people list with e-mail and role', () => [`{ people(first: 10) { edges { node { name email role } } } }`, {}]],
      ['a person', () => [`query($id: ID!) { node(id: $id) { ... on Person { name email } } }`, { id: personId() }]],
      ['a credit history', () => [`query($id: ID!) { node(id: $id) { ... on Person { creditHistory(interval: MONTH, periods: 3) { total } } } }`, { id: personId() }]],
      ['a lineage', () => [`query($id: ID!) { node(id: $id) { ... on Idea { lineage(direction: BOTH) { nodes { id } } } } }`, { id: ideaId }]],
      ['pending invitations', () => [INVITATIONS, { id: ideaId }]],
      ['departments', () => [`{ departments { name } }`, {}]],
      ['the board', () => [`{ leaderboard(first: 5) { idea { title } } }`, {}]],
      ['the ledger check', () => [`{ verifyLedger { intact } }`, {}]],
      ['introspection of the schema', () => [`{ __schema { types { name } } }`, {}]],
      ['introspection of a type', () => [`{ __type(name: "Person") { fields { name } } }`, {}]],
      ['a root field behind a fragment spread', () => [`query { ...Everyone } fragment Everyone on Query { people(first: 5) { edges { node { email } } } }`, {}]],
      ['a root field behind nested fragments', () => [`query { ...A } fragment A on Query { ...B } fragment B on Query { ideas { totalCount } }`, {}]],
      ['a root field behind an inline fragment', () => [`{ ... on Query { ideas { totalCount } } }`, {}]],
      ['a root field behind a skipped inline fragment', () => [`{ viewer { id } ... @skip(if: true) { people { edges { node { email } } } } }`, {}]],
      ['an allowed field beside one that is not', () => [`{ viewer { id } authSettings { devSignIn } ideas { totalCount } }`, {}]],
      ['a write', () => [`mutation { postIdea(input: { title: "t", body: "b" }) { idea { id } } }`, {}]],
    ];

    it.each(refused)('is refused %s before anything runs (401, UNAUTHENTICATED, no data)', async (_what, operation) => {
      const [query, variables] = operation();
      const before = StatementCounter.read();
      const response = await anonymous.request(query, variables);
      expect(StatementCounter.read() - before).toBe(0);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="kindling"');
      expect(response.data).toBeUndefined();
      expect(response.errors?.map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason }))).toEqual([{ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' }]);
    });

    it('learns nothing about the schema from a mistyped field (no "Did you mean")', async () => {
      const response = await anonymous.request(`{ idea { id } }`);
      expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|ideas/);
    });

    it('may ask who is signed in, how to sign in, and __typename', async () => {
      const response = await anonymous.request(`{ __typename viewer { id name email } authSettings { devSignIn } }`);
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ __typename: 'Query', viewer: null, authSettings: { devSignIn: true } });
    });

    it('may sign out, and sign in', async () => {
      expect(await anonymous.ok(`mutation { signOut { signedOut } }`)).toEqual({ signOut: { signedOut: true } });
      const fresh = t.client();
      const signedIn = await fresh.ok(`mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id email } } }`, { id: personId() });
      expect(signedIn.devSignIn.viewer).toEqual({ id: personId(), email: expect.stringContaining('@') });
      expect((await fresh.ok(`{ ideas { totalCount } }`)).ideas.totalCount).toBe(1);
    });

    it('sees in the dev sign-in picker only names and departments, searching names only', async () => {
      const { devSignInPeople } = await anonymous.ok(PICKER, { search: 'invitee' });
      expect(devSignInPeople.edges.map((e: { node: unknown }) => e.node)).toEqual([
        { id: toGlobalId('Person', people.invitee), name: 'Ivo Invitee', departmentName: 'Fleet' },
        { id: toGlobalId('Person', people.otherInvitee), name: 'Olga Invitee', departmentName: 'Fleet' },
      ]);
      // e-mail addresses cannot be probed through the search
      expect((await anonymous.ok(PICKER, { search: '@example.test' })).devSignInPeople.edges).toEqual([]);
      const fields = await colleague.ok(`{ __type(name: "DevSignInPerson") { fields { name } } }`);
      expect(fields.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['departmentName', 'id', 'name']);
    });
  });

  describe('a signed-in colleague', () => {
    it('reads e-mail addresses and roles, also nested', async () => {
      const { node } = await colleague.ok(`query($id: ID!) { node(id: $id) { ... on Idea { authors { email role } postedBy { email } } } }`, { id: ideaId });
      expect(node.authors).toEqual([{ email: expect.stringContaining('@'), role: 'MEMBER' }]);
      expect(node.postedBy.email).toBe(node.authors[0].email);
    });

    it('reads anyone’s credit history (the product’s transparency)', async () => {
      const { node } = await colleague.ok(`query($id: ID!) { node(id: $id) { ... on Person { creditHistory(interval: MONTH, periods: 2) { total } } } }`, { id: personId() });
      expect(node.creditHistory).toHaveLength(2);
    });

    it('may introspect (the default policy, for GraphiQL and codegen)', async () => {
      const { __schema } = await colleague.ok(`{ __schema { queryType { name } } }`);
      expect(__schema.queryType.name).toBe('Query');
    });
  });

  describe('pending co-author invitations', () => {
    const invitedIds = async (client: GraphQLClient) => ((await client.ok(INVITATIONS, { id: ideaId })).node.coAuthorInvitations as Array<{ person: { id: string } }>).map((i) => i.person.id);

    it('are all shown to the idea’s authors', async () => {
      expect(await invitedIds(author)).toEqual([toGlobalId('Person', people.invitee), toGlobalId('Person', people.otherInvitee)]);
    });

    it('show an invitee only their own', async () => {
      expect(await invitedIds(invitee)).toEqual([toGlobalId('Person', people.invitee)]);
      expect(await invitedIds(otherInvitee)).toEqual([toGlobalId('Person', people.otherInvitee)]);
    });

    it('are hidden from other colleagues, without failing the page (admins included)', async () => {
      expect(await invitedIds(colleague)).toEqual([]);
      const feed = await colleague.request(INVITATIONS_IN_FEED);
      expect(feed.errors).toBeUndefined();
      expect(feed.data.ideas.edges).toEqual([{ node: { id: ideaId, coAuthorInvitations: [] } }]);
    });

    it('are all shown to an invitee once they accepted and became an author', async () => {
      await invitee.ok(`mutation($id: ID!) { acceptCoAuthorship(input: { ideaId: $id }) { idea { id } } }`, { id: ideaId });
      expect(await invitedIds(invitee)).toEqual([toGlobalId('Person', people.otherInvitee)]);
      expect(await invitedIds(colleague)).toEqual([]);
    });
  });
});

describe('the dev sign-in picker and the introspection policy, switched', () => {
  it('refuses the picker while dev sign-in is off', async () => {
    const t = await startTestApp({ KINDLING_DEV_SIGN_IN: 'false' });
    try {
      const department = await aDepartment(t.db);
      await aPerson(t.db, department, 'Nina Nobody');
      const response = await t.client().request(PICKER, { search: 'Nina' });
      expect(response.data).toBeUndefined();
      expect(errorReasons(response)).toEqual(['DEV_SIGN_IN_DISABLED']);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(response)).not.toContain('Nina');
    } finally {
      await t.close();
    }
  });

  it('KINDLING_INTROSPECTION=off: nobody introspects, signed in or not', async () => {
    const t = await startTestApp({ KINDLING_INTROSPECTION: 'off' });
    try {
      const [signedIn] = await t.signedIn([await aPerson(t.db, await aDepartment(t.db))]);
      for (const client of [signedIn, t.client()]) {
        const response = await client.request(`query { ...Schema } fragment Schema on Query { __schema { types { name } } }`);
        expect(response.status).toBe(403);
        expect(response.data).toBeUndefined();
        expect(errorReasons(response)).toEqual(['INTROSPECTION_DISABLED']);
      }
      expect((await signedIn.ok(`{ ideas { totalCount } }`)).ideas.totalCount).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('KINDLING_INTROSPECTION=on: anyone introspects, and the rest still needs signing in', async () => {
    const t = await startTestApp({ KINDLING_INTROSPECTION: 'on' });
    try {
      const anonymous = t.client();
      expect((await anonymous.ok(`{ __type(name: "Idea") { name } }`)).__type.name).toBe('Idea');
      expect(errorReasons(await anonymous.request(`{ __schema { queryType { name } } ideas { totalCount } }`))).toEqual(['SIGN_IN_REQUIRED']);
    } finally {
      await t.close();
    }
  });

  it('refuses to start with an unknown policy', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', KINDLING_INTROSPECTION: 'sometimes' })).toThrow(/KINDLING_INTROSPECTION must be one of signed-in, on, off/);
  });
});
