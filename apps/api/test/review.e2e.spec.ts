import { StatementCounter } from '@kindling/api/core';
import { type GraphQLClient, aDepartment, aPerson, errorReasons } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { POST_IDEA } from './operations';

const CHANGE = `mutation($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) {
  idea { id status } change { id fromStatus status response at by { name } } } }`;
const CLAIM = `mutation($id: ID!) { claimIdea(input: { ideaId: $id }) { idea { id } claim { claimedAt expiresAt by { name } } } }`;
const RELEASE = `mutation($id: ID!) { releaseClaim(input: { ideaId: $id }) { idea { claim { expiresAt } } } }`;
const REVIEW = `query($id: ID!) { node(id: $id) { ... on Idea {
  status firstResponseAt claim { expiresAt by { name } }
  statusHistory { fromStatus status response at by { name } }
  officialResponse { status response at by { name } } } } }`;
const QUEUE = `query($first: Int, $after: String, $departmentId: ID, $campaignId: ID, $overdueOnly: Boolean) {
  reviewQueue(first: $first, after: $after, departmentId: $departmentId, campaignId: $campaignId, overdueOnly: $overdueOnly) {
    totalCount overdueCount pageInfo { hasNextPage endCursor }
    edges { cursor node { postedAt dueAt overdue claim { by { name } } idea { id title postedBy { name department { name } } } } } } }`;

const STATUSES = ['NEW', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED', 'MERGED'] as const;
type Status = (typeof STATUSES)[number];
/** The workflow as the issue states it, written out here rather than read from the code under test. */
const LEGAL: Record<Status, Status[]> = {
  NEW: ['UNDER_REVIEW', 'ACCEPTED', 'DECLINED'],
  UNDER_REVIEW: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['IN_PROGRESS', 'DECLINED'],
  IN_PROGRESS: ['IMPLEMENTED', 'DECLINED'],
  DECLINED: ['UNDER_REVIEW'],
  IMPLEMENTED: [],
  MERGED: [],
};
const DAY = 86_400_000;
const local = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

describe('the review workflow', () => {
  let t: TestApp;
  let member: GraphQLClient;
  let reviewer: GraphQLClient;
  let otherReviewer: GraphQLClient;
  let admin: GraphQLClient;
  let reviewerId: string;

  const post = async (title = 'An idea') => (await member.ok(POST_IDEA, { input: { title, body: 'b' } })).postIdea.idea.id as string;
  const review = async (id: string) => (await member.ok(REVIEW, { id })).node;
  const counts = async () =>
    (await t.db.query(`SELECT (SELECT count(*) FROM outbox_events)::int AS outbox, (SELECT count(*) FROM idea_status_changes)::int AS changes`))[0];

  beforeAll(async () => {
    t = await startTestApp();
    const department = await aDepartment(t.db);
    const memberId = await aPerson(t.db, department, 'Mia Member');
    reviewerId = await aPerson(t.db, department, 'Rita Reviewer', 'REVIEWER');
    const otherId = await aPerson(t.db, department, 'Otto Reviewer', 'REVIEWER');
    const adminId = await aPerson(t.db, department, 'Ada Admin', 'ADMIN');
    [member, reviewer, otherReviewer, admin] = await t.signedIn([memberId, reviewerId, otherId, adminId]);
  });
  afterAll(() => t.close());

  it('allows exactly the workflow’s moves and refuses every other with CONFLICT / ILLEGAL_TRANSITION naming from and to', async () => {
    const outcomes: string[] = [];
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const id = await post(`${from} to ${to}`);
        await t.db.query(`UPDATE ideas SET status = $2 WHERE id = $1`, [local(id), from]);
        const response = await reviewer.request(CHANGE, { input: { ideaId: id, status: to, response: `Moving to ${to}.` } });
        const { status } = await review(id);
        if (response.errors) {
          expect(response.errors[0]).toMatchObject({ message: `An idea cannot move from ${from} to ${to}.`, extensions: { code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' } });
          expect(status).toBe(from);
        } else {
          expect(response.data.changeIdeaStatus).toMatchObject({ idea: { status: to }, change: { fromStatus: from, status: to, response: `Moving to ${to}.`, by: { name: 'Rita Reviewer' } } });
          expect(status).toBe(to);
          outcomes.push(`${from}→${to}`);
        }
      }
    }
    expect(outcomes).toEqual(STATUSES.flatMap((from) => STATUSES.filter((to) => LEGAL[from].includes(to)).map((to) => `${from}→${to}`)));
  });

  it('refuses a member with FORBIDDEN and writes nothing; an admin may move ideas too', async () => {
    const id = await post();
    const before = await counts();
    const refused = await member.request(CHANGE, { input: { ideaId: id, status: 'ACCEPTED', response: 'Yes!' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    expect(await counts()).toEqual(before);
    expect((await review(id)).status).toBe('NEW');
    await admin.ok(CHANGE, { input: { ideaId: id, status: 'ACCEPTED', response: 'Accepted by the admin.' } });
    expect((await review(id)).officialResponse).toMatchObject({ status: 'ACCEPTED', by: { name: 'Ada Admin' } });
  });

  it('requires a written response of at most 20,000 characters, trimmed', async () => {
    const id = await post();
    const before = await counts();
    for (const [response, reason] of [['', 'RESPONSE_EMPTY'], [' \n\t ', 'RESPONSE_EMPTY'], ['x'.repeat(20_001), 'RESPONSE_TOO_LONG']]) {
      const refused = await reviewer.request(CHANGE, { input: { ideaId: id, status: 'UNDER_REVIEW', response } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'response' });
    }
    expect(await counts()).toEqual(before);
    const { changeIdeaStatus } = await reviewer.ok(CHANGE, { input: { ideaId: id, status: 'UNDER_REVIEW', response: `  ${'y'.repeat(19_998)}  ` } });
    expect(changeIdeaStatus.change.response).toBe('y'.repeat(19_998));
    const longest = await reviewer.request(CHANGE, { input: { ideaId: id, status: 'ACCEPTED', response: 'z'.repeat(20_000) } });
    expect(longest.errors).toBeUndefined();
  });

  it('keeps every move in statusHistory, oldest first; the latest is the official response, the first the first response', async () => {
    const id = await post();
    expect(await review(id)).toMatchObject({ statusHistory: [], officialResponse: null, firstResponseAt: null });
    await reviewer.ok(CHANGE, { input: { ideaId: id, status: 'UNDER_REVIEW', response: 'We are looking into **costs**.' } });
    await otherReviewer.ok(CHANGE, { input: { ideaId: id, status: 'DECLINED', response: 'Too expensive this year.' } });
    await reviewer.ok(CHANGE, { input: { ideaId: id, status: 'UNDER_REVIEW', response: 'Re-opened: the budget changed.' } });
    const idea = await review(id);
    expect(idea.statusHistory).toEqual([
      { fromStatus: 'NEW', status: 'UNDER_REVIEW', response: 'We are looking into **costs**.', at: expect.any(String), by: { name: 'Rita Reviewer' } },
      { fromStatus: 'UNDER_REVIEW', status: 'DECLINED', response: 'Too expensive this year.', at: expect.any(String), by: { name: 'Otto Reviewer' } },
      { fromStatus: 'DECLINED', status: 'UNDER_REVIEW', response: 'Re-opened: the budget changed.', at: expect.any(String), by: { name: 'Rita Reviewer' } },
    ]);
    const times = idea.statusHistory.map((c: { at: string }) => Date.parse(c.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(idea.officialResponse).toEqual({ status: 'UNDER_REVIEW', response: 'Re-opened: the budget changed.', at: idea.statusHistory[2].at, by: { name: 'Rita Reviewer' } });
    expect(idea.firstResponseAt).toBe(idea.statusHistory[0].at);
    expect(idea.status).toBe('UNDER_REVIEW');
  });

  it('serialises two reviewers moving one idea at once: the second is checked against the first one’s status', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await post(`Race ${round}`);
      const results = await Promise.all(
        [reviewer, otherReviewer].map((client) => client.request(CHANGE, { input: { ideaId: id, status: 'UNDER_REVIEW', response: 'Mine.' } })),
      );
      expect(results.map((r) => errorReasons(r)[0] ?? 'ok').sort()).toEqual(['ILLEGAL_TRANSITION', 'ok']);
      expect((await review(id)).statusHistory).toHaveLength(1);
    }
  });

  it('publishes IDEA_STATUS_CHANGED (not ledgered) and nothing on a refusal', async () => {
    const id = await post();
    const [{ seq }] = await t.db.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM outbox_events`);
    const [{ entries }] = await t.db.query(`SELECT count(*)::int AS entries FROM ledger_entries`);
    const { changeIdeaStatus } = await reviewer.ok(CHANGE, { input: { ideaId: id, status: 'ACCEPTED', response: 'Go.' } });
    await reviewer.request(CHANGE, { input: { ideaId: id, status: 'NEW', response: 'Back?' } });
    await member.request(CHANGE, { input: { ideaId: id, status: 'DECLINED', response: 'No.' } });
    const events = await t.db.query(`SELECT type, actor_id::text AS "actorId", payload FROM outbox_events WHERE seq > $1 ORDER BY seq`, [seq]);
    expect(events).toEqual([
      { type: 'IDEA_STATUS_CHANGED', actorId: reviewerId, payload: { ideaId: local(id), from: 'NEW', to: 'ACCEPTED', changeId: local(changeIdeaStatus.change.id) } },
    ]);
    expect((await t.db.query(`SELECT count(*)::int AS entries FROM ledger_entries`))[0].entries).toBe(entries);
  });
});

describe('the review queue and claims', () => {
  let t: TestApp;
  let member: GraphQLClient;
  let rita: GraphQLClient;
  let otto: GraphQLClient;
  let departments: string[];
  const ideas: Array<{ id: string; daysAgo: number; department: number }> = [];

  const queue = async (variables: Record<string, unknown> = {}, client = rita) => (await client.ok(QUEUE, { first: 50, ...variables })).reviewQueue;
  const titles = (connection: { edges: Array<{ node: { idea: { title: string } } }> }) => connection.edges.map((e) => e.node.idea.title);

  beforeAll(async () => {
    t = await startTestApp({ KINDLING_RESPONSE_DAYS: '5', KINDLING_CLAIM_HOURS: '2' });
    departments = [await aDepartment(t.db, 'Warehouse'), await aDepartment(t.db, 'Finance')];
    const posters = [await aPerson(t.db, departments[0], 'Wendy Warehouse'), await aPerson(t.db, departments[1], 'Fred Finance')];
    const people = [...posters, await aPerson(t.db, departments[0], 'Rita Reviewer', 'REVIEWER'), await aPerson(t.db, departments[1], 'Otto Reviewer', 'REVIEWER')];
    const clients = await t.signedIn(people);
    [member, , rita, otto] = clients;
    // posted 1, 3, 6, 9 … days ago, alternating departments
    for (const [k, daysAgo] of [9, 1, 6, 12, 3, 7].entries()) {
      const department = k % 2;
      const { id } = (await clients[department].ok(POST_IDEA, { input: { title: `${daysAgo} days`, body: 'b' } })).postIdea.idea;
      await t.db.query(`UPDATE ideas SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [local(id), daysAgo]);
      ideas.push({ id, daysAgo, department });
    }
  });
  afterAll(() => t.close());

  it('lists ideas awaiting a first response, oldest first, each due KINDLING_RESPONSE_DAYS after posting', async () => {
    const all = await queue();
    expect(titles(all)).toEqual(['12 days', '9 days', '7 days', '6 days', '3 days', '1 days']);
    expect(all.totalCount).toBe(6);
    expect(all.overdueCount).toBe(4);
    for (const { node } of all.edges) {
      expect(Date.parse(node.dueAt) - Date.parse(node.postedAt)).toBe(5 * DAY);
      expect(node.overdue).toBe(Date.parse(node.dueAt) < Date.now());
    }
    expect(all.edges.map((e: { node: { overdue: boolean } }) => e.node.overdue)).toEqual([true, true, true, true, false, false]);
    expect(all.edges[0].node.idea.postedBy).toEqual({ name: 'Fred Finance', department: { name: 'Finance' } });
  });

  it('filters by the poster’s department and by overdue, and pages with cursors', async () => {
    const finance = await queue({ departmentId: (await member.ok(`{ departments { id name } }`)).departments.find((d: { name: string }) => d.name === 'Finance').id });
    expect(titles(finance)).toEqual(['12 days', '7 days', '1 days']);
    expect([finance.totalCount, finance.overdueCount]).toEqual([3, 2]);
    const overdue = await queue({ overdueOnly: true });
    expect(titles(overdue)).toEqual(['12 days', '9 days', '7 days', '6 days']);
    expect([overdue.totalCount, overdue.overdueCount]).toEqual([4, 4]);

    const first = await queue({ first: 4 });
    expect(titles(first)).toEqual(['12 days', '9 days', '7 days', '6 days']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await queue({ first: 4, after: first.pageInfo.endCursor });
    expect(titles(second)).toEqual(['3 days', '1 days']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(errorReasons(await rita.request(QUEUE, { after: 'bm9wZQ' }))).toEqual(['INVALID_CURSOR']);
  });

  it('is for reviewers only', async () => {
    expect((await member.request(QUEUE, {})).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    expect((await member.request(CLAIM, { id: ideas[0].id })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
  });

  it('lets a reviewer claim an idea for KINDLING_CLAIM_HOURS; others are refused, the holder renews; it expires', async () => {
    const { id } = ideas[3]; // 12 days
    const claimed = (await rita.ok(CLAIM, { id })).claimIdea.claim;
    expect(claimed.by).toEqual({ name: 'Rita Reviewer' });
    expect(Date.parse(claimed.expiresAt) - Date.parse(claimed.claimedAt)).toBe(2 * 3600_000);
    expect((await queue()).edges[0].node.claim).toEqual({ by: { name: 'Rita Reviewer' } });
    expect((await member.ok(REVIEW, { id })).node.claim).toEqual({ expiresAt: claimed.expiresAt, by: { name: 'Rita Reviewer' } });

    const refused = await otto.request(CLAIM, { id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CLAIMED' });
    expect(refused.errors?.[0].message).toBe(`Rita Reviewer has claimed this idea until ${new Date(claimed.expiresAt).toISOString()}.`);

    const renewed = (await rita.ok(CLAIM, { id })).claimIdea.claim;
    expect(Date.parse(renewed.expiresAt)).toBeGreaterThanOrEqual(Date.parse(claimed.expiresAt));

    await t.db.query(`UPDATE review_claims SET claimed_at = now() - interval '3 hours', expires_at = now() - interval '1 hour' WHERE idea_id = $1`, [local(id)]);
    expect((await member.ok(REVIEW, { id })).node.claim).toBeNull();
    expect((await otto.ok(CLAIM, { id })).claimIdea.claim.by).toEqual({ name: 'Otto Reviewer' });
  });

  it('releases a claim only for its holder, and on a status move', async () => {
    const { id } = ideas[0]; // 9 days
    await rita.ok(CLAIM, { id });
    expect((await otto.request(RELEASE, { id })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_CLAIMED' });
    expect((await rita.ok(RELEASE, { id })).releaseClaim.idea.claim).toBeNull();
    expect(errorReasons(await rita.request(RELEASE, { id }))).toEqual(['NOT_CLAIMED']);

    await otto.ok(CLAIM, { id });
    await otto.ok(CHANGE, { input: { ideaId: id, status: 'UNDER_REVIEW', response: 'Taking a look.' } });
    expect((await member.ok(REVIEW, { id })).node.claim).toBeNull();
    expect(titles(await queue())).not.toContain('9 days');
  });

  it('refuses to claim an idea with nothing left to review', async () => {
    const { id } = ideas[2]; // 6 days
    for (const status of ['ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED']) await rita.ok(CHANGE, { input: { ideaId: id, status, response: `Now ${status}.` } });
    expect((await rita.request(CLAIM, { id })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FINAL_STATUS' });
  });

  it('publishes IDEA_CLAIMED and CLAIM_RELEASED', async () => {
    const { id } = ideas[1]; // 1 day
    const [{ seq }] = await t.db.query(`SELECT max(seq)::text AS seq FROM outbox_events`);
    await rita.ok(CLAIM, { id });
    await otto.request(CLAIM, { id });
    await rita.ok(RELEASE, { id });
    const events = await t.db.query(`SELECT type, payload FROM outbox_events WHERE seq > $1 ORDER BY seq`, [seq]);
    expect(events).toEqual([
      { type: 'IDEA_CLAIMED', payload: { ideaId: local(id), personId: expect.any(String), expiresAt: expect.any(String) } },
      { type: 'CLAIM_RELEASED', payload: { ideaId: local(id), personId: expect.any(String) } },
    ]);
  });

  it('answers the queue with as many statements for 30 ideas as for 3', async () => {
    for (let i = 0; i < 30; i++) {
      const { id } = (await member.ok(POST_IDEA, { input: { title: `Bulk ${i}`, body: 'b' } })).postIdea.idea;
      if (i % 3 === 0) await (i % 2 ? rita : otto).ok(CLAIM, { id });
    }
    const statementsFor = async (first: number) => {
      await rita.ok(QUEUE, { first }); // warm-up
      const before = StatementCounter.read();
      await rita.ok(QUEUE, { first });
      return StatementCounter.read() - before;
    };
    const small = await statementsFor(3);
    const large = await statementsFor(30);
    expect(large).toBeLessThanOrEqual(small);
    // the acting person; the page ‖ the counts; the ideas ‖ the claimers; the posters' departments
    expect(small).toBeLessThanOrEqual(6);
  });

  it('leaves out ideas withdrawn by their authors or hidden by a moderator, and filters by the campaign an idea answers', async () => {
    const adminId = await aPerson(t.db, departments[0], 'Ada Admin', 'ADMIN');
    const [admin] = await t.signedIn([adminId]);
    const postOne = async (title: string, campaignId?: string) => (await member.ok(POST_IDEA, { input: { title, body: 'b', campaignId } })).postIdea.idea.id as string;
    const withdrawn = await postOne('Withdrawn one');
    await member.ok(`mutation($id: ID!) { withdrawIdea(input: { ideaId: $id, reason: "Posted twice" }) { idea { id } } }`, { id: withdrawn });
    const hidden = await postOne('Hidden one');
    await admin.ok(`mutation($id: ID!) { hideContent(input: { ideaId: $id, reason: "Spam" }) { idea { id } } }`, { id: hidden });
    const { openCampaign } = await rita.ok(
      `mutation($input: OpenCampaignInput!) { openCampaign(input: $input) { campaign { id } } }`,
      { input: { question: 'How do we cut idle time?', description: '', deadline: new Date(Date.now() + 7 * DAY).toISOString(), departmentIds: [] } },
    );
    await postOne('Answers the campaign', openCampaign.campaign.id);

    const all = titles(await queue({ first: 100 }));
    expect(all).toContain('Answers the campaign');
    expect(all).not.toContain('Withdrawn one');
    expect(all).not.toContain('Hidden one');
    const answering = await queue({ campaignId: openCampaign.campaign.id });
    expect([titles(answering), answering.totalCount]).toEqual([['Answers the campaign'], 1]);
  });
});
