import { aStaff } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { POST_IDEA } from './operations';

describe('comments', () => {
  let t: TestApp;
  let client: Awaited<ReturnType<TestApp['signedIn']>>[number];

  beforeAll(async () => {
    t = await startTestApp();
    [client] = await t.signedIn((await aStaff(t.db, 1)).personIds);
    for (const title of ['One', 'Two']) await client.ok(POST_IDEA, { input: { title, body: 'b' } });
  });
  afterAll(() => t.close());

  it('keeps comment threads at any depth', async () => {
    const { edges } = (await client.ok(`{ ideas(first: 1) { edges { node { id } } } }`)).ideas;
    const ideaId = edges[0].node.id;
    const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;
    let replyToId: string | undefined;
    for (const body of ['first', 'reply', 'reply to the reply']) {
      replyToId = (await client.ok(COMMENT, { input: { ideaId, body, replyToId } })).comment.comment.id;
    }
    const idea = (await client.ok(`query($id: ID!) { node(id: $id) { ... on Idea {
      commentCount comments { body replies { body replies { body } } } commentThread { body replyTo { body } } } } }`, { id: ideaId })).node;
    expect(idea.commentCount).toBe(3);
    expect(idea.comments).toEqual([{ body: 'first', replies: [{ body: 'reply', replies: [{ body: 'reply to the reply' }] }] }]);
    expect(idea.commentThread).toEqual([
      { body: 'first', replyTo: null },
      { body: 'reply', replyTo: { body: 'first' } },
      { body: 'reply to the reply', replyTo: { body: 'reply' } },
    ]);
    const elsewhere = await client.request(COMMENT, { input: { ideaId: (await client.ok(`{ ideas(first: 2) { edges { node { id } } } }`)).ideas.edges[1].node.id, body: 'x', replyToId } });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('endorsing while becoming a co-author', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('never leaves an author endorsing their own idea, however the two requests race', async () => {
    t = await startTestApp();
    const [poster, invitee] = await t.signedIn((await aStaff(t.db, 2)).personIds);
    const { viewer } = await invitee.ok(`{ viewer { id } }`);
    for (let round = 0; round < 10; round++) {
      const id = (await poster.ok(POST_IDEA, { input: { title: `Race ${round}`, body: 'r' } })).postIdea.idea.id;
      await poster.ok(`mutation($id: ID!, $p: ID!) { inviteCoAuthor(input: { ideaId: $id, personId: $p }) { idea { id } } }`, { id, p: viewer.id });
      await Promise.all([
        invitee.request(`mutation($id: ID!) { endorse(input: { ideaId: $id }) { idea { id } } }`, { id }),
        invitee.request(`mutation($id: ID!) { acceptCoAuthorship(input: { ideaId: $id }) { idea { id } } }`, { id }),
      ]);
      const idea = (await invitee.ok(`query($id: ID!) { node(id: $id) { ... on Idea { viewerIsAuthor viewerHasEndorsed endorsementCount } } }`, { id })).node;
      expect({ round, ...idea }).toEqual({ round, viewerIsAuthor: true, viewerHasEndorsed: false, endorsementCount: 0 });
    }
  });
});
