import { aStaff, errorReasons } from '@kindling/api/testing';
import { toGlobalId } from '@kindling/api/core';
import { startTestApp, type TestApp } from './test-app';

const POST = `mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id title tags authors { id } } } }`;
const BUILD_ON = `mutation($input: BuildOnInput!) { buildOn(input: $input) { idea { id parents { relation split idea { id } } } } }`;

describe('similar ideas and the leadership board', () => {
  let t: TestApp;
  let people: string[];
  const person = (i: number) => toGlobalId('Person', people[i]);

  beforeAll(async () => {
    t = await startTestApp();
    people = (await aStaff(t.db, 4)).personIds;
    const [alice, bob] = await t.signedIn(people.slice(0, 2));
    const a = (await alice.ok(POST, { input: { title: 'Shift swap board', body: 'Let staff swap shifts.', tags: ['rostering'] } })).postIdea.idea;
    const b = (await bob.ok(POST, { input: { title: 'Rota app', body: 'An app for rotas.' } })).postIdea.idea;
    await bob.ok(BUILD_ON, { input: { parentIds: [a.id, b.id], split: [3, 1], title: 'Rota app with swaps', body: 'Both.' } });
  });
  afterAll(() => t.close());

  it('suggests existing ideas like a draft while it is typed', async () => {
    const [client] = await t.signedIn([people[3]]);
    const similar = `query($title: String!, $body: String) { similarIdeas(title: $title, body: $body) { score idea { title } } }`;
    const byTitle = (await client.ok(similar, { title: 'shift swapping bord' })).similarIdeas;
    expect(byTitle[0].idea.title).toBe('Shift swap board');
    const byBody = (await client.ok(similar, { title: 'Something new', body: 'What about rotas on our phones?' })).similarIdeas;
    expect(byBody.map((s: { idea: { title: string } }) => s.idea.title)).toContain('Rota app');
    expect((await client.ok(similar, { title: 'zzzz qqqq' })).similarIdeas).toEqual([]);
    expect((await client.ok(similar, { title: 'shift swapping bord', body: null })).similarIdeas[0].idea.title).toBe('Shift swap board');
  });

  it('ranks the leadership board by endorsements, build-ons or recent momentum', async () => {
    const carol = t.client();
    await carol.signInAs(person(2));
    const { edges } = (await carol.ok(`{ ideas(filter: { text: "Shift swap board" }) { edges { node { id } } } }`)).ideas;
    await carol.ok(`mutation($id: ID!) { endorse(input: { ideaId: $id }) { idea { id } } }`, { id: edges[0].node.id });
    const board = async (rankBy: string) =>
      (await carol.ok(`query($rankBy: BoardRanking!) { leaderboard(rankBy: $rankBy, first: 3) { rank momentum idea { title } } }`, { rankBy })).leaderboard;
    const byEndorsements = await board('ENDORSEMENTS');
    expect(byEndorsements[0]).toMatchObject({ rank: 1, idea: { title: 'Shift swap board' } });
    expect((await board('BUILD_ONS')).map((e: { rank: number }) => e.rank)).toEqual([1, 2, 3]);
    const byMomentum = await board('MOMENTUM');
    // a fresh endorsement weighs ~1, a fresh build-on ~2: the swap board has both
    expect(byMomentum[0].idea.title).toBe('Shift swap board');
    expect(byMomentum[0].momentum).toBeCloseTo(3, 1);
    const bad = await carol.request(`{ leaderboard(first: 500) { rank } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the idea list', () => {
  let t: TestApp;
  let client: ReturnType<TestApp['client']>;

  beforeAll(async () => {
    t = await startTestApp();
    const [personId] = (await aStaff(t.db, 1)).personIds;
    client = t.client();
    await client.signInAs(toGlobalId('Person', personId));
    for (let i = 0; i < 7; i++) await client.ok(POST, { input: { title: `Idea ${i}`, body: i % 2 ? 'about vans' : 'about rotas', tags: [i % 3 ? 'fleet' : 'care'] } });
    // same timestamp to the microsecond for two ideas: the id breaks the tie
    await t.db.query(`UPDATE ideas SET created_at = (SELECT created_at FROM ideas ORDER BY id LIMIT 1) WHERE id IN (SELECT id FROM ideas ORDER BY id LIMIT 2)`);
  });
  afterAll(() => t.close());

  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: IdeaFilter, $orderBy: IdeaOrder) {
    ideas(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { title } } } }`;
  const titles = (page: any) => page.edges.map((e: { node: { title: string } }) => e.node.title);

  it('pages forward and back without losing or repeating an idea', async () => {
    const all = titles((await client.ok(PAGE, { first: 100 })).ideas);
    expect(all).toHaveLength(7);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await client.ok(PAGE, { first: 3, after })).ideas;
      seen.push(...titles(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const last: any = (await client.ok(PAGE, { last: 2, before: (await client.ok(PAGE, { first: 5 })).ideas.pageInfo.endCursor })).ideas;
    expect(titles(last)).toEqual(all.slice(2, 4));
  });

  it('filters by tag, text and author, and orders by endorsements', async () => {
    expect((await client.ok(PAGE, { filter: { tag: 'care' } })).ideas.totalCount).toBe(3);
    expect((await client.ok(PAGE, { filter: { text: 'vans' } })).ideas.totalCount).toBe(3);
    expect((await client.ok(PAGE, { filter: { text: 'vans', tag: 'care' } })).ideas.totalCount).toBe(1);
    const { viewer } = await client.ok(`{ viewer { id } }`);
    expect((await client.ok(PAGE, { filter: { authorId: viewer.id } })).ideas.totalCount).toBe(7);
    expect((await client.request(PAGE, { filter: { authorId: 'nope' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await client.request(`{ ideas(filter: { postedAfter: "not a date" }) { totalCount } }`)).errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'MALFORMED_VALUE',
      field: 'filter.postedAfter',
    });
    expect(errorReasons(await client.request(PAGE, { filter: { text: 'nul\u0000byte' } }))).toEqual(['MALFORMED_VALUE']);
    expect((await client.ok(PAGE, { orderBy: 'MOST_ENDORSED', first: 2 })).ideas.edges).toHaveLength(2);
    await t.db.query(`UPDATE ideas SET created_at = now() - interval '40 days' WHERE title IN ('Idea 5', 'Idea 6')`);
    const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString();
    expect(titles((await client.ok(PAGE, { filter: { postedAfter: lastMonth } })).ideas).sort()).toEqual(['Idea 0', 'Idea 1', 'Idea 2', 'Idea 3', 'Idea 4']);
  });

  it('lists the tags in use, most used first', async () => {
    expect((await client.ok(`{ tags { tag ideaCount } }`)).tags).toEqual([
      { tag: 'fleet', ideaCount: 4 },
      { tag: 'care', ideaCount: 3 },
    ]);
    expect((await client.ok(`{ tags(search: "fle") { tag } }`)).tags).toEqual([{ tag: 'fleet' }]);
  });
});
