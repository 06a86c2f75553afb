import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CreditService } from '@kindling/api/credit';
import { StatementCounter, toGlobalId } from '@kindling/api/core';
import { LedgerAnchorer, LedgerService, entryHash } from '@kindling/api/ledger';
import { type GraphQLClient, aStaff } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { ACCEPT, BUILD_ON, CREDIT, ENDORSE, INVITE, LINK_PARENT, POST_IDEA } from './operations';

const VERIFY = `{ verifyLedger { intact checkedEntries firstBrokenSeq problem problems anchoredEntries } }`;
const UNENDORSE = `mutation($ideaId: ID!) { unendorse(input: { ideaId: $ideaId }) { idea { id } } }`;

interface Row {
  seq: string;
  occurredAt: Date;
  eventType: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

describe('the credit ledger', () => {
  let t: TestApp;
  let people: string[];
  let [alice, bob, carol, dave, erin]: GraphQLClient[] = [];
  const ids: Record<string, string> = {};
  const local = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];
  const verify = async () => (await alice.ok(VERIFY)).verifyLedger;
  const entries = (): Promise<Row[]> =>
    t.db.query(`SELECT seq::text AS seq, occurred_at AS "occurredAt", event_type AS "eventType", actor_id::text AS "actorId", payload, prev_hash AS "prevHash", hash
                  FROM ledger_entries ORDER BY ledger_entries.seq`);
  /** The entry that recorded something, by its type and payload. */
  const entryOf = async (eventType: string, payload: Record<string, unknown>) => Number((await entries()).find((e) => e.eventType === eventType && Object.entries(payload).every(([k, v]) => e.payload[k] === v))!.seq);

  beforeAll(async () => {
    t = await startTestApp();
    people = (await aStaff(t.db, 5)).personIds;
    [alice, bob, carol, dave, erin] = await t.signedIn(people);
    const post = async (who: GraphQLClient, title: string) => (await who.ok(POST_IDEA, { input: { title, body: `${title}.` } })).postIdea.idea.id as string;
    ids.a = await post(alice, 'A');
    ids.b = await post(bob, 'B');
    // a build-on with an uneven split, a co-author who had endorsed it (the endorsement lapses), endorsers, a withdrawal
    ids.c = (await carol.ok(BUILD_ON, { input: { parentIds: [ids.a, ids.b], split: [3, 1], title: 'C', body: 'c' } })).buildOn.idea.id;
    await carol.ok(INVITE, { ideaId: ids.c, personId: toGlobalId('Person', people[3]) });
    await dave.ok(ENDORSE, { ideaId: ids.c });
    await dave.ok(ACCEPT, { ideaId: ids.c });
    await erin.ok(ENDORSE, { ideaId: ids.c });
    await bob.ok(ENDORSE, { ideaId: ids.c });
    await bob.ok(UNENDORSE, { ideaId: ids.c });
    ids.d = (await erin.ok(BUILD_ON, { input: { parentIds: [ids.c], title: 'D', body: 'd' } })).buildOn.idea.id;
    await erin.ok(LINK_PARENT, { input: { ideaId: ids.d, parentId: ids.a } });
    await alice.ok(ENDORSE, { ideaId: ids.d });
    await bob.ok(ENDORSE, { ideaId: ids.d });
    // a root that gains a parent becomes a build-on with the default retention
    ids.e = await post(bob, 'E');
    await bob.ok(LINK_PARENT, { input: { ideaId: ids.e, parentId: ids.c } });
    await carol.ok(ENDORSE, { ideaId: ids.e });
  });
  afterAll(() => t.close());

  it('ledgers endorsements and their withdrawal, also the lapse when an endorser becomes a co-author', async () => {
    const [, , , d, e] = people;
    const endorsements = (await entries()).filter((r) => r.eventType.endsWith('ENDORSED')).map((r) => ({ type: r.eventType, actorId: r.actorId, payload: r.payload }));
    expect(endorsements.slice(0, 5)).toEqual([
      { type: 'ENDORSED', actorId: d, payload: { ideaId: local(ids.c), personId: d } },
      { type: 'UNENDORSED', actorId: d, payload: { ideaId: local(ids.c), personId: d, because: 'BECAME_AUTHOR' } },
      { type: 'ENDORSED', actorId: e, payload: { ideaId: local(ids.c), personId: e } },
      { type: 'ENDORSED', actorId: people[1], payload: { ideaId: local(ids.c), personId: people[1] } },
      { type: 'UNENDORSED', actorId: people[1], payload: { ideaId: local(ids.c), personId: people[1], because: 'WITHDRAWN' } },
    ]);
    expect(endorsements).toHaveLength(8);
  });

  it('rebuilds from the ledger alone the same credit the live tables give', async () => {
    const rebuilt = t.app.get(CreditService).creditFrom((await t.app.get(LedgerService).replay()).ideas.values());
    expect([...rebuilt.keys()].sort()).toEqual(Object.values(ids).map(local).sort());
    for (const id of Object.values(ids)) {
      const { shares } = (await alice.ok(CREDIT, { id })).node.credit;
      const live = Object.fromEntries(shares.map((s: { person: { id: string }; share: number }) => [local(s.person.id), s.share]));
      expect(Object.fromEntries(rebuilt.get(local(id))!)).toEqual(live);
    }
    // the graph is not trivial: C's endorsers and D's pool reach A's credit, E inherits through a link
    const { shares } = (await alice.ok(CREDIT, { id: ids.a })).node.credit;
    expect(shares.length).toBeGreaterThan(2);
  });

  it('verifies an untouched ledger, then every entry against its anchors', async () => {
    const count = (await entries()).length;
    expect(await verify()).toEqual({ intact: true, checkedEntries: count, firstBrokenSeq: null, problem: null, problems: [], anchoredEntries: 0 });
    await t.app.get(LedgerAnchorer).anchorNow();
    const lines = readFileSync(path.join(t.dataDir, 'ledger-anchors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.seq, l.hash])).toEqual((await entries()).map((e) => [Number(e.seq), e.hash]));
    expect(await verify()).toMatchObject({ intact: true, anchoredEntries: count });
    await t.app.get(LedgerAnchorer).anchorNow(); // the head did not move: nothing more is anchored
    expect(readFileSync(path.join(t.dataDir, 'ledger-anchors.jsonl'), 'utf8').trim().split('\n')).toHaveLength(count);
  });

  it('answers a flood of verifyLedger requests with one check of the ledger at a time', async () => {
    const statements = async (requests: number) => {
      const before = StatementCounter.read();
      const answers = await Promise.all(Array.from({ length: requests }, () => verify()));
      expect(answers.every((a) => a.intact)).toBe(true);
      return StatementCounter.read() - before;
    };
    const alone = await statements(1);
    // the requests' own statements (the session lookup) aside, ten at once read the ledger as often as one does
    expect(await statements(10)).toBeLessThan(alone + 10 * 3);
  });

  it('finds a co-author added to the live tables by SQL', async () => {
    const [idea, person] = [local(ids.a), people[4]];
    await t.db.query(`INSERT INTO idea_authors (idea_id, person_id, state) VALUES ($1, $2, 'ACCEPTED')`, [idea, person]);
    expect(await verify()).toMatchObject({ intact: false, problem: `co-author Person ${person} of idea ${idea} is in the live tables but not in the ledger` });
    await t.db.query(`DELETE FROM idea_authors WHERE idea_id = $1 AND person_id = $2`, [idea, person]);
    expect((await verify()).intact).toBe(true);
  });

  it('finds a split edited by SQL, naming the entry that recorded it', async () => {
    const [child, parent] = [local(ids.c), local(ids.a)];
    const seq = await entryOf('BUILT_ON', { ideaId: child });
    await t.db.query(`UPDATE idea_edges SET weight = 1 WHERE child_id = $1 AND parent_id = $2`, [child, parent]);
    expect(await verify()).toMatchObject({
      intact: false,
      firstBrokenSeq: seq,
      problem: `the build-on of idea ${child} on idea ${parent}: its split weight is 1 in the live tables but 3 in the ledger (entry ${seq})`,
    });
    await t.db.query(`UPDATE idea_edges SET weight = 3 WHERE child_id = $1 AND parent_id = $2`, [child, parent]);
    expect((await verify()).intact).toBe(true);
  });

  it('finds an endorsement deleted by SQL, naming the entry that recorded it', async () => {
    const [idea, person] = [local(ids.c), people[4]];
    const seq = await entryOf('ENDORSED', { ideaId: idea, personId: person });
    const [row] = await t.db.query(`SELECT created_at FROM endorsements WHERE idea_id = $1 AND person_id = $2`, [idea, person]);
    await t.db.query(`DELETE FROM endorsements WHERE idea_id = $1 AND person_id = $2`, [idea, person]);
    expect(await verify()).toMatchObject({
      intact: false,
      firstBrokenSeq: seq,
      problem: `the endorsement of idea ${idea} by Person ${person} (ledger entry ${seq}) is in the ledger but not in the live tables`,
    });
    await t.db.query(`INSERT INTO endorsements (idea_id, person_id, created_at) VALUES ($1, $2, $3)`, [idea, person, row.created_at]);
    expect((await verify()).intact).toBe(true);
  });

  it('finds the chain rewritten from an entry on with recomputed hashes, at the first entry that differs from its anchor', async () => {
    const original = await entries();
    // the attacker gives C's split to B instead of A, in the ledger and the live tables alike, and re-hashes the chain
    const k = await entryOf('BUILT_ON', { ideaId: local(ids.c) });
    let prevHash = original[k - 2].hash;
    for (const row of original.slice(k - 1)) {
      const payload = Number(row.seq) === k ? { ...row.payload, parents: [{ ideaId: local(ids.a), weight: 1 }, { ideaId: local(ids.b), weight: 3 }] } : row.payload;
      const hash = entryHash({ ...row, payload, prevHash });
      await t.db.query(`UPDATE ledger_entries SET payload = $2, prev_hash = $3, hash = $4 WHERE seq = $1`, [row.seq, JSON.stringify(payload), prevHash, hash]);
      prevHash = hash;
    }
    await t.db.query(`UPDATE idea_edges SET weight = CASE parent_id WHEN $2 THEN 1 ELSE 3 END WHERE child_id = $1`, [local(ids.c), local(ids.a)]);
    const result = await verify();
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: k, problem: expect.stringMatching(new RegExp(`^entry ${k} differs from its anchor of .*: the chain was rewritten from entry ${k} on$`)) });
    expect(result.problems).toHaveLength(1); // the chain and the live tables agree with each other: only the anchors tell

    for (const row of original.slice(k - 1)) await t.db.query(`UPDATE ledger_entries SET payload = $2, prev_hash = $3, hash = $4 WHERE seq = $1`, [row.seq, JSON.stringify(row.payload), row.prevHash, row.hash]);
    await t.db.query(`UPDATE idea_edges SET weight = CASE parent_id WHEN $2 THEN 3 ELSE 1 END WHERE child_id = $1`, [local(ids.c), local(ids.a)]);
    expect((await verify()).intact).toBe(true);
  });

  it('finds an edited entry and a deleted one by the hash chain', async () => {
    const [{ payload }] = await t.db.query(`SELECT payload FROM ledger_entries WHERE seq = 3`);
    await t.db.query(`UPDATE ledger_entries SET payload = jsonb_set(payload, '{authorId}', '"999"') WHERE seq = 3`);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: 3, problem: 'entry 3 was altered: its hash does not match its contents' });
    await t.db.query(`UPDATE ledger_entries SET payload = $1 WHERE seq = 3`, [payload]);

    const [row] = await t.db.query(`SELECT * FROM ledger_entries WHERE seq = 4`);
    await t.db.query(`DELETE FROM ledger_entries WHERE seq = 4`);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: 4, problem: 'entry 4 is missing' });
    await t.db.query(`INSERT INTO ledger_entries SELECT (json_populate_record(NULL::ledger_entries, $1::json)).*`, [JSON.stringify(row)]);
    expect((await verify()).intact).toBe(true);
  });

  it('keeps one chain when endorsements and graph writes append at once', async () => {
    const before = (await entries()).length;
    const extra = await t.signedIn((await aStaff(t.db, 6)).personIds);
    const writes = [
      ...extra.map((who) => who.request(ENDORSE, { ideaId: ids.b })),
      ...extra.slice(0, 3).map((who, i) => who.request(BUILD_ON, { input: { parentIds: [ids.b], title: `F${i}`, body: 'f' } })),
    ];
    for (const response of await Promise.all(writes)) expect(response.errors).toBeUndefined();
    const chain = await entries();
    expect(chain.map((e) => Number(e.seq))).toEqual(chain.map((_, i) => i + 1));
    expect(chain).toHaveLength(before + 9);
    expect(await verify()).toMatchObject({ intact: true, checkedEntries: before + 9 });
  });

  it('finds the last entries deleted, at the first anchored entry that is gone', async () => {
    await t.app.get(LedgerAnchorer).anchorNow(); // as the periodic anchoring would: the entries above are anchored too
    const count = (await entries()).length;
    await t.db.query(`DELETE FROM ledger_entries WHERE seq > $1`, [count - 2]);
    const result = await verify();
    expect(result).toMatchObject({
      intact: false,
      checkedEntries: count - 2,
      firstBrokenSeq: count - 1,
      problem: `entry ${count - 1} is anchored but missing from the ledger: the chain was cut after entry ${count - 2} (anchored up to entry ${count})`,
    });
    // what the deleted entries recorded is still in the live tables
    expect(result.problems.length).toBeGreaterThan(1);
    for (const problem of result.problems.slice(1)) expect(problem).toMatch(/is in the live tables but not in the ledger$/);
  });
});
