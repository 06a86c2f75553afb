import { JobQueue, StatementCounter } from '@kindling/api/core';
import { aPerson, aStaff, eventually } from '@kindling/api/testing';
import type { GraphQLClient } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, LINEAGE, POST_IDEA } from './operations';

const FEED = `query($first: Int!) { ideas(first: $first, orderBy: MOST_ENDORSED) { totalCount edges { cursor node {
  id title endorsementCount viewerHasEndorsed commentCount
  authors { name department { name } }
  parents { split idea { title } }
  credit { shares { ppm person { name department { name } } } }
} } } }`;

/** The benchmark's P1 (bench/run.ts), with the page size as a variable. */
const P1 = `query($first: Int!) { ideas(orderBy: MOST_ENDORSED, first: $first) { edges { node {
  title endorsementCount authors { name department { name } } credit { shares { ppm person { name } } }
} } } }`;

const NOTIFICATIONS = `query($first: Int!) { viewer { unreadNotificationCount } notifications(first: $first) { edges { node {
  id kind read path actorCount actors { name } share { ppm } idea { title viewerFollows authors { name } } childIdea { title } comment { body } causeIdea { title }
} } } }`;

/** Statements the server ran for one request (the test process hosts the server, so the counter is shared). */
async function statementsFor(client: GraphQLClient, query: string, variables: Record<string, unknown>): Promise<number> {
  await client.ok(query, variables); // warm-up: the session lookup and any lazy setup
  const before = StatementCounter.read();
  await client.ok(query, variables);
  return StatementCounter.read() - before;
}

describe('SQL statements per request (no N+1)', () => {
  let t: TestApp;
  let client: GraphQLClient;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const { personIds } = await aStaff(t.db, 6, 3);
    const clients = await t.signedIn(personIds);
    client = clients[0];
    for (let i = 0; i < 30; i++) {
      const author = clients[i % clients.length];
      const id =
        ids.length < 3
          ? (await author.ok(POST_IDEA, { input: { title: `Root ${i}`, body: 'b' } })).postIdea.idea.id
          : (await author.ok(BUILD_ON, { input: { parentIds: [ids[i - 1], ids[Math.floor(i / 3)]].filter((v, k, a) => a.indexOf(v) === k), title: `Build-on ${i}`, body: 'b' } })).buildOn.idea.id;
      ids.push(id);
    }
    // the notifications consumer works after each commit in this process: let it finish, so it runs no statement while the tests count
    await eventually(async () => {
      const [row] = await t.db.query(
        `SELECT count(*)::int AS n FROM outbox_events o
          WHERE NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = 'outbox.notifications' AND (j.data->>'seq')::bigint = o.seq AND j.state = 'completed')`,
      );
      expect(row.n).toBe(0);
    });
  });
  afterAll(() => t.close());

  it('reads a page of the change feed with the same statements for 5 events as for 50', async () => {
    const CHANGES = `query($first: Int!) { changes(first: $first) { pageInfo { endCursor } edges { node { type payload } } } }`;
    const small = await statementsFor(client, CHANGES, { first: 5 });
    const large = await statementsFor(client, CHANGES, { first: 50 });
    // the acting person; the outbox batch; ideas ‖ people ‖ status changes ‖ comments; parents, three levels up; the credit inputs
    expect(large).toBeLessThanOrEqual(small);
    expect(small).toBeLessThanOrEqual(14);
  });

  it('runs no more statements for 30 ideas than for 3 in the feed', async () => {
    const small = await statementsFor(client, FEED, { first: 3 });
    const large = await statementsFor(client, FEED, { first: 30 });
    // One statement per loader wave, whatever the page size. (A page can need one wave fewer when
    // a wave's people are already in the request's cache.)
    expect(large).toBeLessThanOrEqual(small);
    expect(small).toBeLessThanOrEqual(10);
  });

  it('runs no more statements for 20 notifications than for 2', async () => {
    // the build-ons above told the first person (an author of every sixth idea) of build-ons and credit moves
    expect((await client.ok(NOTIFICATIONS, { first: 20 })).notifications.edges.length).toBeGreaterThanOrEqual(10);
    const small = await statementsFor(client, NOTIFICATIONS, { first: 2 });
    const large = await statementsFor(client, NOTIFICATIONS, { first: 20 });
    expect(large).toBeLessThanOrEqual(small);
    expect(small).toBeLessThanOrEqual(8);
  });

  it('answers the P1 benchmark query with at most 4 statements at any page size', async () => {
    const small = await statementsFor(client, P1, { first: 5 });
    const large = await statementsFor(client, P1, { first: 50 });
    // the acting person; the page; authors with their people and departments ‖ the credit inputs; the people holding shares
    expect(small).toBeLessThanOrEqual(5);
    expect(large).toBeLessThanOrEqual(5);
  });

  it('runs the same number of statements for a small and a large lineage', async () => {
    const small = await statementsFor(client, LINEAGE, { id: ids[28], direction: 'BOTH', maxDepth: 1 });
    const large = await statementsFor(client, LINEAGE, { id: ids[1], direction: 'BOTH' });
    const { lineage } = (await client.ok(LINEAGE, { id: ids[1], direction: 'BOTH' })).node;
    expect(lineage.nodes.length).toBeGreaterThan(20);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6); // acting person, the idea, ancestors, descendants, edges, nodes
  });

  it('lists dead letters and the queues’ health in the same few statements for 1 job as for 6', async () => {
    const jobs = t.app.get(JobQueue);
    await jobs.ensureQueue('test.statements', { retryLimit: 0 });
    await jobs.work('test.statements', async () => {
      throw new Error('broken');
    });
    const boss = await jobs.ready();
    for (let i = 0; i < 6; i++) await boss.send('test.statements', { n: i });
    await eventually(async () => expect((await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test.statements' AND state = 'failed'`))[0].n).toBe(6));
    const { departmentIds } = await aStaff(t.db, 1);
    const [admin] = await t.signedIn([await aPerson(t.db, departmentIds[0], 'Admin', 'ADMIN')]);
    const PAGE = `query($first: Int!) { failedJobs(first: $first) { totalCount edges { node { id label attempts lastError } } } deliveryHealth { queue failed } }`;
    const small = await statementsFor(admin, PAGE, { first: 1 });
    const large = await statementsFor(admin, PAGE, { first: 6 });
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(4); // acting person, the page, its count, the health
  });
});
