import { StatementCounter, toGlobalId } from '@kindling/api/core';
import { type GraphQLClient, aDepartment, aPerson, errorCodes, errorReasons } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, ENDORSE, POST_IDEA } from './operations';

const OPEN = `mutation($input: OpenCampaignInput!) { openCampaign(input: $input) { campaign {
  id question description deadline isOpen closedAt ideaCount viewerCanClose openedBy { id } departments { id name } } } }`;
const CLOSE = `mutation($id: ID!) { closeCampaign(input: { campaignId: $id }) { campaign { id isOpen closedAt outcome { ideaCount } } } }`;
const LIST = `query($state: CampaignState!, $first: Int, $after: String) { campaigns(state: $state, first: $first, after: $after) {
  edges { cursor node { id question ideaCount departments { name } openedBy { name } } } pageInfo { hasNextPage endCursor } } }`;
const IDEAS = `query($id: ID!, $order: CampaignIdeaOrder!, $first: Int, $after: String) { node(id: $id) { ... on Campaign {
  ideas(orderBy: $order, first: $first, after: $after) { edges { rank cursor node { id title endorsementCount credit { shares { ppm person { id } } } } } pageInfo { hasNextPage endCursor } } } } }`;
const OUTCOME = `query($id: ID!) { node(id: $id) { ... on Campaign { isOpen outcome { ideaCount ideasByStatus { status count } creditHolders { ppm share percent person { id } } } } } }`;
const IDEA_CAMPAIGN = `query($id: ID!) { node(id: $id) { ... on Idea { campaign { id question } } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('campaigns', () => {
  let t: TestApp;
  let reviewer: GraphQLClient;
  let otherReviewer: GraphQLClient;
  let admin: GraphQLClient;
  let member: GraphQLClient;
  let colleague: GraphQLClient;
  let departments: string[];
  let ids: { reviewer: string; member: string; colleague: string };

  const open = async (client: GraphQLClient, input: Record<string, unknown> = {}) =>
    (await client.ok(OPEN, { input: { question: 'How do we cut waiting times?', description: 'Tell us **anything**.', deadline: inDays(10), departmentIds: [], ...input } }))
      .openCampaign.campaign;
  const counts = async () =>
    (
      await t.db.query(`SELECT (SELECT count(*) FROM ideas)::int AS ideas, (SELECT count(*) FROM campaign_ideas)::int AS answers,
        (SELECT count(*) FROM outbox_events)::int AS events, (SELECT count(*) FROM ledger_entries)::int AS ledger, (SELECT count(*) FROM campaigns)::int AS campaigns`)
    )[0];
  /** Backdates a campaign's deadline (and opening) past now, as if it had ended on its own. */
  const expire = (campaignId: string) =>
    t.db.query(`UPDATE campaigns SET opened_at = now() - interval '20 days', deadline = now() - interval '1 day' WHERE id = $1`, [fromGlobal(campaignId)]);

  beforeAll(async () => {
    t = await startTestApp();
    departments = [await aDepartment(t.db, 'Nursing'), await aDepartment(t.db, 'Logistics')];
    ids = {
      reviewer: await aPerson(t.db, departments[0], 'Rita Reviewer', 'REVIEWER'),
      member: await aPerson(t.db, departments[1], 'Mo Member'),
      colleague: await aPerson(t.db, departments[0], 'Cas Colleague'),
    };
    const others = [await aPerson(t.db, departments[1], 'Otto Reviewer', 'REVIEWER'), await aPerson(t.db, departments[1], 'Ada Admin', 'ADMIN')];
    [reviewer, member, colleague, otherReviewer, admin] = await t.signedIn([ids.reviewer, ids.member, ids.colleague, ...others]);
  });
  afterAll(() => t.close());

  describe('opening', () => {
    it('lets a reviewer open a campaign asking departments, and publishes CAMPAIGN_OPENED', async () => {
      const deadline = inDays(10);
      const departmentIds = departments.map((d) => toGlobalId('Department', d));
      const campaign = await open(reviewer, { question: '  How do we   cut waiting times? ', deadline, departmentIds });
      expect(campaign).toMatchObject({
        question: 'How do we cut waiting times?',
        description: 'Tell us **anything**.',
        deadline,
        isOpen: true,
        closedAt: null,
        ideaCount: 0,
        viewerCanClose: true,
        openedBy: { id: toGlobalId('Person', ids.reviewer) },
        departments: [{ name: 'Nursing' }, { name: 'Logistics' }],
      });
      const [event] = await t.db.query(`SELECT type, actor_id::text AS "actorId", payload FROM outbox_events ORDER BY seq DESC LIMIT 1`);
      expect(event).toEqual({ type: 'CAMPAIGN_OPENED', actorId: ids.reviewer, payload: { campaignId: expect.any(String), deadline, departmentIds: departments } });
      expect(await t.db.query(`SELECT count(*)::int AS n FROM ledger_entries WHERE event_type LIKE 'CAMPAIGN%'`)).toEqual([{ n: 0 }]);
    });

    it('refuses members with FORBIDDEN, and signed-out clients, writing nothing', async () => {
      const before = await counts();
      const send = [OPEN, { input: { question: 'A question?', description: '', deadline: inDays(3), departmentIds: [] } }] as const;
      expect(errorReasons(await member.request(...send))).toEqual(['ROLE_REQUIRED']);
      expect(errorCodes(await member.request(...send))).toEqual(['FORBIDDEN']);
      expect(errorReasons(await t.client().request(...send))).toEqual(['SIGN_IN_REQUIRED']);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['a 4-character question', { question: 'Why?' }, 'QUESTION_LENGTH', 'question'],
      ['a 201-character question', { question: 'x'.repeat(201) }, 'QUESTION_LENGTH', 'question'],
      ['a 20,001-character description', { description: 'x'.repeat(20_001) }, 'DESCRIPTION_TOO_LONG', 'description'],
      ['a deadline in the past', { deadline: inDays(-1) }, 'DEADLINE_OUT_OF_RANGE', 'deadline'],
      ['a deadline more than a year away', { deadline: inDays(367) }, 'DEADLINE_OUT_OF_RANGE', 'deadline'],
    ])('refuses %s with BAD_USER_INPUT', async (_label, input, reason, field) => {
      const before = await counts();
      const response = await reviewer.request(OPEN, { input: { question: 'A fine question', description: '', deadline: inDays(5), departmentIds: [], ...input } });
      expect(response.errors?.map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field])).toEqual([['BAD_USER_INPUT', reason, field]]);
      expect(await counts()).toEqual(before);
    });

    it('refuses an unknown department with NOT_FOUND naming it', async () => {
      const response = await reviewer.request(OPEN, {
        input: { question: 'A fine question', description: '', deadline: inDays(5), departmentIds: [toGlobalId('Department', departments[0]), toGlobalId('Department', '999999')] },
      });
      expect(response.errors?.map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field])).toEqual([['NOT_FOUND', 'DEPARTMENT_NOT_FOUND', 'departmentIds[1]']]);
    });
  });

  describe('answering', () => {
    it('records ideas posted and built on with campaignId, shown as Idea.campaign; anyone may answer', async () => {
      const campaign = await open(reviewer, { departmentIds: [toGlobalId('Department', departments[0])] });
      // the member is in Logistics, which the campaign does not ask: they may answer all the same
      const posted = (await member.ok(POST_IDEA, { input: { title: 'Text people when it is their turn', body: 'b', campaignId: campaign.id } })).postIdea.idea;
      const built = (await colleague.ok(BUILD_ON, { input: { parentIds: [posted.id], title: 'And show the queue on a screen', body: 'b', campaignId: campaign.id } })).buildOn
        .idea;
      for (const idea of [posted, built]) expect((await member.ok(IDEA_CAMPAIGN, { id: idea.id })).node.campaign).toEqual({ id: campaign.id, question: campaign.question });
      const plain = (await member.ok(POST_IDEA, { input: { title: 'Unrelated', body: 'b' } })).postIdea.idea;
      expect((await member.ok(IDEA_CAMPAIGN, { id: plain.id })).node.campaign).toBeNull();
      expect((await member.ok(`query($id: ID!) { node(id: $id) { ... on Campaign { ideaCount } } }`, { id: campaign.id })).node.ideaCount).toBe(2);
      // the answer itself is not ledgered: the ledger holds exactly the posting's credit-affecting events
      const events = await t.db.query(`SELECT type FROM outbox_events WHERE payload->>'ideaId' = $1 ORDER BY seq`, [fromGlobal(built.id)]);
      expect(events.map((e: { type: string }) => e.type)).toEqual(['BUILT_ON', 'CAMPAIGN_ANSWERED']);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM ledger_entries WHERE event_type = 'CAMPAIGN_ANSWERED'`)).toEqual([{ n: 0 }]);
    });

    it('refuses an unknown campaign with NOT_FOUND and a wrong id type with BAD_USER_INPUT, creating no idea', async () => {
      const before = await counts();
      const unknown = await member.request(POST_IDEA, { input: { title: 'T', body: 'b', campaignId: toGlobalId('Campaign', '999999') } });
      expect(unknown.errors?.map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field])).toEqual([['NOT_FOUND', 'CAMPAIGN_NOT_FOUND', 'campaignId']]);
      expect(errorReasons(await member.request(POST_IDEA, { input: { title: 'T', body: 'b', campaignId: toGlobalId('Idea', '1') } }))).toEqual(['WRONG_ID_TYPE']);
      expect(await counts()).toEqual(before);
    });

    it('refuses answers once the campaign is closed or past its deadline (CONFLICT, CAMPAIGN_CLOSED), writing nothing', async () => {
      const closed = await open(reviewer);
      const parent = (await member.ok(POST_IDEA, { input: { title: 'A parent', body: 'b' } })).postIdea.idea;
      await reviewer.ok(CLOSE, { id: closed.id });
      const expired = await open(reviewer);
      await expire(expired.id);
      for (const campaign of [closed, expired]) {
        const before = await counts();
        const post = await member.request(POST_IDEA, { input: { title: 'Too late', body: 'b', campaignId: campaign.id } });
        const build = await member.request(BUILD_ON, { input: { parentIds: [parent.id], title: 'Too late', body: 'b', campaignId: campaign.id } });
        for (const response of [post, build]) {
          expect(response.errors?.map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field])).toEqual([['CONFLICT', 'CAMPAIGN_CLOSED', 'campaignId']]);
        }
        expect(await counts()).toEqual(before);
      }
    });
  });

  describe('closing', () => {
    it('lets the opener or an admin close early, not another reviewer or a member; closing twice is CAMPAIGN_CLOSED', async () => {
      const first = await open(reviewer);
      expect(errorReasons(await otherReviewer.request(CLOSE, { id: first.id }))).toEqual(['NOT_CAMPAIGN_OPENER']);
      expect(errorReasons(await member.request(CLOSE, { id: first.id }))).toEqual(['ROLE_REQUIRED']);
      expect((await otherReviewer.ok(`query($id: ID!) { node(id: $id) { ... on Campaign { viewerCanClose } } }`, { id: first.id })).node.viewerCanClose).toBe(false);
      const closed = (await reviewer.ok(CLOSE, { id: first.id })).closeCampaign.campaign;
      expect(closed).toMatchObject({ isOpen: false, closedAt: expect.any(String), outcome: { ideaCount: 0 } });
      const [event] = await t.db.query(`SELECT type, actor_id::text AS "actorId", payload FROM outbox_events ORDER BY seq DESC LIMIT 1`);
      expect(event).toEqual({ type: 'CAMPAIGN_CLOSED', actorId: ids.reviewer, payload: { campaignId: fromGlobal(first.id) } });

      const second = await open(reviewer);
      expect((await admin.ok(CLOSE, { id: second.id })).closeCampaign.campaign.isOpen).toBe(false);
      const again = await reviewer.request(CLOSE, { id: second.id });
      expect(again.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['CONFLICT', 'CAMPAIGN_CLOSED']]);
      expect(errorReasons(await reviewer.request(CLOSE, { id: toGlobalId('Campaign', '999999') }))).toEqual(['CAMPAIGN_NOT_FOUND']);
    });
  });

  describe('lists, ranking and outcome', () => {
    let fresh: TestApp;
    let r: GraphQLClient;
    let people: GraphQLClient[];
    let personIds: string[];

    beforeAll(async () => {
      fresh = await startTestApp();
      const department = await aDepartment(fresh.db, 'Wards');
      const reviewerId = await aPerson(fresh.db, department, 'Rev', 'REVIEWER');
      personIds = [];
      for (let i = 0; i < 4; i++) personIds.push(await aPerson(fresh.db, department, `Person ${i}`));
      [r, ...people] = await fresh.signedIn([reviewerId, ...personIds]);
    });
    afterAll(() => fresh.close());

    it('lists open campaigns soonest deadline first and closed ones most recently ended first, page by page', async () => {
      const openOne = async (question: string, days: number) => (await open(r, { question, deadline: inDays(days) })).id;
      const late = await openOne('Late question', 30);
      const soon = await openOne('Soon question', 2);
      const middle = await openOne('Middle question', 9);
      const endedLongAgo = await openOne('Ended long ago', 5);
      await fresh.db.query(`UPDATE campaigns SET opened_at = now() - interval '30 days', deadline = now() - interval '10 days' WHERE id = $1`, [fromGlobal(endedLongAgo)]);
      const closedNow = await openOne('Closed just now', 5);
      await r.ok(CLOSE, { id: closedNow });

      const page1 = (await r.ok(LIST, { state: 'OPEN', first: 2 })).campaigns;
      expect(page1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([soon, middle]);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await r.ok(LIST, { state: 'OPEN', first: 2, after: page1.pageInfo.endCursor })).campaigns;
      expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([late]);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      expect((await r.ok(LIST, { state: 'CLOSED' })).campaigns.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([closedNow, endedLongAgo]);
      expect(errorReasons(await r.request(LIST, { state: 'OPEN', after: 'bm90IGEgY3Vyc29y' }))).toEqual(['INVALID_CURSOR']);
    });

    it('ranks a campaign’s ideas by credit holders, endorsements, newest and score, with their credit; the outcome’s shares add up to exactly 1,000,000 ppm', async () => {
      const campaign = await open(r, { question: 'Three ideas please' });
      const [a, b, c, d] = people;
      const root = (await a.ok(POST_IDEA, { input: { title: 'Root answer', body: 'b', campaignId: campaign.id } })).postIdea.idea.id;
      const outside = (await b.ok(POST_IDEA, { input: { title: 'Outside the campaign', body: 'b' } })).postIdea.idea.id;
      const combined = (await c.ok(BUILD_ON, { input: { parentIds: [root, outside], title: 'Combined answer', body: 'b', campaignId: campaign.id } })).buildOn.idea.id;
      const endorsed = (await d.ok(POST_IDEA, { input: { title: 'Endorsed answer', body: 'b', campaignId: campaign.id } })).postIdea.idea.id;
      await a.ok(ENDORSE, { ideaId: endorsed });
      await b.ok(ENDORSE, { ideaId: endorsed });

      const ranked = async (order: string) =>
        (await r.ok(IDEAS, { id: campaign.id, order })).node.ideas.edges.map((e: { rank: number; node: { id: string } }) => [e.rank, e.node.id]);
      expect(await ranked('CREDIT')).toEqual([[1, combined], [2, endorsed], [3, root]]);
      expect(await ranked('ENDORSEMENTS')).toEqual([[1, endorsed], [2, combined], [3, root]]);
      expect(await ranked('NEWEST')).toEqual([[1, endorsed], [2, combined], [3, root]]);
      // someone who wrote none of them reads their titles (nothing is masked that no moderator hid)
      const titles = (await r.ok(IDEAS, { id: campaign.id, order: 'NEWEST' })).node.ideas.edges.map((e: { node: { title: string } }) => e.node.title);
      expect(titles).toEqual(['Endorsed answer', 'Combined answer', 'Root answer']);
      // by reviewer score: highest first, unscored last
      const [{ id: departmentId }] = await fresh.db.query(`SELECT id::text AS id FROM departments LIMIT 1`);
      const [admin] = await fresh.signedIn([await aPerson(fresh.db, departmentId, 'Ada Admin', 'ADMIN')]);
      const { createScoreCriterion } = await admin.ok(`mutation { createScoreCriterion(input: { nameEn: "Impact", nameNl: "Impact" }) { criterion { id } } }`);
      const score = (ideaId: string, value: number) =>
        r.ok(`mutation($input: ScoreIdeaInput!) { scoreIdea(input: $input) { scorecard { id } } }`, {
          input: { ideaId, scores: [{ criterionId: createScoreCriterion.criterion.id, score: value }] },
        });
      await score(root, 5);
      await score(combined, 2);
      expect(await ranked('SCORE')).toEqual([[1, root], [2, combined], [3, endorsed]]);
      const page1 = (await r.ok(IDEAS, { id: campaign.id, order: 'CREDIT', first: 1 })).node.ideas;
      const page2 = (await r.ok(IDEAS, { id: campaign.id, order: 'CREDIT', first: 2, after: page1.pageInfo.endCursor })).node.ideas;
      expect(page2.edges.map((e: { rank: number; node: { id: string } }) => [e.rank, e.node.id])).toEqual([[2, endorsed], [3, root]]);
      expect(page1.edges[0].node.credit.shares.length).toBeGreaterThan(1);

      expect((await r.ok(OUTCOME, { id: campaign.id })).node).toEqual({ isOpen: true, outcome: null });
      await fresh.db.query(`UPDATE ideas SET status = 'ACCEPTED' WHERE id = $1`, [fromGlobal(endorsed)]);
      await r.ok(CLOSE, { id: campaign.id });
      const { outcome } = (await r.ok(OUTCOME, { id: campaign.id })).node;
      expect(outcome.ideaCount).toBe(3);
      expect(outcome.ideasByStatus).toEqual([
        { status: 'NEW', count: 2 },
        { status: 'ACCEPTED', count: 1 },
      ]);
      const holders = outcome.creditHolders as Array<{ ppm: number; share: number; person: { id: string } }>;
      expect(holders.reduce((sum, h) => sum + h.ppm, 0)).toBe(1_000_000);
      expect(holders.reduce((sum, h) => sum + h.share, 0)).toBeCloseTo(1, 12);
      // the outcome is each person's share of every idea's credit, summed and divided by the number of ideas
      const expected = new Map<string, number>();
      for (const id of [root, combined, endorsed]) {
        for (const s of (await r.ok(IDEAS_CREDIT, { id })).node.credit.shares) expected.set(s.person.id, (expected.get(s.person.id) ?? 0) + s.share / 3);
      }
      expect(holders.map((h) => h.person.id).sort()).toEqual([...expected.keys()].sort());
      for (const h of holders) expect(h.share).toBeCloseTo(expected.get(h.person.id)!, 12);
      expect(holders.map((h) => h.share)).toEqual([...holders.map((h) => h.share)].sort((x, y) => y - x));
      expect(new Set(holders.map((h) => h.person.id))).toEqual(new Set(personIds.map((p) => toGlobalId('Person', p))));
    });

    it('runs no more statements for a page of 20 campaigns or campaign ideas than for 2', async () => {
      const many = await open(r, { question: 'Many ideas here' });
      for (let i = 0; i < 20; i++) await people[i % 4].ok(POST_IDEA, { input: { title: `Answer ${i}`, body: 'b', campaignId: many.id } });
      for (let i = 0; i < 20; i++) await open(r, { question: `Question number ${i}`, deadline: inDays(40 + i) });
      const statements = async (query: string, variables: Record<string, unknown>) => {
        await r.ok(query, variables);
        const before = StatementCounter.read();
        await r.ok(query, variables);
        return StatementCounter.read() - before;
      };
      const list = `query($first: Int) { campaigns(first: $first) { edges { node { id question deadline ideaCount departments { name } openedBy { name department { name } } } } } }`;
      expect(await statements(list, { first: 20 })).toBeLessThanOrEqual(await statements(list, { first: 2 }));
      const ideas = `query($id: ID!, $first: Int) { node(id: $id) { ... on Campaign { ideas(first: $first) { edges { rank node { id title authors { name } credit { shares { ppm person { name } } } campaign { question } } } } } } }`;
      const small = await statements(ideas, { id: many.id, first: 2 });
      expect(await statements(ideas, { id: many.id, first: 20 })).toBeLessThanOrEqual(small);
      expect(small).toBeLessThanOrEqual(8);
    });
  });
});

const IDEAS_CREDIT = `query($id: ID!) { node(id: $id) { ... on Idea { credit { shares { share person { id } } } } } }`;

function fromGlobal(id: string): string {
  return Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
}
