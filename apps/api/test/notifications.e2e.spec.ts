import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { fromGlobalId, toGlobalId, type OutboxEvent } from '@kindling/api/core';
import { NotificationsConsumer } from '@kindling/api/notifications';
import { type GraphQLClient, aDepartment, aPerson, createTestDatabase, errorReasons, eventually } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, ENDORSE, INVITE, POST_IDEA } from './operations';

const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;
const ACCEPT = `mutation($ideaId: ID!) { acceptCoAuthorship(input: { ideaId: $ideaId }) { idea { id } } }`;
const DECLINE = `mutation($ideaId: ID!) { declineCoAuthorship(input: { ideaId: $ideaId }) { idea { id } } }`;
const CHANGE = `mutation($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { idea { status } } }`;
const SET_RETENTION = `mutation($id: ID!, $retention: Float!, $reason: String!) { setRetention(input: { ideaId: $id, retention: $retention, reason: $reason }) { idea { id } } }`;
const MERGE = `mutation($d: ID!, $k: ID!, $reason: String!) { mergeIdeas(input: { duplicateId: $d, intoId: $k, reason: $reason }) { into { id } } }`;
const HIDE = `mutation($input: ModerateContentInput!) { hideContent(input: $input) { idea { id } } }`;
const CREDIT = `query($id: ID!) { node(id: $id) { ... on Idea { credit { shares { ppm person { id } } } } } }`;
const FOLLOW = `mutation($id: ID!) { followIdea(input: { ideaId: $id }) { idea { id viewerFollows } } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollowIdea(input: { ideaId: $id }) { idea { id viewerFollows } } }`;
const FOLLOWS = `query($id: ID!) { node(id: $id) { ... on Idea { viewerFollows } } }`;
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadNotificationCount } }`;
const PREFS = `{ notificationPreferences { emailFrequency kinds { kind inApp email } } }`;
const UPDATE_PREFS = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) {
  notificationPreferences { emailFrequency kinds { kind inApp email } } } }`;
const COUNT = `{ viewer { unreadNotificationCount } }`;
const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) { notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
  pageInfo { hasNextPage endCursor }
  edges { node { id kind read readAt path actorCount actors { id } share { ppm percent } fromStatus toStatus response retention reason
    moderationAction accepted creditFrom { ppm } creditTo { ppm } cause webhookUrl
    idea { id title } comment { id } childIdea { id } intoIdea { id } causeIdea { id } } } } }`;

interface Shown {
  id: string;
  kind: string;
  read: boolean;
  path: string;
  actorCount: number;
  actors: Array<{ id: string }>;
  share: { ppm: number; percent: number } | null;
  fromStatus: string | null;
  toStatus: string | null;
  response: string | null;
  retention: number | null;
  reason: string | null;
  moderationAction: string | null;
  accepted: boolean | null;
  creditFrom: { ppm: number } | null;
  creditTo: { ppm: number } | null;
  cause: string | null;
  idea: { id: string; title: string } | null;
  comment: { id: string } | null;
  childIdea: { id: string } | null;
  intoIdea: { id: string } | null;
  causeIdea: { id: string } | null;
}

const gid = (id: string) => toGlobalId('Person', id);

async function list(client: GraphQLClient, unreadOnly = false): Promise<Shown[]> {
  const data = await client.ok(LIST, { first: 100, unreadOnly });
  return data.notifications.edges.map((e: { node: Shown }) => e.node);
}

/** Waits until the consumer has handled every committed event (its job for each one completed). */
async function settled(t: TestApp): Promise<void> {
  await eventually(async () => {
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM outbox_events o WHERE NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = 'outbox.notifications' AND (j.data->>'seq')::bigint = o.seq AND j.state = 'completed')`,
    );
    expect(row.n).toBe(0);
  });
}

async function post(client: GraphQLClient, title = 'An idea worth hearing about'): Promise<string> {
  return (await client.ok(POST_IDEA, { input: { title, body: 'Body' } })).postIdea.idea.id;
}

async function buildOn(client: GraphQLClient, parentIds: string[], title = 'A build-on of it'): Promise<string> {
  return (await client.ok(BUILD_ON, { input: { parentIds, title, body: 'More' } })).buildOn.idea.id;
}

async function shares(client: GraphQLClient, ideaId: string): Promise<Map<string, number>> {
  const data = await client.ok(CREDIT, { id: ideaId });
  return new Map(data.node.credit.shares.map((s: { ppm: number; person: { id: string } }) => [s.person.id, s.ppm]));
}

describe('notifications', () => {
  let t: TestApp;
  let dept: string;
  const person = async (name: string, role = 'MEMBER') => aPerson(t.db, dept, name, role);
  const clients = async (...names: string[]) => {
    const ids = await Promise.all(names.map((n) => person(n)));
    return { ids, clients: await t.signedIn(ids) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    dept = await aDepartment(t.db);
  }, 120_000);
  afterAll(() => t.close());

  it('tells everyone in the credit trail of a status change, with their share, and followers; never the reviewer', async () => {
    const { ids: [anna, bas, fien], clients: [a, b, f] } = await clients('Anna', 'Bas', 'Fien');
    const reviewerId = await person('Rita', 'REVIEWER');
    const [r] = await t.signedIn([reviewerId]);
    const root = await post(a);
    const child = await buildOn(b, [root]);
    await f.ok(FOLLOW, { id: child });
    await r.ok(CHANGE, { input: { ideaId: child, status: 'ACCEPTED', response: 'We will build it.' } });
    await settled(t);

    const credit = await shares(a, child);
    const statusOf = async (c: GraphQLClient) => (await list(c)).filter((n) => n.kind === 'STATUS_CHANGED');
    for (const [client, personId] of [[a, anna], [b, bas]] as const) {
      const [n] = await statusOf(client);
      expect(n).toMatchObject({ fromStatus: 'NEW', toStatus: 'ACCEPTED', response: 'We will build it.', idea: { id: child }, read: false, actorCount: 1, actors: [{ id: gid(reviewerId) }] });
      expect(n.share).toEqual({ ppm: credit.get(gid(personId)), percent: credit.get(gid(personId))! / 10_000 });
      expect(n.path).toBe(`/ideas/${encodeURIComponent(child)}`);
    }
    expect((await statusOf(f)).map((n) => n.share)).toEqual([null]);
    expect(fien).toBeTruthy();
    expect(await statusOf(r)).toEqual([]);
    // Anna also heard of the build-on, and the bell counts what she has not read
    const built = (await list(a)).find((n) => n.kind === 'BUILT_ON')!;
    expect(built).toMatchObject({ idea: { id: root }, childIdea: { id: child }, path: `/ideas/${encodeURIComponent(child)}` });
    expect((await a.ok(COUNT)).viewer.unreadNotificationCount).toBe((await list(a)).length);
  });

  it('tells the authors of comments and replies, commenters follow, and nobody hears of their own action', async () => {
    const { ids: [, carl], clients: [a, c, d] } = await clients('Ada', 'Carl', 'Dirk');
    const idea = await post(a);
    const first = (await c.ok(COMMENT, { input: { ideaId: idea, body: 'Nice' } })).comment.comment.id;
    await settled(t);
    expect((await c.ok(FOLLOWS, { id: idea })).node.viewerFollows).toBe(true);
    const reply = (await a.ok(COMMENT, { input: { ideaId: idea, body: 'Thanks', replyToId: first } })).comment.comment.id;
    await d.ok(COMMENT, { input: { ideaId: idea, body: 'Me too' } });
    await settled(t);

    const ofAda = await list(a);
    expect(ofAda.filter((n) => n.kind === 'COMMENTED').map((n) => n.actors[0].id)).toEqual([expect.any(String), gid(carl)]);
    expect(ofAda.find((n) => n.comment?.id === first)!.path).toBe(`/ideas/${encodeURIComponent(idea)}#comment-${first}`);
    expect(ofAda.some((n) => n.comment?.id === reply)).toBe(false);
    // Carl: a reply instead of a comment on an idea he follows, then Dirk's comment as a follower
    expect((await list(c)).map((n) => [n.kind, n.comment?.id])).toEqual([
      ['COMMENTED', expect.any(String)],
      ['REPLIED', reply],
    ]);
  });

  it('tells an invited co-author, and the authors of the answer', async () => {
    const { ids: [, eva, gus], clients: [a, e, g] } = await clients('Aart', 'Eva', 'Gus');
    const idea = await post(a);
    await a.ok(INVITE, { ideaId: idea, personId: gid(eva) });
    await a.ok(INVITE, { ideaId: idea, personId: gid(gus) });
    await e.ok(ACCEPT, { ideaId: idea });
    await g.ok(DECLINE, { ideaId: idea });
    await settled(t);
    expect((await list(e)).filter((n) => n.kind === 'COAUTHOR_INVITED').map((n) => n.idea?.id)).toEqual([idea]);
    expect((await list(a)).filter((n) => n.kind === 'COAUTHOR_ANSWERED').map((n) => [n.accepted, n.actors[0].id])).toEqual([
      [false, gid(gus)],
      [true, gid(eva)],
    ]);
    // Eva, now an author, follows it and hears of Gus declining
    expect((await e.ok(FOLLOWS, { id: idea })).node.viewerFollows).toBe(true);
    expect((await list(e)).filter((n) => n.kind === 'COAUTHOR_ANSWERED').map((n) => n.accepted)).toEqual([false]);
  });

  it('folds endorsements into one unread row per idea, and starts a new one once it was read', async () => {
    const { clients: [a, ...endorsers] } = await clients('Auke', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6');
    const idea = await post(a);
    for (const e of endorsers.slice(0, 5)) await e.ok(ENDORSE, { ideaId: idea });
    await settled(t);
    const [endorsed] = (await list(a)).filter((n) => n.kind === 'ENDORSED');
    expect(endorsed.actorCount).toBe(5);
    expect((await list(a)).filter((n) => n.kind === 'ENDORSED')).toHaveLength(1);
    await a.ok(MARK, { input: { ids: [endorsed.id] } });
    await endorsers[5].ok(ENDORSE, { ideaId: idea });
    await settled(t);
    expect((await list(a)).filter((n) => n.kind === 'ENDORSED').map((n) => [n.actorCount, n.read])).toEqual([
      [1, false],
      [5, true],
    ]);
  });

  it('tells a holder whose share moved, coalesced per idea and day, from the first share to the latest', async () => {
    const { ids: [ali], clients: [a, b, c] } = await clients('Ali', 'Ben', 'Cas');
    const idea = await post(a);
    await settled(t);
    const first = await buildOn(b, [idea], 'First build-on');
    await settled(t);
    const second = await buildOn(c, [idea], 'Second build-on');
    await settled(t);
    const moves = (await list(a)).filter((n) => n.kind === 'CREDIT_CHANGED');
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ idea: { id: idea }, creditFrom: { ppm: 1_000_000 }, creditTo: { ppm: (await shares(a, idea)).get(gid(ali)) }, cause: 'BUILT_ON', causeIdea: { id: second } });
    expect(moves[0].actorCount).toBe(2);
    expect(first).not.toBe(second);
    // the builders themselves hear nothing of their own move
    expect((await list(b)).filter((n) => n.kind === 'CREDIT_CHANGED')).toEqual([]);
  });

  it('tells the trail of a retention change and of a merge', async () => {
    const { ids: [, bo], clients: [a, b, k] } = await clients('Arie', 'Bo', 'Kees');
    const reviewerId = await person('Rob', 'REVIEWER');
    const [r] = await t.signedIn([reviewerId]);
    const root = await post(a);
    const child = await buildOn(b, [root]);
    await r.ok(SET_RETENTION, { id: child, retention: 0.9, reason: 'Mostly new' });
    await settled(t);
    const kept = await post(k, 'The kept idea');
    await r.ok(MERGE, { d: child, k: kept, reason: 'The same idea' });
    await settled(t);
    for (const client of [a, b]) {
      const ofThem = await list(client);
      expect(ofThem.find((n) => n.kind === 'RETENTION_CHANGED')).toMatchObject({ retention: 0.9, reason: 'Mostly new', idea: { id: child }, share: { ppm: expect.any(Number) } });
      expect(ofThem.find((n) => n.kind === 'MERGED')).toMatchObject({ idea: { id: child }, intoIdea: { id: kept } });
    }
    expect(bo).toBeTruthy();
  });

  it('tells only the authors of a hidden idea, also of what happens to it later', async () => {
    const { clients: [a, b, f] } = await clients('Alma', 'Bert', 'Floor');
    const adminId = await person('Admin', 'ADMIN');
    const reviewerId = await person('Roos', 'REVIEWER');
    const [admin, r] = await t.signedIn([adminId, reviewerId]);
    const root = await post(a);
    const child = await buildOn(b, [root]);
    await f.ok(FOLLOW, { id: child });
    await admin.ok(HIDE, { input: { ideaId: child, reason: 'Off topic' } });
    await r.ok(CHANGE, { input: { ideaId: child, status: 'DECLINED', response: 'No.' } });
    await settled(t);
    expect((await list(b)).filter((n) => n.idea?.id === child).map((n) => [n.kind, n.moderationAction])).toEqual([
      ['STATUS_CHANGED', null],
      ['MODERATED', 'HIDDEN'],
    ]);
    expect((await list(a)).filter((n) => n.idea?.id === child)).toEqual([]);
    expect(await list(f)).toEqual([]);
  });

  it('follows and unfollows; an explicit unfollow sticks when the person comments again', async () => {
    const { clients: [a, f, x] } = await clients('Anouk', 'Frits', 'Xander');
    const idea = await post(a);
    expect((await f.ok(FOLLOW, { id: idea })).followIdea.idea.viewerFollows).toBe(true);
    expect((await f.ok(UNFOLLOW, { id: idea })).unfollowIdea.idea.viewerFollows).toBe(false);
    await f.ok(COMMENT, { input: { ideaId: idea, body: 'A thought' } });
    await settled(t);
    expect((await f.ok(FOLLOWS, { id: idea })).node.viewerFollows).toBe(false);
    await x.ok(COMMENT, { input: { ideaId: idea, body: 'Another' } });
    await settled(t);
    expect(await list(f)).toEqual([]);
    expect(errorReasons(await f.request(FOLLOW, { id: toGlobalId('Idea', '999999') }))).toEqual(['IDEA_NOT_FOUND']);
  });

  it('fills in the default preferences, hides kinds switched off in the app and refuses bad input', async () => {
    const { clients: [a, c] } = await clients('Amber', 'Chris');
    const prefs = (await a.ok(PREFS)).notificationPreferences;
    expect(prefs.emailFrequency).toBe('IMMEDIATELY');
    expect(prefs.kinds).toHaveLength(15);
    expect(prefs.kinds.find((k: { kind: string }) => k.kind === 'COMMENTED')).toEqual({ kind: 'COMMENTED', inApp: true, email: false });
    expect(prefs.kinds.find((k: { kind: string }) => k.kind === 'STATUS_CHANGED')).toEqual({ kind: 'STATUS_CHANGED', inApp: true, email: true });

    const updated = await a.ok(UPDATE_PREFS, { input: { emailFrequency: 'DAILY', kinds: [{ kind: 'COMMENTED', inApp: false, email: true }] } });
    expect(updated.updateNotificationPreferences.notificationPreferences.emailFrequency).toBe('DAILY');
    expect((await a.ok(PREFS)).notificationPreferences.kinds.find((k: { kind: string }) => k.kind === 'COMMENTED')).toEqual({ kind: 'COMMENTED', inApp: false, email: true });

    const idea = await post(a);
    await c.ok(COMMENT, { input: { ideaId: idea, body: 'Hidden from the list' } });
    await settled(t);
    expect(await list(a)).toEqual([]);
    expect((await a.ok(COUNT)).viewer.unreadNotificationCount).toBe(0);
    // the row is kept for e-mail
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'COMMENTED' AND idea_id = $1`, [fromGlobalId(idea).id]);
    expect(n).toBe(1);
    // back to the defaults: the row is shown again
    await a.ok(UPDATE_PREFS, { input: { kinds: [{ kind: 'COMMENTED', inApp: true, email: false }] } });
    expect((await list(a)).map((x) => x.kind)).toEqual(['COMMENTED']);

    expect(errorReasons(await a.request(UPDATE_PREFS, { input: { kinds: [{ kind: 'ENDORSED', inApp: true, email: true }, { kind: 'ENDORSED', inApp: false, email: true }] } }))).toEqual(['DUPLICATE_KIND']);
    const unknown = await a.request(UPDATE_PREFS, { input: { kinds: [{ kind: 'GOSSIP', inApp: true, email: true }] } });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('marks read only the viewer’s own notifications, by id or all, and refuses others’ ids changing nothing', async () => {
    const { clients: [a, b] } = await clients('Arno', 'Britt');
    const mine = await post(a);
    const theirs = await post(b);
    await b.ok(COMMENT, { input: { ideaId: mine, body: 'One' } });
    await b.ok(COMMENT, { input: { ideaId: mine, body: 'Two' } });
    await a.ok(COMMENT, { input: { ideaId: theirs, body: 'Three' } });
    await settled(t);
    const [one, two] = await list(a);
    const [ofBritt] = await list(b);

    const refused = await a.request(MARK, { input: { ids: [one.id, ofBritt.id] } });
    expect(errorReasons(refused)).toEqual(['NOTIFICATION_NOT_FOUND']);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(errorReasons(await a.request(MARK, { input: { ids: [toGlobalId('Notification', '999999')] } }))).toEqual(['NOTIFICATION_NOT_FOUND']);
    expect(errorReasons(await a.request(MARK, { input: {} }))).toEqual(['IDS_OR_ALL']);
    expect((await list(a, true)).length).toBe(2);

    expect((await a.ok(MARK, { input: { ids: [one.id] } })).markNotificationsRead.unreadNotificationCount).toBe(1);
    expect((await list(a, true)).map((n) => n.id)).toEqual([two.id]);
    expect((await a.ok(MARK, { input: { all: true } })).markNotificationsRead.unreadNotificationCount).toBe(0);
    expect((await list(a)).every((n) => n.read)).toBe(true);
    expect((await list(b, true)).length).toBe(1);
    // someone else's notification is not a node to anyone else
    expect((await b.ok(`query($id: ID!) { node(id: $id) { id } }`, { id: one.id })).node).toBeNull();
  });

  it('pages newest first', async () => {
    const { clients: [a, b] } = await clients('Aron', 'Bram');
    const idea = await post(a);
    for (let i = 0; i < 3; i++) await b.ok(COMMENT, { input: { ideaId: idea, body: `Comment ${i}` } });
    await settled(t);
    const all = await list(a);
    const page1 = (await a.ok(LIST, { first: 2 })).notifications;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await a.ok(LIST, { first: 2, after: page1.pageInfo.endCursor })).notifications;
    expect([...page1.edges, ...page2.edges].map((e: { node: Shown }) => e.node.id)).toEqual(all.map((n) => n.id));
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('makes nothing twice when the consumer handles one event twice', async () => {
    const { clients: [a, b, ...endorsers] } = await clients('Ans', 'Bob', 'En1', 'En2');
    const idea = await post(a);
    await buildOn(b, [idea]);
    for (const e of endorsers) await e.ok(ENDORSE, { ideaId: idea });
    await b.ok(COMMENT, { input: { ideaId: idea, body: 'Once' } });
    await settled(t);
    const before = await t.db.query(`SELECT id, kind, actor_ids::text, event_seq::text, data, read_at FROM notifications ORDER BY id`);
    const events: OutboxEvent[] = await t.db.query(`SELECT seq::text AS seq, occurred_at AS "occurredAt", type, actor_id::text AS "actorId", payload FROM outbox_events o ORDER BY o.seq`);
    const consumer = t.app.get(NotificationsConsumer);
    for (const event of events.slice(-8)) await consumer.handle(event);
    expect(await t.db.query(`SELECT id, kind, actor_ids::text, event_seq::text, data, read_at FROM notifications ORDER BY id`)).toEqual(before);
  });

  it('tells every admin of a disabled webhook endpoint', async () => {
    const adminId = await person('Another admin', 'ADMIN');
    const [admin] = await t.signedIn([adminId]);
    const [{ seq }] = await t.db.query(
      `INSERT INTO outbox_events (type, actor_id, payload) VALUES ('WEBHOOK_ENDPOINT_DISABLED', NULL, $1) RETURNING seq::text AS seq`,
      [JSON.stringify({ endpointId: '7', url: 'https://intranet.example/hook', reason: 'GONE' })],
    );
    const consumer = t.app.get(NotificationsConsumer);
    const [event] = await t.db.query(`SELECT seq::text AS seq, occurred_at AS "occurredAt", type, actor_id::text AS "actorId", payload FROM outbox_events WHERE seq = $1`, [seq]);
    await consumer.handle(event);
    const [n] = await list(admin);
    expect(n).toMatchObject({ kind: 'WEBHOOK_DISABLED', webhookUrl: 'https://intranet.example/hook', reason: 'GONE', path: '/admin/webhooks', idea: null });
  });

  it('sends notificationAdded to the signed-in person only', async () => {
    const { ids: [amy, ben], clients: [a, b, c] } = await clients('Amy', 'Ben W', 'Cor');
    const subscribe = (client: GraphQLClient) => {
      const cookie = (client as unknown as { cookie: string }).cookie;
      const ws = createClient({
        url: `${t.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie } });
          }
        },
        retryAttempts: 0,
        lazy: false,
      });
      const received: Array<{ kind: string; idea: { id: string } | null }> = [];
      let ready!: () => void;
      const connected = new Promise<void>((resolve) => (ready = resolve));
      ws.on('connected', () => ready());
      ws.subscribe<{ notificationAdded: { kind: string; idea: { id: string } | null } }>(
        { query: `subscription { notificationAdded { kind idea { id } } }` },
        { next: (m) => received.push(m.data!.notificationAdded), error: () => undefined, complete: () => undefined },
      );
      return { ws, received, connected };
    };
    const ofAmy = subscribe(a);
    const ofBen = subscribe(b);
    await Promise.all([ofAmy.connected, ofBen.connected]);
    const idea = await post(a);
    await settled(t);
    await c.ok(COMMENT, { input: { ideaId: idea, body: 'Live!' } });
    await eventually(() => expect(ofAmy.received).toEqual([{ kind: 'COMMENTED', idea: { id: idea } }]));
    await settled(t);
    expect(ofBen.received).toEqual([]);
    expect([amy, ben].length).toBe(2);
    await Promise.all([ofAmy.ws.dispose(), ofBen.ws.dispose()] as Array<Promise<void> | void>);
  });
});

describe('notifications across a restart', () => {
  it('makes every notification exactly once when the app stops before the queue ran', async () => {
    const database = await createTestDatabase();
    try {
      const first = await startTestApp({}, { sharedWith: { databaseUrl: database.url } });
      const dept = await aDepartment(first.db);
      const ids = await Promise.all(['Roel', 'Sam', 'Tess', 'Uma'].map((n) => aPerson(first.db, dept, n)));
      const [r, s, u, v] = await first.signedIn(ids);
      const idea = await post(r);
      await s.ok(COMMENT, { input: { ideaId: idea, body: 'One' } });
      await u.ok(COMMENT, { input: { ideaId: idea, body: 'Two' } });
      await v.ok(ENDORSE, { ideaId: idea });
      await first.app.close();

      const second = await startTestApp({}, { sharedWith: { databaseUrl: database.url } });
      try {
        const [reader] = await second.signedIn([ids[0]]);
        await eventually(async () => expect((await list(reader)).map((n) => n.kind).sort()).toEqual(['COMMENTED', 'COMMENTED', 'ENDORSED']));
        await settled(second);
        const rows = await second.db.query(`SELECT person_id, coalesce_key, count(*)::int AS n FROM notifications GROUP BY 1, 2 HAVING count(*) > 1`);
        expect(rows).toEqual([]);
        // Sam hears of Tess's comment on the idea he follows now, once
        expect((await second.db.query(`SELECT count(*)::int AS n FROM notifications WHERE person_id = $1`, [ids[1]]))[0].n).toBe(1);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  }, 120_000);
});
