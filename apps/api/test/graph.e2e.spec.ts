import { aStaff, errorCodes, errorReasons } from '@kindling/api/testing';
import type { GraphQLClient } from '@kindling/api/testing';
import { toGlobalId } from '@kindling/api/core';
import { startTestApp, type TestApp } from './test-app';
import { ACCEPT, BUILD_ON, INVITE, LINK_PARENT, POST_IDEA } from './operations';

/** Everything a refused write must leave untouched. */
async function snapshot(t: TestApp) {
  const [row] = await t.db.query(
    `SELECT (SELECT count(*) FROM ideas)::int AS ideas, (SELECT count(*) FROM idea_edges)::int AS edges,
            (SELECT count(*) FROM ledger_entries)::int AS ledger, (SELECT count(*) FROM idea_upstream_credit)::int AS credit,
            (SELECT count(*) FROM idea_authors)::int AS authors`,
  );
  return row;
}

describe('the attribution graph: posting, building on, linking, authorship', () => {
  let t: TestApp;
  let me: GraphQLClient;
  let other: GraphQLClient;
  const people: string[] = [];
  const post = async (client: GraphQLClient, title: string) => (await client.ok(POST_IDEA, { input: { title, body: `${title}.` } })).postIdea.idea.id as string;

  beforeAll(async () => {
    t = await startTestApp();
    const { personIds } = await aStaff(t.db, 3);
    people.push(...personIds.map((id) => toGlobalId('Person', id)));
    me = t.client();
    await me.signInAs(people[0]);
    other = t.client();
    await other.signInAs(people[1]);
  });
  afterAll(() => t.close());

  it('posts an idea as the signed-in person and builds on two ideas at once', async () => {
    const alice = me;
    const a = (await alice.ok(POST_IDEA, { input: { title: '  Shift swap board ', body: 'Let staff swap shifts.', tags: ['Rostering', 'rostering'] } })).postIdea.idea;
    expect(a.title).toBe('Shift swap board');
    expect(a.tags).toEqual(['rostering']);
    expect(a.authors).toEqual([{ id: people[0] }]);

    const bob = other;
    const b = (await bob.ok(POST_IDEA, { input: { title: 'Rota app', body: 'An app for rotas.' } })).postIdea.idea;
    const c = (await bob.ok(BUILD_ON, { input: { parentIds: [a.id, b.id], split: [3, 1], title: 'Rota app with swaps', body: 'Both.' } })).buildOn.idea;
    expect(c.parents).toEqual([
      { relation: 'COMBINES', split: 0.75, idea: { id: a.id } },
      { relation: 'COMBINES', split: 0.25, idea: { id: b.id } },
    ]);
  });

  it('refuses a link that would make the lineage circular, or that exists, with CONFLICT and its reason, and changes nothing', async () => {
    const a = await post(me, 'A');
    const b = (await me.ok(BUILD_ON, { input: { parentIds: [a], title: 'B', body: 'b' } })).buildOn.idea.id;
    const c = (await me.ok(BUILD_ON, { input: { parentIds: [b], title: 'C', body: 'c' } })).buildOn.idea.id;
    const before = await snapshot(t);
    for (const [ideaId, parentId, reason] of [[a, c, 'LINEAGE_CYCLE'], [a, b, 'LINEAGE_CYCLE'], [a, a, 'LINEAGE_CYCLE'], [b, a, 'ALREADY_LINKED']]) {
      const response = await me.request(LINK_PARENT, { input: { ideaId, parentId } });
      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(errorReasons(response)).toEqual([reason]);
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it('keeps the graph acyclic when two requests race to close a cycle', async () => {
    for (let round = 0; round < 8; round++) {
      const x = await post(me, `X${round}`);
      const y = await post(me, `Y${round}`);
      const results = await Promise.all([
        me.request(LINK_PARENT, { input: { ideaId: x, parentId: y } }),
        me.request(LINK_PARENT, { input: { ideaId: y, parentId: x } }),
      ]);
      const codes = results.map((r) => errorCodes(r)[0] ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
    }
    const [{ cyclic }] = await t.db.query(
      `WITH RECURSIVE walk(start_id, id) AS (
         SELECT child_id, parent_id FROM idea_edges
         UNION SELECT w.start_id, e.parent_id FROM idea_edges e JOIN walk w ON e.child_id = w.id)
       SELECT EXISTS (SELECT 1 FROM walk WHERE start_id = id) AS cyclic`,
    );
    expect(cyclic).toBe(false);
  });

  it('answers malformed input with BAD_USER_INPUT or NOT_FOUND and changes nothing', async () => {
    const a = await post(me, 'Parent');
    const before = await snapshot(t);
    const cases: Array<[string, Record<string, unknown>, string, string, string | undefined]> = [
      [POST_IDEA, { input: { title: '   ', body: 'x' } }, 'BAD_USER_INPUT', 'TITLE_EMPTY', 'title'],
      [POST_IDEA, { input: { title: 'x'.repeat(201), body: 'x' } }, 'BAD_USER_INPUT', 'TITLE_TOO_LONG', 'title'],
      [POST_IDEA, { input: { title: 'ok', body: ' ' } }, 'BAD_USER_INPUT', 'BODY_EMPTY', 'body'],
      [POST_IDEA, { input: { title: 'ok', body: 'x', tags: ['no spaces allowed!'] } }, 'BAD_USER_INPUT', 'INVALID_TAG', 'tags'],
      [POST_IDEA, { input: { title: 42, body: 'x' } }, 'BAD_USER_INPUT', 'MALFORMED_VALUE', undefined],
      [POST_IDEA, { input: { title: 'a\u0000b', body: 'x' } }, 'BAD_USER_INPUT', 'MALFORMED_VALUE', 'input.title'],
      [BUILD_ON, { input: { parentIds: [], title: 't', body: 'b' } }, 'BAD_USER_INPUT', 'PARENT_COUNT', 'parentIds'],
      [BUILD_ON, { input: { parentIds: ['not-an-id'], title: 't', body: 'b' } }, 'BAD_USER_INPUT', 'INVALID_ID', 'parentIds[0]'],
      [BUILD_ON, { input: { parentIds: [people[0]], title: 't', body: 'b' } }, 'BAD_USER_INPUT', 'WRONG_ID_TYPE', 'parentIds[0]'],
      [BUILD_ON, { input: { parentIds: [a, a], title: 't', body: 'b' } }, 'BAD_USER_INPUT', 'DUPLICATE_PARENT', 'parentIds'],
      [BUILD_ON, { input: { parentIds: [a], split: [1, 2], title: 't', body: 'b' } }, 'BAD_USER_INPUT', 'SPLIT_LENGTH', 'split'],
      [BUILD_ON, { input: { parentIds: [a], split: [-1], title: 't', body: 'b' } }, 'BAD_USER_INPUT', 'SPLIT_NOT_POSITIVE', 'split'],
      [BUILD_ON, { input: { parentIds: [a], relation: 'COMBINES', title: 't', body: 'b' } }, 'BAD_USER_INPUT', 'COMBINES_NEEDS_TWO', 'relation'],
      [BUILD_ON, { input: { parentIds: [toGlobalId('Idea', '999999')], title: 't', body: 'b' } }, 'NOT_FOUND', 'IDEA_NOT_FOUND', 'parentIds[0]'],
      [BUILD_ON, { input: { parentIds: [a], relation: 'INVENTS', title: 't', body: 'b' } }, 'BAD_USER_INPUT', 'MALFORMED_VALUE', undefined],
    ];
    for (const [query, variables, code, reason, field] of cases) {
      const response = await me.request(query, variables);
      const errors = (response.errors ?? []).map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason, field: e.extensions?.field }));
      expect({ variables, errors }).toEqual({ variables, errors: [{ code, reason, field }] });
      expect(JSON.stringify(response.errors)).not.toMatch(/SELECT|INSERT|at .*\.ts|stack/i);
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it('lets only an idea’s authors link it, invite co-authors, and never endorse it', async () => {
    const mine = await post(me, 'Mine');
    const theirs = await post(other, 'Theirs');
    expect(errorReasons(await other.request(LINK_PARENT, { input: { ideaId: mine, parentId: theirs } }))).toEqual(['NOT_AN_AUTHOR']);
    expect(errorReasons(await other.request(INVITE, { ideaId: mine, personId: people[2] }))).toEqual(['NOT_AN_AUTHOR']);
    expect(errorReasons(await me.request(`mutation($id: ID!) { endorse(input: { ideaId: $id }) { idea { id } } }`, { id: mine }))).toEqual(['OWN_IDEA']);
    expect(errorReasons(await other.request(ACCEPT, { ideaId: mine }))).toEqual(['NO_INVITATION']);
    expect(errorReasons(await me.request(INVITE, { ideaId: mine, personId: people[0] }))).toEqual(['ALREADY_AUTHOR']);
    expect(errorReasons(await me.request(INVITE, { ideaId: mine, personId: toGlobalId('Person', '999999') }))).toEqual(['PERSON_NOT_FOUND']);
  });

});
