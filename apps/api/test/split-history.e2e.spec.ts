import { StatementCounter, fromGlobalId, toGlobalId } from '@kindling/api/core';
import { type GraphQLClient, aDepartment, aPerson, eventually } from '@kindling/api/testing';
import { AuthorSplitHistory1765000000700 } from '../src/migrations/1765000000700-author-split-history';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, POST_IDEA } from './operations';

const INVITE = `mutation($ideaId: ID!, $personId: ID!, $split: [AuthorShareInput!]) {
  inviteCoAuthor(input: { ideaId: $ideaId, personId: $personId, split: $split }) { idea { id } } }`;
const ACCEPT = `mutation($ideaId: ID!) { acceptCoAuthorship(input: { ideaId: $ideaId }) { idea { id } } }`;
const PROPOSE = `mutation($ideaId: ID!, $split: [AuthorShareInput!]!) { proposeAuthorSplit(input: { ideaId: $ideaId, split: $split }) { idea { id } } }`;
const RESPOND = `mutation($ideaId: ID!, $accept: Boolean!) { respondToAuthorSplit(input: { ideaId: $ideaId, accept: $accept }) { idea { id } } }`;
const LEAVE = `mutation($ideaId: ID!, $give: ShareRecipient) { leaveIdea(input: { ideaId: $ideaId, giveShareTo: $give }) { idea { id } } }`;
const MERGE = `mutation($d: ID!, $k: ID!) { mergeIdeas(input: { duplicateId: $d, intoId: $k, reason: "The same idea, posted twice." }) { into { id } } }`;
const UNMERGE = `mutation($id: ID!) { unmergeIdea(input: { ideaId: $id }) { into { id } } }`;
const HELD_NOW = `query($id: ID!) { node(id: $id) { ... on Person { credit(first: 100) { edges { node { share } } } } } }`;
const HISTORY = `query($id: ID!, $periods: Int) { node(id: $id) { ... on Person {
  creditHistory(interval: MONTH, periods: $periods) { total authored inherited pool ideas } } } }`;

const KEYS = ['ann', 'ben', 'cat', 'dan', 'eve', 'fay', 'gus', 'hal', 'ivy', 'rev'] as const;
type Key = (typeof KEYS)[number];

interface Point {
  total: number;
  authored: number;
  inherited: number;
  pool: number;
  ideas: number;
}

/** Noon UTC on the 10th of last month. */
function lastMonth(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 10, 12));
}

describe('a person’s credit history keeps the split as it was', () => {
  let t: TestApp;
  const as = {} as Record<Key, GraphQLClient>;
  const id = {} as Record<Key, string>;
  const gid = (k: Key) => toGlobalId('Person', id[k]);
  const split = (shares: Partial<Record<Key, number>>) => Object.entries(shares).map(([k, ppm]) => ({ personId: gid(k as Key), ppm }));
  /** What each person held by the API right after last month's steps: what last month's history point must say. */
  const heldLastMonth = {} as Record<Key, number>;

  /** Dates an idea, its links, its authors and its split's history as if they had been recorded at `at`. */
  async function backdate(ideaId: string, at: Date) {
    const local = fromGlobalId(ideaId).id;
    await t.db.query(`UPDATE ideas SET created_at = $2 WHERE id = $1`, [local, at]);
    await t.db.query(`UPDATE idea_edges SET created_at = $2 WHERE child_id = $1`, [local, at]);
    await t.db.query(`UPDATE idea_authors SET invited_at = $2, responded_at = $2 WHERE idea_id = $1`, [local, at]);
    await t.db.query(`UPDATE idea_author_weights SET valid_from = $2 WHERE idea_id = $1`, [local, at]);
  }

  async function heldNow(k: Key): Promise<number> {
    const edges = (await as.ann.ok(HELD_NOW, { id: gid(k) })).node.credit.edges as Array<{ node: { share: number } }>;
    return edges.reduce((sum, e) => sum + e.node.share, 0);
  }

  /** Last month's point and this month's. */
  async function history(k: Key): Promise<[Point, Point]> {
    const points = (await as.ann.ok(HISTORY, { id: gid(k), periods: 2 })).node.creditHistory as Point[];
    return [points[0], points[1]];
  }

  let y: string;
  let w: string;

  beforeAll(async () => {
    t = await startTestApp();
    const department = await aDepartment(t.db);
    for (const k of KEYS) id[k] = await aPerson(t.db, department, undefined, k === 'rev' ? 'REVIEWER' : 'MEMBER');
    const clients = await t.signedIn(KEYS.map((k) => id[k]));
    KEYS.forEach((k, i) => (as[k] = clients[i]));

    // last month: Ann and Ben share Y 50/50 and Cat builds on it; Dan and Eve share W 50/50
    y = (await as.ann.ok(POST_IDEA, { input: { title: 'Shared van calendar', body: 'y' } })).postIdea.idea.id;
    await as.ann.ok(INVITE, { ideaId: y, personId: gid('ben'), split: split({ ann: 500_000, ben: 500_000 }) });
    await as.ben.ok(ACCEPT, { ideaId: y });
    const z = (await as.cat.ok(BUILD_ON, { input: { parentIds: [y], title: 'Calendar with reminders', body: 'z' } })).buildOn.idea.id;
    w = (await as.dan.ok(POST_IDEA, { input: { title: 'Fuel card log', body: 'w' } })).postIdea.idea.id;
    await as.dan.ok(INVITE, { ideaId: w, personId: gid('eve'), split: split({ dan: 500_000, eve: 500_000 }) });
    await as.eve.ok(ACCEPT, { ideaId: w });
    for (const ideaId of [y, z, w]) await backdate(ideaId, lastMonth());
    for (const k of KEYS) heldLastMonth[k] = await heldNow(k);

    // this month: Ann and Ben agree on 80/20; Eve leaves W, giving her share to Dan
    await as.ann.ok(PROPOSE, { ideaId: y, split: split({ ann: 800_000, ben: 200_000 }) });
    await as.ben.ok(RESPOND, { ideaId: y, accept: true });
    await as.eve.ok(LEAVE, { ideaId: w, give: 'REMAINING_AUTHORS' });
  }, 120_000);

  afterAll(() => t?.close());

  it('evaluates last month with the 50/50 split of the time and this month with the 80/20 agreed now', async () => {
    const [ann, ben, cat] = [await history('ann'), await history('ben'), await history('cat')];
    // last month: what the API showed then, equal for the two co-authors (of Y, and through Y of Cat's build-on)
    expect(ann[0].total).toBeCloseTo(heldLastMonth.ann, 12);
    expect(ben[0].total).toBeCloseTo(heldLastMonth.ben, 12);
    expect(ann[0].total).toBeCloseTo(ben[0].total, 12);
    expect(ann[0]).toMatchObject({ ideas: 2 });
    expect(ann[0].inherited).toBeGreaterThan(0);
    // this month: today's credit, and everything Ann and Ben hold comes through a_Y, so 4 : 1
    expect(ann[1].total).toBeCloseTo(await heldNow('ann'), 12);
    expect(ben[1].total).toBeCloseTo(await heldNow('ben'), 12);
    expect(ann[1].total).toBeCloseTo(4 * ben[1].total, 12);
    expect(ann[1].authored).toBeCloseTo(4 * ben[1].authored, 12);
    expect(ann[1].inherited).toBeCloseTo(4 * ben[1].inherited, 12);
    // the split moves nothing between Y's authors and those downstream: Cat's history is what she held
    expect(cat[0].total).toBeCloseTo(heldLastMonth.cat, 12);
    expect(cat[1].total).toBeCloseTo(cat[0].total, 12);
  });

  it('keeps a leaver’s past: Eve held half of W last month and nothing of it since she gave her share to Dan', async () => {
    const [eve, dan] = [await history('eve'), await history('dan')];
    expect(heldLastMonth.eve).toBeCloseTo(0.5, 12);
    expect(eve[0]).toMatchObject({ ideas: 1 });
    expect(eve[0].total).toBeCloseTo(0.5, 12);
    expect(eve[0].authored).toBeCloseTo(0.5, 12);
    expect(eve[1]).toMatchObject({ total: 0, ideas: 0 });
    expect(await heldNow('eve')).toBe(0);
    expect(dan[0].total).toBeCloseTo(0.5, 12);
    expect(dan[1].total).toBeCloseTo(1, 12);
  });

  it('keeps the split a merge changed, and the one an unmerge restores, at their moments', async () => {
    // last month: Hal and Ivy share K 50/50; Ivy alone posted D
    const k = (await as.hal.ok(POST_IDEA, { input: { title: 'Parking calendar', body: 'k' } })).postIdea.idea.id;
    await as.hal.ok(INVITE, { ideaId: k, personId: gid('ivy'), split: null });
    await as.ivy.ok(ACCEPT, { ideaId: k });
    const d = (await as.ivy.ok(POST_IDEA, { input: { title: 'Parking rota', body: 'd' } })).postIdea.idea.id;
    for (const ideaId of [k, d]) await backdate(ideaId, lastMonth());
    // now D is merged into K: a_K = (a_K + ½ · a_D) / 1.5, so Hal holds a third of K and Ivy two thirds
    await as.rev.ok(MERGE, { d, k });
    const [hal, ivy] = [await history('hal'), await history('ivy')];
    expect(hal[0]).toMatchObject({ total: 0.5, ideas: 1 });
    expect(ivy[0].total).toBeCloseTo(1.5, 12); // half of K and all of D
    expect(hal[1].total).toBeCloseTo(1 / 3, 12);
    expect(hal[1].total).toBeCloseTo(await heldNow('hal'), 12);
    // undone: K is theirs 50/50 again, and last month stays as it was
    await as.rev.ok(UNMERGE, { id: d });
    expect(await history('hal')).toEqual([hal[0], { ...hal[0], total: expect.closeTo(0.5, 12), authored: expect.closeTo(0.5, 12) }]);
  });

  it('runs the same statements for the history of 1 idea as for 12', async () => {
    const one = (await as.fay.ok(POST_IDEA, { input: { title: 'One idea', body: 'f' } })).postIdea.idea.id;
    let parent = (await as.gus.ok(POST_IDEA, { input: { title: 'Idea 0', body: 'g' } })).postIdea.idea.id;
    for (let i = 1; i < 12; i++) parent = (await as.gus.ok(BUILD_ON, { input: { parentIds: [parent], title: `Idea ${i}`, body: 'g' } })).buildOn.idea.id;
    await backdate(one, lastMonth());
    // the notifications consumer works after each commit in this process: let it finish before counting
    await eventually(async () => {
      const [row] = await t.db.query(
        `SELECT count(*)::int AS n FROM outbox_events o
          WHERE NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = 'outbox.notifications' AND (j.data->>'seq')::bigint = o.seq AND j.state = 'completed')`,
      );
      expect(row.n).toBe(0);
    });
    const statementsFor = async (k: Key) => {
      await as.ann.ok(HISTORY, { id: gid(k), periods: 12 });
      const before = StatementCounter.read();
      const points = (await as.ann.ok(HISTORY, { id: gid(k), periods: 12 })).node.creditHistory as Point[];
      return { statements: StatementCounter.read() - before, ideas: points.at(-1)!.ideas };
    };
    const small = await statementsFor('fay');
    const large = await statementsFor('gus');
    expect(small.ideas).toBe(1);
    expect(large.ideas).toBe(12);
    expect(large.statements).toBe(small.statements);
  });

  it('backfills the history from the ledger: the migration restores the split of every moment the writes recorded', async () => {
    // Fay and Gus: 70/30 by invitation, then 50/50 by consent, then Gus leaves giving his share away
    const v = (await as.fay.ok(POST_IDEA, { input: { title: 'Night shuttle', body: 'v' } })).postIdea.idea.id;
    await as.fay.ok(INVITE, { ideaId: v, personId: gid('gus'), split: split({ fay: 700_000, gus: 300_000 }) });
    await as.gus.ok(ACCEPT, { ideaId: v });
    await as.gus.ok(PROPOSE, { ideaId: v, split: split({ fay: 500_000, gus: 500_000 }) });
    await as.fay.ok(RESPOND, { ideaId: v, accept: true });
    await as.gus.ok(LEAVE, { ideaId: v, give: 'REMAINING_AUTHORS' });

    type Row = { ideaId: string; personId: string; weight: number | null; at: Date };
    const rows = async (): Promise<Row[]> =>
      t.db.query(`SELECT idea_id::text AS "ideaId", person_id::text AS "personId", weight, valid_from AS at FROM idea_author_weights ORDER BY idea_id, person_id, valid_from, id`);
    const written = await rows();
    const historyBefore = await Promise.all(KEYS.map(history));
    const vRows = written.filter((r) => r.ideaId === fromGlobalId(v).id);
    expect(vRows.map((r) => [r.personId, r.weight])).toEqual([
      [id.fay, 1],
      [id.fay, 1.4],
      [id.fay, 1],
      [id.gus, 0.6],
      [id.gus, 1],
      [id.gus, null],
    ]);

    await t.db.query(`DROP TABLE idea_author_weights`);
    const runner = t.db.createQueryRunner();
    try {
      await new AuthorSplitHistory1765000000700().up(runner);
    } finally {
      await runner.release();
    }
    const restored = await rows();
    // the same splits in the same order (the ideas backdated above keep the ledger's times, which were not)
    expect(restored.map((r) => [r.ideaId, r.personId, r.weight])).toEqual(written.map((r) => [r.ideaId, r.personId, r.weight]));
    restored
      .filter((r) => r.ideaId === fromGlobalId(v).id)
      .forEach((r, k) => expect(Math.abs(r.at.getTime() - vRows[k].at.getTime())).toBeLessThan(2_000));
    // and the history it gives is the one before: a person's first weight holds from when they became an author
    expect(await Promise.all(KEYS.map(history))).toEqual(historyBefore);
  });
});
