import { toGlobalId } from '@kindling/api/core';
import { type GraphQLClient, aStaff } from '@kindling/api/testing';
import { COMMENT_CASES, DRAFT_CASES, PARENT_CASES } from '@kindling/shared/rules/cases';
import { startTestApp, type TestApp } from './test-app';

const POST = `mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } } }`;
const BUILD_ON = `mutation($input: BuildOnInput!) { buildOn(input: $input) { idea { id } } }`;
const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;

/** The API accepts and refuses exactly what the shared rules' table says (the web's forms check the same table). */
describe('the shared input rules, as the API enforces them', () => {
  let t: TestApp;
  let client: GraphQLClient;
  const parents: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    [client] = await t.signedIn((await aStaff(t.db, 1)).personIds);
    for (const label of 'abcdefghijk') parents[label] = (await client.ok(POST, { input: { title: `Parent ${label}`, body: 'p' } })).postIdea.idea.id;
  });
  afterAll(() => t.close());

  /** The refusal a response carries, as the table writes it, or null when the write went through. */
  async function outcome(query: string, input: Record<string, unknown>) {
    const response = await client.request(query, { input });
    const error = response.errors?.[0];
    if (error && !error.extensions?.reason) throw new Error(`not a refusal by the rules: ${JSON.stringify(error)}`);
    return error ? { field: error.extensions?.field, reason: error.extensions?.reason } : null;
  }

  it.each(DRAFT_CASES)('posting $name', async ({ draft, violation }) => {
    expect(await outcome(POST, draft)).toEqual(violation);
  });

  it.each(PARENT_CASES)('building on $name', async ({ parents: labels, relation, split, violation }) => {
    const input = { title: 'A build-on', body: 'b', parentIds: labels.map((l) => parents[l] ?? toGlobalId('Idea', '999999')), relation, split };
    expect(await outcome(BUILD_ON, input)).toEqual(violation);
  });

  it.each(COMMENT_CASES)('commenting $name', async ({ body, violation }) => {
    expect(await outcome(COMMENT, { ideaId: parents.a, body })).toEqual(violation);
  });
});
