import { fromGlobalId, toGlobalId } from '@kindling/api/core';
import { aStaff, errorCodes, type GraphQLClient } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, ENDORSE, POST_IDEA } from './operations';

const HELD_NOW = `query($id: ID!) { node(id: $id) { ... on Person { credit(first: 100) { edges { node { share } } } } } }`;
const HISTORY = `query($id: ID!, $interval: CreditHistoryInterval, $periods: Int) { node(id: $id) { ... on Person {
  creditHistory(interval: $interval, periods: $periods) { start end total authored inherited pool ideas } } } }`;
const TIES = `query($id: ID!) { node(id: $id) { ... on Person {
  peopleBuiltOn(first: 10) { totalCount edges { node { buildOns lastBuiltAt person { id department { id } } } } }
  builtOnBy(first: 10) { totalCount edges { node { buildOns lastBuiltAt person { id department { id } } } } } } } }`;

interface Point {
  start: string;
  end: string;
  total: number;
  authored: number;
  inherited: number;
  pool: number;
  ideas: number;
}

/** Noon UTC on the 10th, `back` calendar months before this one. */
function monthsAgo(back: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 10, 12));
}

describe('a person’s credit over time and whom they build on', () => {
  let t: TestApp;
  const as: GraphQLClient[] = [];
  const pid: string[] = [];
  const local: string[] = [];
  /** What the API said each person held, right after each step (the "then" that history must reproduce). */
  const heldThen: number[][] = [];

  /** Dates an idea, its links, its authors and its endorsements as if they had happened at `at`. */
  async function backdate(ideaId: string, at: Date) {
    const { id } = fromGlobalId(ideaId);
    await t.db.query(`UPDATE ideas SET created_at = $2 WHERE id = $1`, [id, at]);
    await t.db.query(`UPDATE idea_edges SET created_at = $2 WHERE child_id = $1`, [id, at]);
    await t.db.query(`UPDATE idea_authors SET invited_at = $2, responded_at = $2 WHERE idea_id = $1`, [id, at]);
    await t.db.query(`UPDATE endorsements SET created_at = $2 WHERE idea_id = $1`, [id, new Date(at.getTime() + 3_600_000)]);
  }

  async function heldNow(person: number): Promise<number> {
    const edges = (await as[0].ok(HELD_NOW, { id: pid[person] })).node.credit.edges as Array<{ node: { share: number } }>;
    return edges.reduce((sum, e) => sum + e.node.share, 0);
  }

  async function snapshot() {
    heldThen.push(await Promise.all(pid.map((_, i) => heldNow(i))));
  }

  async function history(person: number, periods = 5): Promise<Point[]> {
    return (await as[0].ok(HISTORY, { id: pid[person], interval: 'MONTH', periods })).node.creditHistory;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const { personIds } = await aStaff(t.db, 4, 2);
    local.push(...personIds);
    as.push(...(await t.signedIn(personIds)));
    pid.push(...personIds.map((id) => toGlobalId('Person', id)));

    // three months ago: person 0 posts two ideas
    const root = (await as[0].ok(POST_IDEA, { input: { title: 'Shared van calendar', body: 'Book the vans online.' } })).postIdea.idea.id;
    const second = (await as[0].ok(POST_IDEA, { input: { title: 'Fuel card log', body: 'Log fuel per van.' } })).postIdea.idea.id;
    await backdate(root, monthsAgo(3));
    await backdate(second, monthsAgo(3));
    await snapshot();
    // two months ago: person 1 builds on the root, person 3 endorses it; person 2 combines both of person 0's ideas
    const buildOn = (await as[1].ok(BUILD_ON, { input: { parentIds: [root], title: 'Calendar with reminders', body: 'Mail the driver.' } })).buildOn.idea.id;
    await as[3].ok(ENDORSE, { ideaId: buildOn });
    const combined = (await as[2].ok(BUILD_ON, { input: { parentIds: [root, second], title: 'Fleet dashboard', body: 'Calendar and fuel.' } })).buildOn.idea.id;
    await backdate(buildOn, monthsAgo(2));
    await backdate(combined, monthsAgo(2));
    await snapshot();
    // last month: person 3 builds on person 1's build-on
    const deeper = (await as[3].ok(BUILD_ON, { input: { parentIds: [buildOn], title: 'Reminders by text', body: 'For drivers without mail.' } })).buildOn.idea.id;
    await backdate(deeper, monthsAgo(1));
    await snapshot();
  });
  afterAll(() => t.close());

  it('re-evaluates the record at each month’s end: the figures are what the API showed at the time', async () => {
    for (let person = 0; person < 4; person++) {
      const points = await history(person);
      expect(points).toHaveLength(5);
      expect(points[0]).toMatchObject({ total: 0, ideas: 0 }); // four months ago nothing was recorded
      const then = [heldThen[0][person], heldThen[1][person], heldThen[2][person], heldThen[2][person]];
      points.slice(1).forEach((p, i) => expect(p.total).toBeCloseTo(then[i], 9));
      for (const p of points) expect(p.authored + p.inherited + p.pool).toBeCloseTo(p.total, 12);
    }
    // and the current period is exactly today's credit
    for (let person = 0; person < 4; person++) expect((await history(person)).at(-1)!.total).toBeCloseTo(await heldNow(person), 12);
  });

  it('splits what a person holds into own ideas, ideas built on theirs, and ideas they built on', async () => {
    const poster = await history(0);
    expect(poster[1]).toMatchObject({ total: 2, authored: 2, inherited: 0, pool: 0, ideas: 2 });
    // once others built on the ideas, some of them went to the builders' pool, and the build-ons pass credit up
    expect(poster[2].authored).toBeLessThan(2);
    expect(poster[2].inherited).toBeGreaterThan(0);
    expect(poster[2].ideas).toBe(4);
    const builder = await history(1);
    expect(builder[1].total).toBe(0);
    expect(builder[2].pool).toBeGreaterThan(0);
    expect(builder[2].authored).toBeGreaterThan(0);
    expect(builder[3].inherited).toBeGreaterThan(0); // person 3 built on person 1's build-on last month
  });

  it('dates each period by the calendar: month starts in UTC, the last one evaluated now', async () => {
    const before = Date.now();
    const points = await history(0, 3);
    expect(points.map((p) => new Date(p.start).getTime())).toEqual([2, 1, 0].map((back) => Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - back, 1)));
    expect(new Date(points[0].end).getTime()).toBe(new Date(points[1].start).getTime());
    expect(new Date(points[2].end).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const weeks = (await as[0].ok(HISTORY, { id: pid[0], interval: 'WEEK', periods: 2 })).node.creditHistory as Point[];
    expect(new Date(weeks[1].start).getUTCDay()).toBe(1); // Monday
  });

  it('refuses a number of periods outside 1–60 with BAD_USER_INPUT', async () => {
    for (const periods of [0, 61]) {
      const response = await as[0].request(HISTORY, { id: pid[0], interval: 'MONTH', periods });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('lists whom a person built on and who built on them, counting build-ons, with departments', async () => {
    const poster = (await as[0].ok(TIES, { id: pid[0] })).node;
    expect(poster.peopleBuiltOn.totalCount).toBe(0);
    // person 2's one idea combined two of person 0's ideas: one build-on, not two
    expect(poster.builtOnBy.edges.map((e: { node: { person: { id: string }; buildOns: number } }) => [e.node.person.id, e.node.buildOns]).sort()).toEqual(
      [
        [pid[1], 1],
        [pid[2], 1],
      ].sort(),
    );
    const [department] = await t.db.query(`SELECT department_id::text AS id FROM people WHERE id = $1`, [local[1]]);
    const tie = poster.builtOnBy.edges.find((e: { node: { person: { id: string } } }) => e.node.person.id === pid[1]).node;
    expect(tie.person.department.id).toBe(toGlobalId('Department', department.id));
    expect(new Date(tie.lastBuiltAt).getTime()).toBe(monthsAgo(2).getTime());

    const middle = (await as[0].ok(TIES, { id: pid[1] })).node;
    expect(middle.peopleBuiltOn.edges.map((e: { node: { person: { id: string } } }) => e.node.person.id)).toEqual([pid[0]]);
    expect(middle.builtOnBy.edges.map((e: { node: { person: { id: string } } }) => e.node.person.id)).toEqual([pid[3]]);
  });
});
