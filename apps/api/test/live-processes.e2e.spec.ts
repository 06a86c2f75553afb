import { type GraphQLClient, aDepartment, aPerson, eventually } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { ENDORSE, POST_IDEA } from './operations';
import { IDEA_UPDATED, type Subscribed, connect, following, local, subscribe } from './live-support';

const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;
const CHANGE = `mutation($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { idea { status } } }`;

/** Two API processes on one database: what is written through one reaches subscribers of the other. */
describe('live updates across two API processes', () => {
  let a: TestApp;
  let b: TestApp;
  let author: GraphQLClient;
  let reviewer: GraphQLClient;
  let watcherCookie: string | null;
  const closers: Array<() => void> = [];

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({}, { sharedWith: a });
    const department = await aDepartment(a.db);
    const authorId = await aPerson(a.db, department, 'Ann Author');
    const reviewerId = await aPerson(a.db, department, 'Rita Reviewer', 'REVIEWER');
    const watcherId = await aPerson(a.db, department, 'Wim Watcher');
    [author, reviewer] = await a.signedIn([authorId, reviewerId]);
    // the watcher signs in and subscribes through B
    const [watcher] = await b.signedIn([watcherId]);
    watcherCookie = watcher.cookieHeader;
  });
  afterEach(() => closers.splice(0).forEach((close) => close()));
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const watchOnB = async (id: string) => {
    const connection = connect(b, { cookie: watcherCookie });
    closers.push(() => void connection.client.dispose());
    const updates = subscribe(connection.client, IDEA_UPDATED, { id });
    await following(b, local(id));
    return updates;
  };
  const changes = (updates: Subscribed<any>) => updates.results.map((r) => r.data?.ideaUpdated.change);

  it('delivers a comment, an endorsement and a status change written through A to a subscriber on B, and nothing of another idea', async () => {
    const id = (await author.ok(POST_IDEA, { input: { title: 'Across processes', body: 'b' } })).postIdea.idea.id;
    const other = (await author.ok(POST_IDEA, { input: { title: 'Elsewhere', body: 'b' } })).postIdea.idea.id;
    const updates = await watchOnB(id);
    await reviewer.ok(COMMENT, { input: { ideaId: other, body: 'Not for B' } });
    await reviewer.ok(COMMENT, { input: { ideaId: id, body: 'Written through A' } });
    await reviewer.ok(ENDORSE, { ideaId: id });
    await reviewer.ok(CHANGE, { input: { ideaId: id, status: 'UNDER_REVIEW', response: 'We are looking at it.' } });
    await eventually(() => expect(changes(updates)).toEqual(['COMMENTED', 'ENDORSEMENTS', 'STATUS']));
    const [commented, endorsed, status] = updates.results.map((r) => r.data?.ideaUpdated);
    expect(commented.comment).toEqual({ body: 'Written through A', author: { name: 'Rita Reviewer' } });
    expect(endorsed.idea.endorsementCount).toBe(1);
    expect(status.idea.status).toBe('UNDER_REVIEW');
    expect(updates.results.every((r) => r.data?.ideaUpdated.idea.id === id)).toBe(true);
  });

  it('catches up by cursor after B’s listening connection is killed: what was written meanwhile still arrives, once', async () => {
    const id = (await author.ok(POST_IDEA, { input: { title: 'Through a reconnect', body: 'b' } })).postIdea.idea.id;
    const updates = await watchOnB(id);
    // each process's hub listens on its own connection, named kindling-live; B's started second
    const hubs: Array<{ pid: number }> = await a.db.query(
      `SELECT pid FROM pg_stat_activity WHERE application_name = 'kindling-live' AND datname = current_database() ORDER BY backend_start`,
    );
    expect(hubs).toHaveLength(2);
    await a.db.query(`SELECT pg_terminate_backend($1)`, [hubs[1].pid]);
    await reviewer.ok(COMMENT, { input: { ideaId: id, body: 'While B was deaf' } });
    await reviewer.ok(ENDORSE, { ideaId: id });
    await eventually(() => expect(changes(updates)).toEqual(['COMMENTED', 'ENDORSEMENTS']), 30_000);
    // the hub is back (it listens again), and new writes arrive as before
    await eventually(async () => expect(await a.db.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'kindling-live' AND datname = current_database()`)).toHaveLength(2));
    await reviewer.ok(CHANGE, { input: { ideaId: id, status: 'ACCEPTED', response: 'Yes.' } });
    await eventually(() => expect(changes(updates)).toEqual(['COMMENTED', 'ENDORSEMENTS', 'STATUS']));
  });
});
