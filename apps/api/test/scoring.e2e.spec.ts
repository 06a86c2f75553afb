import { StatementCounter, toGlobalId } from '@kindling/api/core';
import { type GraphQLClient, type GraphQLResponse, aDepartment, aPerson, errorCodes, errorReasons } from '@kindling/api/testing';
import { POST_IDEA } from './operations';
import { startTestApp, type TestApp } from './test-app';

const CREATE = `mutation($input: CreateScoreCriterionInput!) { createScoreCriterion(input: $input) { criterion { id nameEn nameNl descriptionEn descriptionNl weight retiredAt } } }`;
const UPDATE = `mutation($input: UpdateScoreCriterionInput!) { updateScoreCriterion(input: $input) { criterion { id nameEn nameNl descriptionEn weight } } }`;
const RETIRE = `mutation($id: ID!) { retireScoreCriterion(input: { criterionId: $id }) { criterion { id retiredAt } } }`;
const CRITERIA = `query($all: Boolean) { scoreCriteria(includeRetired: $all) { id nameEn retiredAt } }`;
const SCORE = `mutation($input: ScoreIdeaInput!) { scoreIdea(input: $input) {
  idea { id score { weighted reviewers } }
  scorecard { id note scores { score criterion { id } } reviewer { id } }
} }`;
const IDEA_SCORE = `query($id: ID!) { node(id: $id) { ... on Idea {
  score { weighted reviewers criteria { mean reviewers criterion { id } } }
  scorecards { note reviewer { id } scores { score criterion { id } } }
  viewerScorecard { note }
} } }`;
const BOARD = `query($first: Int!) { leaderboard(rankBy: SCORE, first: $first) { rank idea { id title score { weighted reviewers } } } }`;

const person = (id: string) => toGlobalId('Person', id);

function refusal(response: GraphQLResponse) {
  return { codes: errorCodes(response), reasons: errorReasons(response), field: response.errors?.[0]?.extensions?.field };
}

describe('scorecards', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let reviewer1: GraphQLClient;
  let reviewer2: GraphQLClient;
  let member: GraphQLClient;
  let ids: { admin: string; reviewer1: string; reviewer2: string; member: string };
  let ideaX: string;
  let ideaY: string;
  let ideaZ: string;
  let impact: string; // weight 2
  let effort: string; // weight 1
  let reach: string; // weight 1, retired halfway

  const post = async (title: string) => (await member.ok(POST_IDEA, { input: { title, body: 'b' } })).postIdea.idea.id as string;
  const scoreOf = async (client: GraphQLClient, id: string) => (await client.ok(IDEA_SCORE, { id })).node;
  const outboxCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM outbox_events`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    const department = await aDepartment(t.db);
    ids = {
      admin: await aPerson(t.db, department, 'Ada Admin', 'ADMIN'),
      reviewer1: await aPerson(t.db, department, 'Rita Reviewer', 'REVIEWER'),
      reviewer2: await aPerson(t.db, department, 'Rob Reviewer', 'REVIEWER'),
      member: await aPerson(t.db, department, 'Mia Member'),
    };
    [admin, reviewer1, reviewer2, member] = await t.signedIn([ids.admin, ids.reviewer1, ids.reviewer2, ids.member]);
    ideaX = await post('Idea X');
    ideaY = await post('Idea Y');
    ideaZ = await post('Idea Z');
  });
  afterAll(() => t.close());

  describe('criteria', () => {
    it('refuses a scorecard while there is no criterion to score by', async () => {
      expect(refusal(await reviewer1.request(SCORE, { input: { ideaId: ideaX, scores: [] } }))).toEqual({ codes: ['CONFLICT'], reasons: ['NO_CRITERIA'], field: 'scores' });
    });

    it('lets only admins define criteria', async () => {
      const input = { nameEn: 'Impact', nameNl: 'Impact' };
      for (const client of [member, reviewer1]) {
        expect(refusal(await client.request(CREATE, { input }))).toMatchObject({ codes: ['FORBIDDEN'], reasons: ['ROLE_REQUIRED'] });
      }
      const { criterion } = (
        await admin.ok(CREATE, { input: { nameEn: '  Impact ', nameNl: 'Impact', descriptionEn: 'How much it changes.', descriptionNl: 'Hoeveel het verandert.', weight: 2 } })
      ).createScoreCriterion;
      expect(criterion).toMatchObject({ nameEn: 'Impact', nameNl: 'Impact', descriptionNl: 'Hoeveel het verandert.', weight: 2, retiredAt: null });
      impact = criterion.id;
      effort = (await admin.ok(CREATE, { input: { nameEn: 'Effort', nameNl: 'Inspanning' } })).createScoreCriterion.criterion.id;
      reach = (await admin.ok(CREATE, { input: { nameEn: 'Reach', nameNl: 'Bereik', weight: 1 } })).createScoreCriterion.criterion.id;
    });

    it('checks names, descriptions and weights with a reason and the field', async () => {
      const base = { nameEn: 'Cost', nameNl: 'Kosten' };
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ nameEn: '  ' }, 'CRITERION_NAME', 'nameEn'],
        [{ nameNl: 'x'.repeat(81) }, 'CRITERION_NAME', 'nameNl'],
        [{ descriptionEn: 'x'.repeat(501) }, 'CRITERION_DESCRIPTION', 'descriptionEn'],
        [{ weight: 0 }, 'CRITERION_WEIGHT', 'weight'],
        [{ weight: 10.5 }, 'CRITERION_WEIGHT', 'weight'],
      ];
      const before = await outboxCount();
      for (const [change, reason, field] of cases) {
        expect({ change, ...refusal(await admin.request(CREATE, { input: { ...base, ...change } })) }).toEqual({ change, codes: ['BAD_USER_INPUT'], reasons: [reason], field });
      }
      expect(await outboxCount()).toBe(before);
    });

    it('updates the fields given and keeps the others', async () => {
      const { criterion } = (await admin.ok(UPDATE, { input: { criterionId: effort, nameEn: 'Feasibility', descriptionEn: 'Can we do it?' } })).updateScoreCriterion;
      expect(criterion).toMatchObject({ id: effort, nameEn: 'Feasibility', nameNl: 'Inspanning', descriptionEn: 'Can we do it?', weight: 1 });
      expect(refusal(await admin.request(UPDATE, { input: { criterionId: effort, weight: 20 } }))).toEqual({ codes: ['BAD_USER_INPUT'], reasons: ['CRITERION_WEIGHT'], field: 'weight' });
      expect(refusal(await reviewer1.request(UPDATE, { input: { criterionId: effort, weight: 2 } }))).toMatchObject({ reasons: ['ROLE_REQUIRED'] });
      const unknown = toGlobalId('ScoreCriterion', '999999');
      expect(refusal(await admin.request(UPDATE, { input: { criterionId: unknown, weight: 2 } }))).toEqual({ codes: ['NOT_FOUND'], reasons: ['CRITERION_NOT_FOUND'], field: 'criterionId' });
    });

    it('lists the active criteria in the order they were defined, to every signed-in person', async () => {
      expect((await member.ok(CRITERIA)).scoreCriteria.map((c: { id: string }) => c.id)).toEqual([impact, effort, reach]);
    });
  });

  describe('scoring', () => {
    const input = (ideaId: string, scores: Array<[string, number]>, note?: string) => ({ input: { ideaId, scores: scores.map(([criterionId, score]) => ({ criterionId, score })), note } });

    it('refuses a member', async () => {
      expect(refusal(await member.request(SCORE, input(ideaX, [[impact, 5], [effort, 2], [reach, 3]])))).toMatchObject({ codes: ['FORBIDDEN'], reasons: ['ROLE_REQUIRED'] });
    });

    it('needs every active criterion exactly once, each scored 1–5, and a note of at most 5,000 characters', async () => {
      const unknown = toGlobalId('ScoreCriterion', '999999');
      const cases: Array<[ReturnType<typeof input>, string, string]> = [
        [input(ideaX, [[impact, 5], [effort, 2]]), 'SCORE_MISSING', 'scores'],
        [input(ideaX, [[impact, 5], [impact, 4], [effort, 2], [reach, 3]]), 'SCORE_DUPLICATE', 'scores[1].criterionId'],
        [input(ideaX, [[impact, 5], [effort, 2], [reach, 3], [unknown, 3]]), 'SCORE_UNKNOWN_CRITERION', 'scores[3].criterionId'],
        [input(ideaX, [[impact, 6], [effort, 2], [reach, 3]]), 'SCORE_OUT_OF_RANGE', 'scores[0].score'],
        [input(ideaX, [[impact, 5], [effort, 0], [reach, 3]]), 'SCORE_OUT_OF_RANGE', 'scores[1].score'],
        [input(ideaX, [[impact, 5], [effort, 2], [reach, 3]], 'x'.repeat(5001)), 'NOTE_TOO_LONG', 'note'],
        [input(ideaX, [[ideaY, 5], [effort, 2], [reach, 3]]), 'WRONG_ID_TYPE', 'scores[0].criterionId'],
      ];
      const before = await outboxCount();
      for (const [variables, reason, field] of cases) {
        expect({ reason, ...refusal(await reviewer1.request(SCORE, variables)) }).toEqual({ reason, codes: ['BAD_USER_INPUT'], reasons: [reason], field });
      }
      const missingIdea = toGlobalId('Idea', '999999');
      expect(refusal(await reviewer1.request(SCORE, input(missingIdea, [[impact, 5], [effort, 2], [reach, 3]])))).toMatchObject({ codes: ['NOT_FOUND'], reasons: ['IDEA_NOT_FOUND'] });
      expect(await outboxCount()).toBe(before);
      expect((await scoreOf(reviewer1, ideaX)).score).toBeNull();
    });

    it('weighs each reviewer’s scores by the criteria’s weights, then averages the reviewers', async () => {
      // Rita: (2·5 + 1·2 + 1·3) / 4 = 3.75; Rob: (2·3 + 1·4 + 1·1) / 4 = 2.75; mean 3.25
      const saved = (await reviewer1.ok(SCORE, input(ideaX, [[impact, 5], [effort, 2], [reach, 3]], '  Strong case, **cheap** to try.  '))).scoreIdea;
      expect(saved.idea.score).toEqual({ weighted: 3.75, reviewers: 1 });
      expect(saved.scorecard).toMatchObject({ note: 'Strong case, **cheap** to try.', reviewer: { id: person(ids.reviewer1) } });
      await reviewer2.ok(SCORE, input(ideaX, [[reach, 1], [impact, 3], [effort, 4]], 'Rob’s private doubt'));
      const { score } = await scoreOf(member, ideaX);
      expect(score.weighted).toBe(3.25);
      expect(score.reviewers).toBe(2);
      expect(score.criteria).toEqual([
        { criterion: { id: impact }, mean: 4, reviewers: 2 },
        { criterion: { id: effort }, mean: 3, reviewers: 2 },
        { criterion: { id: reach }, mean: 2, reviewers: 2 },
      ]);
    });

    it('publishes IDEA_SCORED, which is not ledgered', async () => {
      const [event] = await t.db.query(`SELECT type, actor_id::text AS "actorId", payload FROM outbox_events WHERE type = 'IDEA_SCORED' ORDER BY seq DESC LIMIT 1`);
      expect(event).toMatchObject({ actorId: ids.reviewer2, payload: { ideaId: expect.any(String), scores: expect.arrayContaining([{ criterionId: expect.any(String), score: 1 }]) } });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM ledger_entries WHERE event_type = 'IDEA_SCORED'`))[0].n).toBe(0);
    });

    it('shows the scorecards and their notes to reviewers and admins only', async () => {
      const seen = await scoreOf(admin, ideaX);
      expect(seen.scorecards.map((c: { reviewer: { id: string }; note: string }) => [c.reviewer.id, c.note])).toEqual([
        [person(ids.reviewer2), 'Rob’s private doubt'],
        [person(ids.reviewer1), 'Strong case, **cheap** to try.'],
      ]);
      expect((await scoreOf(reviewer2, ideaX)).viewerScorecard).toEqual({ note: 'Rob’s private doubt' });
      const response = await member.request(IDEA_SCORE, { id: ideaX });
      expect(response.data.node).toMatchObject({ score: { weighted: 3.25, reviewers: 2 }, scorecards: [], viewerScorecard: null });
      expect(JSON.stringify(response)).not.toMatch(/private doubt|cheap/);
    });

    it('retires a criterion: no new scores by it, its past scores keep counting', async () => {
      expect(refusal(await reviewer1.request(RETIRE, { id: reach }))).toMatchObject({ codes: ['FORBIDDEN'], reasons: ['ROLE_REQUIRED'] });
      expect((await admin.ok(RETIRE, { id: reach })).retireScoreCriterion.criterion.retiredAt).toEqual(expect.any(String));
      expect(refusal(await admin.request(RETIRE, { id: reach }))).toEqual({ codes: ['CONFLICT'], reasons: ['CRITERION_RETIRED'], field: 'criterionId' });
      expect(refusal(await admin.request(UPDATE, { input: { criterionId: reach, weight: 3 } }))).toEqual({ codes: ['CONFLICT'], reasons: ['CRITERION_RETIRED'], field: 'criterionId' });
      expect((await member.ok(CRITERIA)).scoreCriteria.map((c: { id: string }) => c.id)).toEqual([impact, effort]);
      expect((await member.ok(CRITERIA, { all: true })).scoreCriteria.map((c: { id: string }) => c.id)).toEqual([impact, effort, reach]);

      expect(refusal(await admin.request(SCORE, input(ideaX, [[impact, 4], [effort, 1], [reach, 2]])))).toEqual({
        codes: ['CONFLICT'],
        reasons: ['CRITERION_RETIRED'],
        field: 'scores[2].criterionId',
      });
      // Ada: (2·4 + 1·1) / 3 = 3; the mean of 3.75, 2.75 and 3 is 9.5 / 3
      await admin.ok(SCORE, input(ideaX, [[impact, 4], [effort, 1]]));
      const { score } = await scoreOf(member, ideaX);
      expect(score.weighted).toBeCloseTo(9.5 / 3, 12);
      expect(score.reviewers).toBe(3);
      expect(score.criteria).toContainEqual({ criterion: { id: reach }, mean: 2, reviewers: 2 });
    });

    it('replaces a reviewer’s scorecard with their new one', async () => {
      // Rita now: (2·1 + 1·1) / 3 = 1, without the retired criterion; the mean of 1, 2.75 and 3 is 2.25
      const saved = (await reviewer1.ok(SCORE, input(ideaX, [[impact, 1], [effort, 1]]))).scoreIdea;
      expect(saved.scorecard).toMatchObject({ note: '', scores: [{ score: 1, criterion: { id: impact } }, { score: 1, criterion: { id: effort } }] });
      const { score, scorecards } = await scoreOf(reviewer1, ideaX);
      expect(score.weighted).toBe(2.25);
      expect(score.reviewers).toBe(3);
      expect(score.criteria).toContainEqual({ criterion: { id: reach }, mean: 1, reviewers: 1 });
      expect(scorecards).toHaveLength(3);
      expect(scorecards[0].reviewer.id).toBe(person(ids.reviewer1));
    });

    it('re-weighs every scorecard when a weight changes', async () => {
      // impact weight 2 → 1 and back: Rob (3 + 4 + 1) / 3 = 8/3, Ada (4 + 1) / 2 = 2.5, Rita 1
      await admin.ok(UPDATE, { input: { criterionId: impact, weight: 1 } });
      expect((await scoreOf(member, ideaX)).score.weighted).toBeCloseTo((1 + 8 / 3 + 2.5) / 3, 12);
      await admin.ok(UPDATE, { input: { criterionId: impact, weight: 2 } });
      expect((await scoreOf(member, ideaX)).score.weighted).toBe(2.25);
    });
  });

  describe('the board ranked by score', () => {
    it('puts the highest weighted score first and unscored ideas last, newer first', async () => {
      await reviewer2.ok(SCORE, { input: { ideaId: ideaY, scores: [{ criterionId: impact, score: 5 }, { criterionId: effort, score: 5 }] } });
      const { leaderboard } = await member.ok(BOARD, { first: 10 });
      expect(leaderboard.map((e: { rank: number; idea: { id: string } }) => [e.rank, e.idea.id])).toEqual([
        [1, ideaY],
        [2, ideaX],
        [3, ideaZ],
      ]);
      expect(leaderboard[0].idea.score).toEqual({ weighted: 5, reviewers: 1 });
      expect(leaderboard[2].idea.score).toBeNull();
    });

    it('runs no more statements for a page of 30 scored ideas than for 3', async () => {
      const more: string[] = [];
      for (let i = 0; i < 30; i++) more.push(await post(`Scored ${i}`));
      for (const [i, ideaId] of more.entries()) {
        const client = i % 2 ? reviewer1 : reviewer2;
        await client.ok(SCORE, { input: { ideaId, scores: [{ criterionId: impact, score: 1 + (i % 5) }, { criterionId: effort, score: 3 }], note: `note ${i}` } });
      }
      const page = `query($first: Int!) { leaderboard(rankBy: SCORE, first: $first) { rank idea { title
        score { weighted reviewers criteria { mean criterion { nameEn } } }
        scorecards { note updatedAt reviewer { name department { name } } scores { score criterion { nameEn weight } } }
        viewerScorecard { note }
      } } }`;
      const statementsFor = async (first: number) => {
        await admin.ok(page, { first }); // warm-up
        const before = StatementCounter.read();
        await admin.ok(page, { first });
        return StatementCounter.read() - before;
      };
      const small = await statementsFor(3);
      const large = await statementsFor(30);
      expect(large).toBeLessThanOrEqual(small);
      expect(small).toBeLessThanOrEqual(9);
    });
  });
});
