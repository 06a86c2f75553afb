import { toGlobalId } from '@kindling/api/core';
import { type GraphQLClient, aDepartment, aPerson, errorCodes, errorReasons } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, ENDORSE, POST_IDEA } from './operations';

const CHANGES = `query($after: String, $first: Int) { changes(after: $after, first: $first) {
  pageInfo { hasNextPage endCursor } edges { cursor node { messageId type timestamp payload } } } }`;
const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;
const CHANGE_STATUS = `mutation($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { idea { status } } }`;
const HIDE = `mutation($input: ModerateContentInput!) { hideContent(input: $input) { idea { id } } }`;

interface Change {
  messageId: string;
  type: string;
  timestamp: string;
  payload: string;
}

/** Reads the feed from `after` to its end, page by page, as a syncing client does; returns the changes and where to resume. */
async function sync(client: GraphQLClient, after: string | null, first = 100): Promise<{ changes: Change[]; endCursor: string | null }> {
  const changes: Change[] = [];
  let cursor = after;
  for (;;) {
    const page = (await client.ok(CHANGES, { after: cursor, first })).changes;
    changes.push(...page.edges.map((e: { node: Change }) => e.node));
    cursor = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return { changes, endCursor: cursor };
  }
}

const summary = (changes: Change[]) =>
  changes.map((c) => {
    const body = JSON.parse(c.payload);
    expect(body).toEqual({ type: c.type, timestamp: c.timestamp, data: expect.any(Object) });
    return [c.type, body.data.idea?.title ?? body.data.ideas?.map((i: { idea: { title: string } }) => i.idea.title).join(', ')];
  });

describe('the change feed', () => {
  let t: TestApp;
  let alice: GraphQLClient, bob: GraphQLClient, carol: GraphQLClient, rita: GraphQLClient, admin: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp();
    const dep = await aDepartment(t.db);
    const ids = [await aPerson(t.db, dep, 'Alice'), await aPerson(t.db, dep, 'Bob'), await aPerson(t.db, dep, 'Carol'), await aPerson(t.db, dep, 'Rita', 'REVIEWER'), await aPerson(t.db, dep, 'Ada', 'ADMIN')];
    [alice, bob, carol, rita, admin] = await t.signedIn(ids);
    await alice.ok(POST_IDEA, { input: { title: 'Before the first sync', body: 'b' } });
  });
  afterAll(() => t.close());

  it('gives a client that synced exactly what happened since, in order, and nothing hidden from it', async () => {
    const { changes: initial, endCursor } = await sync(carol, null);
    expect(summary(initial)).toEqual([['idea.posted', 'Before the first sync']]);

    const root = (await alice.ok(POST_IDEA, { input: { title: 'Shared vans', body: 'b' } })).postIdea.idea.id;
    await bob.ok(BUILD_ON, { input: { parentIds: [root], title: 'Electric vans', body: 'b' } });
    await rita.ok(CHANGE_STATUS, { input: { ideaId: root, status: 'UNDER_REVIEW', response: 'Pricing them.' } });
    const comment = (await bob.ok(COMMENT, { input: { ideaId: root, body: 'Utrecht has chargers' } })).comment.comment.id;
    await rita.ok(`mutation($id: ID!) { claimIdea(input: { ideaId: $id }) { idea { id } } }`, { id: root }); // not a public event
    const hidden = (await alice.ok(POST_IDEA, { input: { title: 'Parking for my cousin', body: 'b' } })).postIdea.idea.id;
    await admin.ok(HIDE, { input: { ideaId: hidden, reason: 'Personal data' } });
    const rude = (await carol.ok(COMMENT, { input: { ideaId: root, body: 'Rude words' } })).comment.comment.id;
    await admin.ok(HIDE, { input: { commentId: rude, reason: 'Offensive' } });
    await carol.ok(ENDORSE, { ideaId: root });

    const expected = [
      ['idea.posted', 'Shared vans'],
      ['idea.built_on', 'Electric vans'],
      ['credit.changed', 'Shared vans'],
      ['idea.status_changed', 'Shared vans'],
      ['comment.created', 'Shared vans'],
      ['credit.changed', 'Shared vans'],
    ];
    const forBob = await sync(bob, endCursor);
    expect(summary(forBob.changes)).toEqual(expected);
    expect(forBob.changes.some((c) => c.payload.includes('Parking for my cousin') || c.payload.includes('Rude words'))).toBe(false);
    const status = JSON.parse(forBob.changes[3].payload).data;
    expect(status).toMatchObject({ idea: { id: root }, from: 'NEW', to: 'UNDER_REVIEW', response: 'Pricing them.' });
    expect(JSON.parse(forBob.changes[4].payload).data.comment).toMatchObject({ id: comment, body: 'Utrecht has chargers' });
    expect(new Set(forBob.changes.map((c) => c.messageId)).size).toBe(expected.length);

    // the hidden idea's author and admins see its posting; the hidden comment's author sees it
    const forAlice = summary((await sync(alice, endCursor)).changes);
    expect(forAlice).toEqual([...expected.slice(0, 5), ['idea.posted', 'Parking for my cousin'], ['credit.changed', 'Shared vans']]);
    const forCarol = summary((await sync(carol, endCursor)).changes);
    expect(forCarol).toEqual([...expected.slice(0, 5), ['comment.created', 'Shared vans'], ['credit.changed', 'Shared vans']]);
    const forAdmin = summary((await sync(admin, endCursor)).changes);
    expect(forAdmin).toHaveLength(8);

    // page by page gives the same, and a synced client's next sync is empty but keeps its place
    const paged = await sync(bob, endCursor, 2);
    expect(paged.changes).toEqual(forBob.changes);
    const again = (await bob.ok(CHANGES, { after: forBob.endCursor })).changes;
    expect(again.edges).toEqual([]);
    expect(again.pageInfo).toEqual({ hasNextPage: false, endCursor: forBob.endCursor });
    await alice.ok(POST_IDEA, { input: { title: 'After the second sync', body: 'b' } });
    expect(summary((await sync(bob, forBob.endCursor)).changes)).toEqual([['idea.posted', 'After the second sync']]);
  });

  it('reads the same through an API token', async () => {
    const { token } = (await carol.ok(`mutation { createApiToken(input: { name: "intranet sync" }) { token } }`)).createApiToken;
    const viaToken = await sync(carol.withToken(token), null);
    expect(viaToken.changes).toEqual((await sync(carol, null)).changes);
  });

  it('refuses a malformed cursor and an out-of-range page size', async () => {
    for (const after of ['bogus', Buffer.from('[1]').toString('base64url'), Buffer.from('["x",0]').toString('base64url'), Buffer.from('["5",-1]').toString('base64url'), toGlobalId('Idea', '1')]) {
      const res = await bob.request(CHANGES, { after });
      expect({ after, codes: errorCodes(res), reasons: errorReasons(res) }).toEqual({ after, codes: ['BAD_USER_INPUT'], reasons: ['INVALID_CURSOR'] });
    }
    expect(errorReasons(await bob.request(CHANGES, { first: 101 }))).toEqual(['PAGE_SIZE_OUT_OF_RANGE']);
  });
});
