import { StatementCounter, fromGlobalId, toGlobalId } from '@kindling/api/core';
import { type GraphQLClient, aDepartment, aPerson, errorCodes, errorReasons } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, POST_IDEA } from './operations';

const METRICS = `query($period: MetricsPeriod, $departmentId: ID) {
  reviewMetrics(period: $period, departmentId: $departmentId) {
    period promiseDays interval department { name }
    firstResponse { ideas answered medianHours p90Hours due answeredInTime withinPromiseShare }
    byDepartment { department { name } times { ideas answered medianHours p90Hours due answeredInTime withinPromiseShare } }
    byReviewer { reviewer { name department { name } } answered medianHours p90Hours answeredInTime }
    overTime { start end times { ideas answered } }
    queue { count oldestPostedAt oldestWaitingHours bands { band fromDays toDays count } }
  }
}`;

const SILO = `query($period: MetricsPeriod) {
  siloMap(period: $period) {
    period interval buildOns crossDepartment crossDepartmentShare
    departments { name }
    cells { from { name } to { name } count }
    overTime { start end buildOns crossDepartment crossDepartmentShare }
  }
}`;

const HOUR = 3600_000;

/** Statements the server ran for one request (the test process hosts the server, so the counter is shared). */
async function statementsFor(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  await client.ok(query, variables); // warm-up: the session lookup and any lazy setup
  const before = StatementCounter.read();
  await client.ok(query, variables);
  return StatementCounter.read() - before;
}

/** Sets when an idea was posted: `hoursAgo` before now. */
async function postedAgo(t: TestApp, ideaId: string, hoursAgo: number): Promise<void> {
  await t.db.query(`UPDATE ideas SET created_at = now() - make_interval(hours => $2) WHERE id = $1`, [fromGlobalId(ideaId).id, hoursAgo]);
}

const CHANGE_STATUS = `mutation($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { idea { status } } }`;

/** A reviewer moves an idea (changeIdeaStatus); the move is then dated `hoursAfterPosting` after the idea was posted. */
async function moved(t: TestApp, reviewer: GraphQLClient, ideaId: string, hoursAfterPosting: number, status = 'UNDER_REVIEW'): Promise<void> {
  await reviewer.ok(CHANGE_STATUS, { input: { ideaId, status, response: 'We are looking into it.' } });
  await t.db.query(
    `UPDATE idea_status_changes s SET changed_at = i.created_at + make_interval(hours => $2)
       FROM ideas i
      WHERE i.id = s.idea_id AND s.id = (SELECT max(id) FROM idea_status_changes WHERE idea_id = $1)`,
    [fromGlobalId(ideaId).id, hoursAfterPosting],
  );
}

describe('reviewMetrics', () => {
  let t: TestApp;
  let reviewer: GraphQLClient;
  let admin: GraphQLClient;
  let member: GraphQLClient;
  let assembly: string;
  let billing: string;

  beforeAll(async () => {
    t = await startTestApp();
    assembly = await aDepartment(t.db, 'Assembly');
    billing = await aDepartment(t.db, 'Billing');
    const leadership = await aDepartment(t.db, 'Leadership');
    const a1 = await aPerson(t.db, assembly, 'Anna');
    const a2 = await aPerson(t.db, assembly, 'Arjen');
    const b1 = await aPerson(t.db, billing, 'Bram');
    const r1 = await aPerson(t.db, leadership, 'Rosa', 'REVIEWER');
    const r2 = await aPerson(t.db, leadership, 'Ruben', 'ADMIN');
    const [ca1, ca2, cb1, cr1, cr2] = await t.signedIn([a1, a2, b1, r1, r2]);
    [reviewer, admin] = [cr1, cr2];
    [member] = [ca1];
    const post = async (client: GraphQLClient, title: string) => (await client.ok(POST_IDEA, { input: { title, body: 'b' } })).postIdea.idea.id as string;
    const day = 24;
    // Assembly: answered after 10 h, 30 h and 20 days (late), one waiting 3 days, one answered after 2 h 100 days ago
    const ideaA1 = await post(ca1, 'A1');
    const ideaA2 = await post(ca2, 'A2');
    const ideaA3 = await post(ca1, 'A3');
    const ideaA4 = await post(ca2, 'A4');
    const ideaA5 = await post(ca1, 'A5');
    // Billing: answered after 50 h, one waiting 16 days (overdue), one waiting 10 days
    const ideaB1 = await post(cb1, 'B1');
    const ideaB2 = await post(cb1, 'B2');
    const ideaB3 = await post(cb1, 'B3');
    for (const [idea, ago] of [[ideaA1, 20 * day], [ideaA2, 20 * day], [ideaA3, 25 * day], [ideaA4, 3 * day], [ideaA5, 100 * day], [ideaB1, 20 * day], [ideaB2, 16 * day], [ideaB3, 10 * day]] as const) {
      await postedAgo(t, idea, ago);
    }
    await moved(t, cr1, ideaA1, 10);
    await moved(t, cr2, ideaA1, 5 * day, 'ACCEPTED'); // a later move: only the first counts
    await moved(t, cr1, ideaA2, 30);
    await moved(t, cr2, ideaA3, 20 * day, 'DECLINED');
    await moved(t, cr1, ideaA5, 2);
    await moved(t, cr2, ideaB1, 50);
  });
  afterAll(() => t.close());

  it('gives the median and p90 of the hours to the first response, and the share answered within the promise', async () => {
    const { reviewMetrics: m } = await reviewer.ok(METRICS, { period: 'LAST_30_DAYS' });
    expect(m).toMatchObject({ period: 'LAST_30_DAYS', promiseDays: 14, interval: 'WEEK', department: null });
    // answered: 10, 30, 50, 480 hours; due: those four and B2 (16 days, unanswered); in time: 10, 30, 50
    expect(m.firstResponse).toEqual({ ideas: 7, answered: 4, medianHours: 40, p90Hours: expect.closeTo(351, 9), due: 5, answeredInTime: 3, withinPromiseShare: 0.6 });
    expect(m.byDepartment).toEqual([
      { department: { name: 'Assembly' }, times: { ideas: 4, answered: 3, medianHours: 30, p90Hours: expect.closeTo(390, 9), due: 3, answeredInTime: 2, withinPromiseShare: 2 / 3 } },
      { department: { name: 'Billing' }, times: { ideas: 3, answered: 1, medianHours: 50, p90Hours: 50, due: 2, answeredInTime: 1, withinPromiseShare: 0.5 } },
    ]);
    // the reviewer of the first move, whoever moved the idea later
    expect(m.byReviewer).toEqual([
      { reviewer: { name: 'Rosa', department: { name: 'Leadership' } }, answered: 2, medianHours: 20, p90Hours: expect.closeTo(28, 9), answeredInTime: 2 },
      { reviewer: { name: 'Ruben', department: { name: 'Leadership' } }, answered: 2, medianHours: 265, p90Hours: expect.closeTo(437, 9), answeredInTime: 1 },
    ]);
  });

  it('counts the ideas of the period only: all time adds the idea answered 100 days ago', async () => {
    const { reviewMetrics: m } = await reviewer.ok(METRICS, { period: 'ALL_TIME' });
    expect(m.interval).toBe('MONTH');
    expect(m.firstResponse).toEqual({ ideas: 8, answered: 5, medianHours: 30, p90Hours: expect.closeTo(308, 9), due: 6, answeredInTime: 4, withinPromiseShare: 4 / 6 });
    expect(m.byReviewer.map((r: { reviewer: { name: string }; answered: number }) => [r.reviewer.name, r.answered])).toEqual([['Rosa', 3], ['Ruben', 2]]);
  });

  it('buckets the period’s ideas by the week they were posted, empty weeks included', async () => {
    const { reviewMetrics: m } = await reviewer.ok(METRICS, { period: 'LAST_30_DAYS' });
    const buckets: Array<{ start: string; end: string; times: { ideas: number; answered: number } }> = m.overTime;
    expect(buckets.reduce((n, b) => n + b.times.ideas, 0)).toBe(7);
    expect(buckets.reduce((n, b) => n + b.times.answered, 0)).toBe(4);
    expect(buckets.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i].start).toBe(buckets[i - 1].end);
    for (const b of buckets) {
      expect(new Date(b.start).getUTCDay()).toBe(1); // Mondays, UTC
      expect(new Date(b.end).getTime() - new Date(b.start).getTime()).toBe(7 * 24 * HOUR);
    }
    expect(new Date(buckets[0].start).getTime()).toBeLessThanOrEqual(Date.now() - 30 * 24 * HOUR);
    expect(new Date(buckets.at(-1)!.end).getTime()).toBeGreaterThan(Date.now());
    const empty = buckets.filter((b) => b.times.ideas === 0);
    expect(empty.length).toBeGreaterThan(0);
  });

  it('shows the queue now: ideas never answered, by age against the promise', async () => {
    for (const period of ['LAST_30_DAYS', 'ALL_TIME']) {
      const { reviewMetrics: m } = await reviewer.ok(METRICS, { period });
      expect(m.queue.count).toBe(3);
      expect(m.queue.bands).toEqual([
        { band: 'FRESH', fromDays: 0, toDays: 7, count: 1 },
        { band: 'DUE_SOON', fromDays: 7, toDays: 14, count: 1 },
        { band: 'OVERDUE', fromDays: 14, toDays: null, count: 1 },
      ]);
      expect(m.queue.oldestWaitingHours).toBeGreaterThanOrEqual(16 * 24);
      expect(m.queue.oldestWaitingHours).toBeLessThan(16 * 24 + 1);
    }
  });

  it('narrows everything to the ideas posted by one department’s people', async () => {
    const { reviewMetrics: m } = await admin.ok(METRICS, { period: 'LAST_30_DAYS', departmentId: toGlobalId('Department', billing) });
    expect(m.department).toEqual({ name: 'Billing' });
    expect(m.firstResponse).toEqual({ ideas: 3, answered: 1, medianHours: 50, p90Hours: 50, due: 2, answeredInTime: 1, withinPromiseShare: 0.5 });
    expect(m.byDepartment.map((d: { department: { name: string } }) => d.department.name)).toEqual(['Billing']);
    expect(m.byReviewer.map((r: { reviewer: { name: string }; answered: number }) => [r.reviewer.name, r.answered])).toEqual([['Ruben', 1]]);
    expect(m.queue.bands.map((b: { count: number }) => b.count)).toEqual([0, 1, 1]);
    const { reviewMetrics: a } = await admin.ok(METRICS, { period: 'LAST_30_DAYS', departmentId: toGlobalId('Department', assembly) });
    expect(a.queue.count).toBe(1);
  });

  it('answers nulls, not errors, where nothing was answered or nothing is due', async () => {
    const empty = await aDepartment(t.db, 'Empty');
    const { reviewMetrics: m } = await reviewer.ok(METRICS, { period: 'LAST_30_DAYS', departmentId: toGlobalId('Department', empty) });
    expect(m.firstResponse).toEqual({ ideas: 0, answered: 0, medianHours: null, p90Hours: null, due: 0, answeredInTime: 0, withinPromiseShare: null });
    expect(m.byDepartment).toEqual([]);
    expect(m.byReviewer).toEqual([]);
    expect(m.queue).toMatchObject({ count: 0, oldestPostedAt: null, oldestWaitingHours: null });
  });

  it('refuses members, and unknown or malformed departments', async () => {
    for (const query of [METRICS, SILO]) {
      const response = await member.request(query, {});
      expect({ codes: errorCodes(response), reasons: errorReasons(response), data: response.data ?? null }).toEqual({ codes: ['FORBIDDEN'], reasons: ['ROLE_REQUIRED'], data: null });
    }
    const unknown = await reviewer.request(METRICS, { departmentId: toGlobalId('Department', '999999') });
    expect({ codes: errorCodes(unknown), reasons: errorReasons(unknown) }).toEqual({ codes: ['NOT_FOUND'], reasons: ['DEPARTMENT_NOT_FOUND'] });
    const wrongType = await reviewer.request(METRICS, { departmentId: toGlobalId('Person', '1') });
    expect(errorCodes(wrongType)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('siloMap', () => {
  let t: TestApp;
  let reviewer: GraphQLClient;
  let authors: GraphQLClient[];
  const departments: string[] = [];

  const buildOn = async (client: GraphQLClient, parentIds: string[], title: string) =>
    (await client.ok(BUILD_ON, { input: { parentIds, title, body: 'b' } })).buildOn.idea.id as string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const name of ['Care', 'Assembly', 'Billing']) departments.push(await aDepartment(t.db, name));
    const [care, assembly, billing] = departments;
    const people = [await aPerson(t.db, assembly, 'Anna'), await aPerson(t.db, assembly, 'Arjen'), await aPerson(t.db, billing, 'Bram'), await aPerson(t.db, care, 'Rosa', 'REVIEWER')];
    const clients = await t.signedIn(people);
    const [a1, a2, b1] = clients;
    reviewer = clients[3];
    authors = [a1, a2, b1];
    const pa = (await a1.ok(POST_IDEA, { input: { title: 'PA', body: 'b' } })).postIdea.idea.id;
    const pb = (await b1.ok(POST_IDEA, { input: { title: 'PB', body: 'b' } })).postIdea.idea.id;
    await buildOn(a2, [pa], 'A on A');
    const x2 = await buildOn(b1, [pa], 'B on A');
    await buildOn(a1, [pb, pa], 'A on B and A');
    const x4 = await buildOn(b1, [x2], 'B on B, long ago');
    await postedAgo(t, x4, 200 * 24);
  });
  afterAll(() => t.close());

  it('counts build-on links from the build-on poster’s department to the built-on poster’s, with the cross-department share', async () => {
    const { siloMap: all } = await reviewer.ok(SILO, { period: 'ALL_TIME' });
    expect(all.departments).toEqual([{ name: 'Assembly' }, { name: 'Billing' }, { name: 'Care' }]);
    expect(all.cells).toEqual([
      { from: { name: 'Assembly' }, to: { name: 'Assembly' }, count: 2 },
      { from: { name: 'Assembly' }, to: { name: 'Billing' }, count: 1 },
      { from: { name: 'Billing' }, to: { name: 'Assembly' }, count: 1 },
      { from: { name: 'Billing' }, to: { name: 'Billing' }, count: 1 },
    ]);
    expect(all).toMatchObject({ period: 'ALL_TIME', interval: 'MONTH', buildOns: 5, crossDepartment: 2, crossDepartmentShare: 0.4 });
    const months: Array<{ start: string; end: string; buildOns: number; crossDepartment: number; crossDepartmentShare: number | null }> = all.overTime;
    expect(months.length).toBeGreaterThanOrEqual(7); // 200 days ago to now, month by month
    expect(months[0]).toMatchObject({ buildOns: 1, crossDepartment: 0, crossDepartmentShare: 0 });
    expect(months.at(-1)).toMatchObject({ buildOns: 4, crossDepartment: 2, crossDepartmentShare: 0.5 });
    expect(months.slice(1, -1).every((m) => m.buildOns === 0 && m.crossDepartmentShare === null)).toBe(true);
    for (let i = 1; i < months.length; i++) expect(months[i].start).toBe(months[i - 1].end);
  });

  it('counts only the build-ons posted in the period', async () => {
    const { siloMap: recent } = await reviewer.ok(SILO, { period: 'LAST_90_DAYS' });
    expect(recent.cells.map((c: { from: { name: string }; to: { name: string }; count: number }) => `${c.from.name}→${c.to.name}: ${c.count}`)).toEqual([
      'Assembly→Assembly: 2',
      'Assembly→Billing: 1',
      'Billing→Assembly: 1',
    ]);
    expect(recent).toMatchObject({ interval: 'WEEK', buildOns: 4, crossDepartment: 2, crossDepartmentShare: 0.5 });
    expect(recent.overTime.reduce((n: number, w: { buildOns: number }) => n + w.buildOns, 0)).toBe(4);
  });

  it('runs as many statements for many departments, ideas and answers as for a few', async () => {
    const [first] = (await reviewer.ok(`{ ideas(first: 1) { edges { node { id } } } }`)).ideas.edges;
    await moved(t, reviewer, first.node.id, 1);
    const metricsBefore = await statementsFor(reviewer, METRICS, { period: 'ALL_TIME' });
    const siloBefore = await statementsFor(reviewer, SILO, { period: 'ALL_TIME' });
    for (let d = 0; d < 6; d++) {
      const department = await aDepartment(t.db, `Zone ${5 - d}`); // created out of alphabetical order
      const [poster, moreReviewer] = await t.signedIn([await aPerson(t.db, department, `Poster ${d}`), await aPerson(t.db, department, `Reviewer ${d}`, 'REVIEWER')]);
      const idea = (await poster.ok(POST_IDEA, { input: { title: `More ${d}`, body: 'b' } })).postIdea.idea.id;
      await buildOn(authors[d % authors.length], [idea], `Built on more ${d}`);
      await moved(t, moreReviewer, idea, 5 + d);
    }
    const metricsAfter = await statementsFor(reviewer, METRICS, { period: 'ALL_TIME' });
    const siloAfter = await statementsFor(reviewer, SILO, { period: 'ALL_TIME' });
    const { reviewMetrics } = await reviewer.ok(METRICS, { period: 'ALL_TIME' });
    const names = reviewMetrics.byDepartment.map((d: { department: { name: string } }) => d.department.name);
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'en')));
    expect(reviewMetrics.byReviewer.length).toBe(7);
    expect(metricsAfter).toBe(metricsBefore);
    expect(siloAfter).toBe(siloBefore);
    // the acting person, three aggregates, the departments, the reviewers
    expect(metricsAfter).toBeLessThanOrEqual(6);
    // the acting person, the departments, the cells, the buckets
    expect(siloAfter).toBeLessThanOrEqual(4);
  });
});

describe('reviewMetrics with another promise (KINDLING_RESPONSE_DAYS)', () => {
  let t: TestApp;

  afterAll(() => t.close());

  it('measures in-time answers and the queue bands against the configured promise', async () => {
    t = await startTestApp({ KINDLING_RESPONSE_DAYS: '7' });
    const department = await aDepartment(t.db, 'Depot');
    const [poster, reviewer] = await t.signedIn([await aPerson(t.db, department, 'Piet'), await aPerson(t.db, department, 'Rita', 'REVIEWER')]);
    const post = async (title: string, daysAgo: number) => {
      const id = (await poster.ok(POST_IDEA, { input: { title, body: 'b' } })).postIdea.idea.id as string;
      await postedAgo(t, id, daysAgo * 24);
      return id;
    };
    const answeredLate = await post('Answered after 8 days', 20);
    const answered = await post('Answered after 5 days', 20);
    await post('Waiting 8 days', 8);
    await post('Waiting 5 days', 5);
    await post('Waiting 1 day', 1);
    await moved(t, reviewer, answeredLate, 8 * 24);
    await moved(t, reviewer, answered, 5 * 24);
    const { reviewMetrics: m } = await reviewer.ok(METRICS, { period: 'LAST_30_DAYS' });
    expect(m.promiseDays).toBe(7);
    expect(m.firstResponse).toMatchObject({ ideas: 5, answered: 2, due: 3, answeredInTime: 1, withinPromiseShare: 1 / 3 });
    expect(m.queue.bands).toEqual([
      { band: 'FRESH', fromDays: 0, toDays: 3.5, count: 1 },
      { band: 'DUE_SOON', fromDays: 3.5, toDays: 7, count: 1 },
      { band: 'OVERDUE', fromDays: 7, toDays: null, count: 1 },
    ]);
  });
});
