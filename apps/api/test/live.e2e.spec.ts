import { jest } from '@jest/globals';
import { toGlobalId } from '@kindling/api/core';
import { GraphService } from '@kindling/api/graph';
import { type GraphQLClient, aDepartment, aPerson, errorReasons, eventually } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, ENDORSE, POST_IDEA } from './operations';
import { IDEA_UPDATED, connect, following, local, subscribe } from './live-support';

const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(input: { tokenId: $id }) { apiToken { id } } }`;
const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;
const HIDE = `mutation($input: ModerateContentInput!) { hideContent(input: $input) { __typename } }`;
const UNHIDE = `mutation($input: ModerateContentInput!) { unhideContent(input: $input) { __typename } }`;
const UPDATED = `query($id: ID!) { node(id: $id) { ... on Idea { updatedAt createdAt } } }`;
const UPDATED_AFTER = `query($after: DateTime!, $first: Int) { ideas(first: $first, filter: { updatedAfter: $after }) {
  pageInfo { hasNextPage endCursor } edges { node { id updatedAt } } } }`;

describe('live updates over graphql-ws on /graphql', () => {
  let t: TestApp;
  let author: GraphQLClient;
  let reader: GraphQLClient;
  let admin: GraphQLClient;
  const closers: Array<() => void> = [];

  const post = async (title = 'A live idea') => (await author.ok(POST_IDEA, { input: { title, body: 'b' } })).postIdea.idea.id as string;
  const open = (auth: Parameters<typeof connect>[1]) => {
    const connection = connect(t, auth);
    closers.push(() => void connection.client.dispose());
    return connection;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const department = await aDepartment(t.db);
    const ids = [await aPerson(t.db, department, 'Ann Author'), await aPerson(t.db, department, 'Rob Reader'), await aPerson(t.db, department, 'Ada Admin', 'ADMIN')];
    [author, reader, admin] = await t.signedIn(ids);
  });
  afterEach(() => closers.splice(0).forEach((close) => close()));
  afterAll(() => t.close());

  describe('connecting', () => {
    it('refuses a signed-out connection with 4403', async () => {
      await expect(open({}).closed).resolves.toBe(4403);
    });

    it('accepts the session cookie of the upgrade request', async () => {
      await expect(open({ cookie: reader.cookieHeader }).connected).resolves.toBeUndefined();
    });

    it('accepts a bearer API token in the authorization connection parameter, and refuses it once revoked or when unknown', async () => {
      const { token, apiToken } = (await reader.ok(CREATE_TOKEN, { input: { name: 'Live widget' } })).createApiToken;
      await expect(open({ authorization: `Bearer ${token}` }).connected).resolves.toBeUndefined();
      await reader.ok(REVOKE, { id: apiToken.id });
      await expect(open({ authorization: `Bearer ${token}` }).closed).resolves.toBe(4403);
      await expect(open({ authorization: 'Bearer kt_not-a-real-token' }).closed).resolves.toBe(4403);
      // a bad token is not rescued by a good cookie
      await expect(open({ authorization: 'Bearer nope', cookie: reader.cookieHeader }).closed).resolves.toBe(4403);
    });

    it('runs only subscriptions: a query or a mutation over the socket is refused', async () => {
      const { client } = open({ cookie: reader.cookieHeader });
      const query = subscribe(client, `{ viewer { id } }`);
      const mutation = subscribe(client, `mutation { signOut { signedOut } }`);
      expect(await query.ended).toEqual([expect.objectContaining({ message: expect.stringContaining('Only subscriptions') })]);
      expect(await mutation.ended).toEqual([expect.objectContaining({ message: expect.stringContaining('Only subscriptions') })]);
      expect(query.results).toEqual([]);
    });

    it('refuses a subscription sent over HTTP (400, SUBSCRIPTION_OVER_HTTP), and a signed-out one for sign-in first', async () => {
      const id = await post();
      const overHttp = await reader.request(IDEA_UPDATED, { id });
      expect({ status: overHttp.status, reasons: errorReasons(overHttp) }).toEqual({ status: 400, reasons: ['SUBSCRIPTION_OVER_HTTP'] });
      expect(errorReasons(await t.client().request(IDEA_UPDATED, { id }))).toEqual(['SIGN_IN_REQUIRED']);
    });

    it('refuses an over-deep subscription with its reason, before it runs', async () => {
      const id = await post();
      let selection = 'id';
      for (let i = 0; i < 8; i++) selection = `parents { idea { ${selection} } }`;
      const { client } = open({ cookie: reader.cookieHeader });
      const deep = subscribe(client, `subscription($id: ID!) { ideaUpdated(id: $id) { idea { ${selection} } } }`, { id });
      expect(await deep.ended).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' } })]);
    });
  });

  describe('ideaUpdated(id)', () => {
    it('refuses a malformed id (BAD_USER_INPUT) and an unknown idea (NOT_FOUND)', async () => {
      const { client } = open({ cookie: reader.cookieHeader });
      const malformed = subscribe(client, IDEA_UPDATED, { id: 'nope' });
      const unknown = subscribe(client, IDEA_UPDATED, { id: toGlobalId('Idea', '999999') });
      const wrongType = subscribe(client, IDEA_UPDATED, { id: toGlobalId('Person', '1') });
      await Promise.all([malformed.ended, unknown.ended, wrongType.ended]);
      expect(malformed.results[0].errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', field: 'id' });
      expect(unknown.results[0].errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'IDEA_NOT_FOUND', field: 'id' });
      expect(wrongType.results[0].errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_ID_TYPE' });
    });

    it('emits the re-read idea and what changed: a comment (with the comment), an endorsement; another idea’s events do not arrive', async () => {
      const id = await post('Watched');
      const other = await post('Not watched');
      const { client } = open({ cookie: reader.cookieHeader });
      const updates = subscribe(client, IDEA_UPDATED, { id });
      await following(t, local(id));
      await reader.ok(COMMENT, { input: { ideaId: other, body: 'Elsewhere' } });
      await reader.ok(COMMENT, { input: { ideaId: id, body: 'First!' } });
      await reader.ok(ENDORSE, { ideaId: id });
      await eventually(() => expect(updates.results).toHaveLength(2));
      expect(updates.results.map((r) => r.data?.ideaUpdated)).toEqual([
        { change: 'COMMENTED', comment: { body: 'First!', author: { name: 'Rob Reader' } }, idea: expect.objectContaining({ id, title: 'Watched', endorsementCount: 0 }) },
        { change: 'ENDORSEMENTS', comment: null, idea: expect.objectContaining({ id, endorsementCount: 1 }) },
      ]);
    });

    it('delivers a hidden idea’s changes only to its authors and admins, while everyone learns it was hidden', async () => {
      const id = await post('Soon hidden');
      const watchers = [author, reader, admin].map((who) => subscribe(open({ cookie: who.cookieHeader }).client, IDEA_UPDATED, { id }));
      await following(t, local(id), 3);
      await admin.ok(HIDE, { input: { ideaId: id, reason: 'Off topic' } });
      await author.ok(COMMENT, { input: { ideaId: id, body: 'Still here' } });
      const [byAuthor, byReader, byAdmin] = watchers;
      await eventually(() => {
        expect(byAuthor.results).toHaveLength(2);
        expect(byAdmin.results).toHaveLength(2);
      });
      expect(byAuthor.results.map((r) => r.data?.ideaUpdated.change)).toEqual(['MODERATED', 'COMMENTED']);
      expect(byAuthor.results[1].data?.ideaUpdated.idea.title).toBe('Soon hidden');
      await admin.ok(UNHIDE, { input: { ideaId: id, reason: 'On topic after all' } });
      // the reader got the hiding (masked) and the unhiding, never the comment made in between
      await eventually(() => expect(byReader.results).toHaveLength(2));
      expect(byReader.results.map((r) => [r.data?.ideaUpdated.change, r.data?.ideaUpdated.idea.title])).toEqual([
        ['MODERATED', 'Hidden by a moderator'],
        ['MODERATED', 'Soon hidden'],
      ]);
    });

    it('reads no idea for events nobody here watches, and one batch of ideas for an event three people watch', async () => {
      const watched = await post('Watched by three');
      const unwatched = await post('Watched by nobody');
      const watchers = [author, reader, admin].map((who) =>
        subscribe(open({ cookie: who.cookieHeader }).client, `subscription($id: ID!) { ideaUpdated(id: $id) { change idea { id endorsementCount } } }`, { id: watched }),
      );
      await following(t, local(watched), 3);
      // the feed's re-read of ideas, observed (it still runs)
      const reads = jest.spyOn(t.app.get(GraphService, { strict: false }), 'ideasByIds');
      try {
        for (let i = 0; i < 5; i++) await reader.ok(`mutation($id: ID!) { comment(input: { ideaId: $id, body: "Nobody watches" }) { __typename } }`, { id: unwatched });
        await reader.ok(`mutation($id: ID!) { endorse(input: { ideaId: $id }) { __typename } }`, { id: watched });
        await eventually(() => watchers.forEach((w) => expect(w.results).toHaveLength(1)));
        expect(reads.mock.calls).toEqual([[[local(watched)]]]);
      } finally {
        reads.mockRestore();
      }
      expect(watchers.map((w) => w.results[0].data?.ideaUpdated)).toEqual(Array(3).fill({ change: 'ENDORSEMENTS', idea: { id: watched, endorsementCount: 1 } }));
    });

    it('lets one connection follow at most 20 ideas at once (RATE_LIMITED / TOO_MANY_SUBSCRIPTIONS), and again once one ends', async () => {
      const id = await post('Popular');
      const { client } = open({ cookie: reader.cookieHeader });
      // sent at once: exactly 20 are taken, whatever the order they are checked in
      const sent = Array.from({ length: 23 }, () => subscribe(client, IDEA_UPDATED, { id }));
      await following(t, local(id), 20);
      const refused: typeof sent = [];
      await eventually(async () => {
        refused.splice(0, refused.length, ...sent.filter((s) => s.results.length > 0));
        expect(refused).toHaveLength(3);
      });
      for (const r of refused) expect(r.results[0].errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_SUBSCRIPTIONS' });
      const subscriptions = sent.filter((s) => !refused.includes(s));
      // another connection of the same person has its own allowance
      const elsewhere = subscribe(open({ cookie: reader.cookieHeader }).client, IDEA_UPDATED, { id });
      await following(t, local(id), 21);
      subscriptions[0].stop();
      await following(t, local(id), 20);
      subscribe(client, IDEA_UPDATED, { id });
      await following(t, local(id), 21);
      elsewhere.stop();
    });
  });

  describe('Idea.updatedAt and ideas(filter: { updatedAfter })', () => {
    it('moves with comments, endorsements, build-ons and moderation, and the filter finds exactly the ideas changed since a time', async () => {
      const first = await post('Old one');
      const second = await post('Changes');
      const at = async (id: string) => (await reader.ok(UPDATED, { id })).node;
      const posted = await at(second);
      expect(posted.updatedAt).toBe(posted.createdAt);
      const since = (await t.db.query(`SELECT now() AS now`))[0].now.toISOString();
      await reader.ok(COMMENT, { input: { ideaId: second, body: 'Nice' } });
      const afterComment = (await at(second)).updatedAt;
      expect(afterComment > posted.updatedAt).toBe(true);
      expect((await at(first)).updatedAt).toBe((await at(first)).createdAt);
      const changed = (await reader.ok(UPDATED_AFTER, { after: since, first: 50 })).ideas.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(changed).toContain(second);
      expect(changed).not.toContain(first);
      const third = await post('Quiet');
      const child = (await reader.ok(BUILD_ON, { input: { parentIds: [third], title: 'On top', body: 'More.' } })).buildOn.idea.id;
      const builtOn = (await at(third)).updatedAt;
      expect(builtOn > (await at(third)).createdAt).toBe(true);
      await admin.ok(HIDE, { input: { ideaId: first, reason: 'Off topic' } });
      expect((await at(first)).updatedAt > since).toBe(true);
      // unchanged keyset paging, one idea a page: every idea changed since, once (the list leaves hidden ideas out)
      const pages: string[] = [];
      let after: string | null = null;
      do {
        const page: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } = (
          await reader.ok(`query($since: DateTime!, $after: String) { ideas(first: 1, after: $after, filter: { updatedAfter: $since }) {
            pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { since, after })
        ).ideas;
        pages.push(...page.edges.map((e) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(pages.sort()).toEqual([second, third, child].sort());
      expect(errorReasons(await reader.request(`{ ideas(filter: { updatedAfter: "yesterday" }) { edges { cursor } } }`))).toEqual(['MALFORMED_VALUE']);
    });
  });
});
