import { StatementCounter, toGlobalId } from '@kindling/api/core';
import { aDepartment, aPerson, errorReasons, type GraphQLClient } from '@kindling/api/testing';
import { LINK_PARENT, POST_IDEA } from './operations';
import { startTestApp, type TestApp } from './test-app';

const PEOPLE = `query($search: String, $departmentId: ID, $first: Int, $after: String) {
  people(search: $search, departmentId: $departmentId, first: $first, after: $after) {
    edges { cursor node { id name ideaCount department { name } } }
    pageInfo { hasNextPage endCursor }
  } }`;
const FEED = `query($filter: IdeaFilter) { ideas(filter: $filter) { totalCount edges { node { title } } } }`;

describe('the people directory and finding ideas by person', () => {
  let t: TestApp;
  let client: GraphQLClient;
  let maria: GraphQLClient;
  let kasia: GraphQLClient;
  const ids: Record<string, string> = {};
  const names = async (search: string | null, departmentId?: string): Promise<string[]> =>
    (await client.ok(PEOPLE, { search, departmentId, first: 50 })).people.edges.map((e: { node: { name: string } }) => e.node.name);

  beforeAll(async () => {
    t = await startTestApp();
    const ops = await aDepartment(t.db, 'Directory Operations');
    const fleet = await aDepartment(t.db, 'Directory Fleet');
    for (const [key, name, dept] of [
      ['maria', 'María García', ops],
      ['mario', 'Mario Gar', fleet],
      ['kasia', 'Kasia Wiśniewska', fleet],
      ['lukasz', 'Łukasz Żółw', ops],
      ['soren', 'Søren Strauß', ops],
      ['anne', "Anne-Marie O'Neill", fleet],
    ] as const) {
      ids[key] = await aPerson(t.db, dept, name);
    }
    ids.ops = ops;
    ids.fleet = fleet;
    [client, maria, kasia] = await t.signedIn([ids.anne, ids.maria, ids.kasia]);
  });
  afterAll(() => t.close());

  it('finds people ignoring accents and case, by word prefixes in any order', async () => {
    expect(await names('Maria Garcia')).toEqual(['María García']);
    expect(await names('garcia maria')).toEqual(['María García']);
    expect(await names('GARC')).toEqual(['María García']);
    // a prefix of each word: "mar gar" is both María García and Mario Gar, alphabetically
    expect(await names('mar gar')).toEqual(['María García', 'Mario Gar']);
    expect(await names('kasia wis')).toEqual(['Kasia Wiśniewska']);
    expect(await names('wiśn')).toEqual(['Kasia Wiśniewska']);
    expect(await names('lukasz zolw')).toEqual(['Łukasz Żółw']);
    expect(await names('soren strauss')).toEqual(['Søren Strauß']);
    // hyphens and apostrophes separate words, on both sides
    expect(await names('marie oneill')).toEqual([]);
    expect(await names('marie o neill')).toEqual(["Anne-Marie O'Neill"]);
    expect(await names("o'neill anne")).toEqual(["Anne-Marie O'Neill"]);
    // a word must begin a word of the name, not sit inside one
    expect(await names('arcia')).toEqual([]);
    // punctuation alone matches nobody, LIKE's wildcards are plain text
    expect(await names('%')).toEqual([]);
    expect(await names('_mar gar%')).toEqual(['María García', 'Mario Gar']);
  });

  it('filters by department and pages alphabetically, accents ignored (Ł with the L)', async () => {
    expect(await names(null, toGlobalId('Department', ids.ops))).toEqual(['Łukasz Żółw', 'María García', 'Søren Strauß']);
    expect(await names('mar', toGlobalId('Department', ids.fleet))).toEqual(['Anne-Marie O\'Neill', 'Mario Gar']);
    const first = (await client.ok(PEOPLE, { departmentId: toGlobalId('Department', ids.fleet), first: 2 })).people;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await client.ok(PEOPLE, { departmentId: toGlobalId('Department', ids.fleet), first: 2, after: first.pageInfo.endCursor })).people;
    expect(next.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Mario Gar']);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a search that is too long, a bad cursor, a bad department id and a page too large', async () => {
    const long = await client.request(PEOPLE, { search: 'a'.repeat(101), first: 5 });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SEARCH_TOO_LONG', field: 'search' });
    expect((await client.request(PEOPLE, { search: 'a'.repeat(100), first: 5 })).errors).toBeUndefined();
    expect(errorReasons(await client.request(PEOPLE, { first: 5, after: 'bm90LWEtY3Vyc29y' }))).toEqual(['INVALID_CURSOR']);
    expect(errorReasons(await client.request(PEOPLE, { departmentId: toGlobalId('Idea', '1'), first: 5 }))).toEqual(['WRONG_ID_TYPE']);
    expect(errorReasons(await client.request(PEOPLE, { first: 500 }))).toEqual(['PAGE_SIZE_OUT_OF_RANGE']);
    expect((await t.client().request(PEOPLE, { search: 'maria', first: 5 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves the name search from the trigram index', async () => {
    const runner = t.db.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`SET LOCAL enable_seqscan = off`);
      const plan: Array<{ 'QUERY PLAN': string }> = await runner.query(`EXPLAIN SELECT id FROM people p WHERE p.search_name LIKE '%' || f_search_words('wis') || '%'`);
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('people_search_name_trgm_idx');
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  });

  it('counts listed ideas per person, in the same statements for a page of 2 as of 6', async () => {
    await maria.ok(POST_IDEA, { input: { title: 'Directory idea one', body: 'b' } });
    await maria.ok(POST_IDEA, { input: { title: 'Directory idea two', body: 'b' } });
    const counts = (await client.ok(PEOPLE, { search: 'maria garcia', first: 5 })).people.edges[0].node;
    expect(counts).toMatchObject({ name: 'María García', ideaCount: 2, department: { name: 'Directory Operations' } });
    const statements = async (first: number) => {
      await client.ok(PEOPLE, { search: 'directory', first });
      const before = StatementCounter.read();
      await client.ok(PEOPLE, { first });
      return StatementCounter.read() - before;
    };
    expect(await statements(6)).toBe(await statements(2));
  });

  it('lists a person’s ideas by author id, and searches ideas ignoring accents', async () => {
    await kasia.ok(POST_IDEA, { input: { title: 'Café Wiśniewska: łatwe zamówienia', body: 'Koffie bestellen in de kantine, met één klik.' } });
    const byKasia = (await client.ok(FEED, { filter: { authorId: toGlobalId('Person', ids.kasia) } })).ideas;
    expect(byKasia.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Café Wiśniewska: łatwe zamówienia']);
    const titles = async (text: string) => (await client.ok(FEED, { filter: { text } })).ideas.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(await titles('cafe')).toEqual(['Café Wiśniewska: łatwe zamówienia']);
    expect(await titles('CAFÉ wisniewska')).toEqual(['Café Wiśniewska: łatwe zamówienia']);
    expect(await titles('latwe zamowienia')).toEqual(['Café Wiśniewska: łatwe zamówienia']);
    expect(await titles('een klik')).toEqual(['Café Wiśniewska: łatwe zamówienia']);
    // part of a title still matches, as before
    expect(await titles('Wiśniew')).toEqual(['Café Wiśniewska: łatwe zamówienia']);
    expect(await titles('!!!')).toEqual([]);
  });

  it('links an idea its author wrote to another parent, and refuses a cycle and a non-author', async () => {
    const root = (await maria.ok(POST_IDEA, { input: { title: 'Link root', body: 'b' } })).postIdea.idea.id;
    const other = (await maria.ok(POST_IDEA, { input: { title: 'Link other', body: 'b' } })).postIdea.idea.id;
    const linked = (await maria.ok(LINK_PARENT, { input: { ideaId: other, parentId: root } })).linkParent.idea;
    expect(linked.parents.map((p: { idea: { id: string } }) => p.idea.id)).toEqual([root]);
    const cycle = await maria.request(LINK_PARENT, { input: { ideaId: root, parentId: other } });
    expect(cycle.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LINEAGE_CYCLE' });
    const again = await maria.request(LINK_PARENT, { input: { ideaId: other, parentId: root } });
    expect(errorReasons(again)).toEqual(['ALREADY_LINKED']);
    const stranger = await kasia.request(LINK_PARENT, { input: { ideaId: root, parentId: other } });
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AN_AUTHOR' });
  });
});
