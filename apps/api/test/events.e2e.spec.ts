import { jest } from '@jest/globals';
import { toGlobalId } from '@kindling/api/core';
import { type GraphQLClient, aStaff, errorReasons } from '@kindling/api/testing';
import { ACCEPT, BUILD_ON, ENDORSE, INVITE, LINK_PARENT, POST_IDEA } from './operations';
import { startTestApp, type TestApp } from './test-app';

const DECLINE = `mutation($ideaId: ID!) { declineCoAuthorship(input: { ideaId: $ideaId }) { idea { id } } }`;
const UNENDORSE = `mutation($ideaId: ID!) { unendorse(input: { ideaId: $ideaId }) { idea { id } } }`;
const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;

interface OutboxRow {
  seq: string;
  type: string;
  actorId: string | null;
  payload: Record<string, unknown>;
}

/** Every write publishes typed events; they land in the outbox in the write's own transaction. */
describe('domain events and the outbox', () => {
  let t: TestApp;
  let people: string[];
  let alice: GraphQLClient;
  let bob: GraphQLClient;
  let lastSeq = 0n;
  const local = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

  /** The outbox rows written since the previous call. */
  async function newEvents(): Promise<OutboxRow[]> {
    const rows: OutboxRow[] = await t.db.query(
      `SELECT seq::text AS seq, type, actor_id::text AS "actorId", payload FROM outbox_events WHERE seq > $1 ORDER BY seq`,
      [String(lastSeq)],
    );
    if (rows.length) lastSeq = BigInt(rows[rows.length - 1].seq);
    return rows;
  }

  beforeAll(async () => {
    t = await startTestApp();
    people = (await aStaff(t.db, 3)).personIds;
    [alice, bob] = await t.signedIn(people.slice(0, 2));
  });
  afterAll(() => t.close());

  it('leaves exactly each write’s events, with typed payloads, in order', async () => {
    const [a, b] = people;
    const root = (await alice.ok(POST_IDEA, { input: { title: 'Root', body: 'r' } })).postIdea.idea.id;
    expect(await newEvents()).toEqual([{ seq: expect.any(String), type: 'IDEA_POSTED', actorId: a, payload: { ideaId: local(root), authorId: a } }]);

    const other = (await bob.ok(POST_IDEA, { input: { title: 'Other', body: 'o' } })).postIdea.idea.id;
    await newEvents();
    const child = (await bob.ok(BUILD_ON, { input: { parentIds: [root], split: [3], title: 'Child', body: 'c' } })).buildOn.idea.id;
    expect(await newEvents()).toMatchObject([
      { type: 'BUILT_ON', actorId: b, payload: { ideaId: local(child), authorId: b, relation: 'EXTENDS', retention: 0.6, parents: [{ ideaId: local(root), weight: 3 }] } },
    ]);

    await bob.ok(LINK_PARENT, { input: { ideaId: child, parentId: other } });
    expect(await newEvents()).toMatchObject([{ type: 'PARENT_LINKED', actorId: b, payload: { ideaId: local(child), parentId: local(other), relation: 'COMBINES', weight: 1 } }]);

    await alice.ok(ENDORSE, { ideaId: child });
    expect(await newEvents()).toMatchObject([{ type: 'ENDORSED', actorId: a, payload: { ideaId: local(child), personId: a } }]);

    // accepting co-authorship of an idea one endorses makes the endorsement lapse: a follow-up event in the same write
    await bob.ok(INVITE, { ideaId: child, personId: toGlobalId('Person', a) });
    expect(await newEvents()).toMatchObject([{ type: 'COAUTHOR_INVITED', actorId: b, payload: { ideaId: local(child), personId: a } }]);
    await alice.ok(ACCEPT, { ideaId: child });
    expect(await newEvents()).toMatchObject([
      { type: 'COAUTHOR_ACCEPTED', actorId: a, payload: { ideaId: local(child), personId: a } },
      { type: 'UNENDORSED', actorId: a, payload: { ideaId: local(child), personId: a, because: 'BECAME_AUTHOR' } },
    ]);
    expect((await alice.ok(`query($id: ID!) { node(id: $id) { ... on Idea { endorsementCount viewerHasEndorsed } } }`, { id: child })).node).toEqual({
      endorsementCount: 0,
      viewerHasEndorsed: false,
    });

    await alice.ok(INVITE, { ideaId: root, personId: toGlobalId('Person', b) });
    await newEvents();
    await bob.ok(DECLINE, { ideaId: root });
    expect(await newEvents()).toMatchObject([{ type: 'COAUTHOR_DECLINED', actorId: b, payload: { ideaId: local(root), personId: b } }]);

    await bob.ok(ENDORSE, { ideaId: root });
    await newEvents();
    await bob.ok(UNENDORSE, { ideaId: root });
    expect(await newEvents()).toMatchObject([{ type: 'UNENDORSED', actorId: b, payload: { ideaId: local(root), personId: b, because: 'WITHDRAWN' } }]);

    const comment = (await bob.ok(COMMENT, { input: { ideaId: root, body: 'Nice' } })).comment.comment.id;
    const reply = (await alice.ok(COMMENT, { input: { ideaId: root, body: 'Thanks', replyToId: comment } })).comment.comment.id;
    expect(await newEvents()).toMatchObject([
      { type: 'COMMENTED', actorId: b, payload: { ideaId: local(root), commentId: local(comment), replyToId: null } },
      { type: 'COMMENTED', actorId: a, payload: { ideaId: local(root), commentId: local(reply), replyToId: local(comment) } },
    ]);
  });

  it('ledgers exactly the credit-affecting events, with the outbox payloads', async () => {
    const outbox = await t.db.query(
      `SELECT type, actor_id::text AS "actorId", payload FROM outbox_events
        WHERE type IN ('IDEA_POSTED', 'BUILT_ON', 'PARENT_LINKED', 'COAUTHOR_ACCEPTED', 'ENDORSED', 'UNENDORSED') ORDER BY seq`,
    );
    const ledger = await t.db.query(`SELECT event_type AS type, actor_id::text AS "actorId", payload FROM ledger_entries ORDER BY seq`);
    expect(ledger).toEqual(outbox);
    expect(ledger.length).toBeGreaterThan(0);
  });

  it('leaves no event from a write that is refused', async () => {
    const idea = (await alice.ok(POST_IDEA, { input: { title: 'Mine', body: 'm' } })).postIdea.idea.id;
    await newEvents();
    expect(errorReasons(await alice.request(ENDORSE, { ideaId: idea }))).toEqual(['OWN_IDEA']);
    expect(errorReasons(await bob.request(LINK_PARENT, { input: { ideaId: idea, parentId: idea } }))).toEqual(['LINEAGE_CYCLE']);
    expect(errorReasons(await alice.request(BUILD_ON, { input: { parentIds: [idea, toGlobalId('Idea', '999999')], title: 'x', body: 'y' } }))).toEqual(['IDEA_NOT_FOUND']);
    expect(await newEvents()).toEqual([]);
  });

  it('rolls the whole write back, events included, when an in-transaction handler fails', async () => {
    const [before] = await t.db.query(`SELECT (SELECT count(*) FROM ideas)::int AS ideas, (SELECT count(*) FROM idea_upstream_credit)::int AS credit`);
    // the ledger refuses to be written: the last in-transaction handler fails after credit was already stored
    await t.db.query(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'ledger unavailable'; END $$`);
    await t.db.query(`CREATE TRIGGER refuse BEFORE INSERT ON ledger_entries FOR EACH ROW EXECUTE FUNCTION refuse()`);
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await alice.request(POST_IDEA, { input: { title: 'Doomed', body: 'd' } });
      expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(logged).toHaveBeenCalled(); // the server logs what the client must not see
    } finally {
      logged.mockRestore();
      await t.db.query(`DROP TRIGGER refuse ON ledger_entries; DROP FUNCTION refuse()`);
    }
    const [after] = await t.db.query(`SELECT (SELECT count(*) FROM ideas)::int AS ideas, (SELECT count(*) FROM idea_upstream_credit)::int AS credit`);
    expect(after).toEqual(before);
    expect(await newEvents()).toEqual([]);
  });

  it('numbers concurrent writes’ events one by one, without gaps', async () => {
    const idea = (await alice.ok(POST_IDEA, { input: { title: 'Busy', body: 'b' } })).postIdea.idea.id;
    await newEvents();
    const clients = [alice, bob];
    await Promise.all(Array.from({ length: 12 }, (_, i) => clients[i % 2].ok(COMMENT, { input: { ideaId: idea, body: `Comment ${i}` } })));
    const events = await newEvents();
    expect(events).toHaveLength(12);
    // one number each, no gaps: a consumer that remembers the last number it handled misses nothing
    const seqs = events.map((e) => Number(e.seq));
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
  });
});
