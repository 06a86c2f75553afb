import { StatementCounter, toGlobalId } from '@kindling/api/core';
import { aStaff, errorCodes, errorReasons, type GraphQLClient } from '@kindling/api/testing';
import { loadDemoOrganisation } from '@kindling/api/demo';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, CREDIT, ENDORSE, LINEAGE, LINK_PARENT, POST_IDEA } from './operations';

const EDIT = `mutation($input: EditIdeaInput!) { editIdea(input: $input) { idea { id title body tags editedAt
  revisions { number title body tags editedBy { id } editedAt } } } }`;
const WITHDRAW = `mutation($input: WithdrawIdeaInput!) { withdrawIdea(input: $input) { idea { id withdrawal { reason by { id } at } } } }`;
const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;
const EDIT_COMMENT = `mutation($input: EditCommentInput!) { editComment(input: $input) { comment { id body editedAt removedAt } } }`;
const REMOVE_COMMENT = `mutation($input: CommentRefInput!) { removeComment(input: $input) { comment { id body removedAt } idea { commentCount } } }`;
const ACCEPT = `mutation($ideaId: ID!) { acceptCoAuthorship(input: { ideaId: $ideaId }) { idea { id } } }`;
const INVITE = `mutation($ideaId: ID!, $personId: ID!) { inviteCoAuthor(input: { ideaId: $ideaId, personId: $personId }) { idea { id } } }`;

/** Everything credit and the ledger hold, to compare before and after a write that must not change them. */
async function creditAndLedger(t: TestApp) {
  const [ledger] = await t.db.query(`SELECT count(*)::int AS entries, (SELECT hash FROM ledger_entries ORDER BY seq DESC LIMIT 1) AS head FROM ledger_entries`);
  const upstream = await t.db.query(`SELECT idea_id::text, person_id::text, share FROM idea_upstream_credit ORDER BY 1, 2`);
  const retention = await t.db.query(`SELECT id::text, retention FROM ideas ORDER BY id`);
  return { ledger, upstream, retention };
}

async function eventsSince(t: TestApp, seq: string) {
  return t.db.query(`SELECT type, payload FROM outbox_events WHERE seq > $1 ORDER BY seq`, [seq]);
}

async function lastSeq(t: TestApp): Promise<string> {
  const [row] = await t.db.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM outbox_events`);
  return row.seq;
}

describe('authoring', () => {
  let t: TestApp;
  let poster: GraphQLClient, coAuthor: GraphQLClient, other: GraphQLClient;
  let people: { poster: string; coAuthor: string; other: string };

  const post = async (client: GraphQLClient, title: string, body = 'b', tags: string[] = []) =>
    (await client.ok(POST_IDEA, { input: { title, body, tags } })).postIdea.idea.id as string;

  beforeAll(async () => {
    t = await startTestApp();
    const { personIds } = await aStaff(t.db, 3);
    [poster, coAuthor, other] = await t.signedIn(personIds);
    const ids = await Promise.all([poster, coAuthor, other].map(async (c) => (await c.ok(`{ viewer { id } }`)).viewer.id as string));
    people = { poster: ids[0], coAuthor: ids[1], other: ids[2] };
  });
  afterAll(() => t.close());

  describe('editing an idea', () => {
    it('keeps every revision, oldest first, and lets an accepted co-author edit too', async () => {
      const id = await post(poster, 'Shared van', 'Book a van for the *whole* team.', ['transport']);
      await poster.ok(INVITE, { ideaId: id, personId: people.coAuthor });
      await coAuthor.ok(ACCEPT, { ideaId: id });
      const untouched = (await other.ok(`query($id: ID!) { node(id: $id) { ... on Idea { editedAt revisions { number title editedBy { id } } } } }`, { id })).node;
      expect(untouched).toEqual({ editedAt: null, revisions: [{ number: 1, title: 'Shared van', editedBy: { id: people.poster } }] });

      await poster.ok(EDIT, { input: { ideaId: id, title: '  Shared  electric van ' } });
      const { idea } = (await coAuthor.ok(EDIT, { input: { ideaId: id, body: 'Book an electric van for the whole team.', tags: ['Transport', 'green'] } })).editIdea;
      expect(idea).toMatchObject({ title: 'Shared electric van', body: 'Book an electric van for the whole team.', tags: ['transport', 'green'] });
      expect(idea.revisions.map((r: { number: number; title: string; body: string; tags: string[]; editedBy: { id: string } }) => [r.number, r.title, r.body, r.tags, r.editedBy.id])).toEqual([
        [1, 'Shared van', 'Book a van for the *whole* team.', ['transport'], people.poster],
        [2, 'Shared electric van', 'Book a van for the *whole* team.', ['transport'], people.poster],
        [3, 'Shared electric van', 'Book an electric van for the whole team.', ['transport', 'green'], people.coAuthor],
      ]);
      expect(idea.editedAt).toBe(idea.revisions[2].editedAt);
    });

    it('refuses anyone but an author, a missing idea, an edit that changes nothing, and text the shared rules refuse', async () => {
      const id = await post(poster, 'Quiet room', 'A room without phones.', ['focus']);
      expect(errorReasons(await other.request(EDIT, { input: { ideaId: id, title: 'Mine now' } }))).toEqual(['NOT_AN_AUTHOR']);
      expect(errorCodes(await other.request(EDIT, { input: { ideaId: id, title: 'Mine now' } }))).toEqual(['FORBIDDEN']);
      expect(errorReasons(await poster.request(EDIT, { input: { ideaId: toGlobalId('Idea', '999999'), title: 'x' } }))).toEqual(['IDEA_NOT_FOUND']);
      for (const input of [{}, { title: ' Quiet room ' }, { body: 'A room without phones.', tags: ['#Focus'] }]) {
        const response = await poster.request(EDIT, { input: { ideaId: id, ...input } });
        expect({ input, codes: errorCodes(response), reasons: errorReasons(response) }).toEqual({ input, codes: ['BAD_USER_INPUT'], reasons: ['NOTHING_CHANGED'] });
      }
      expect(errorReasons(await poster.request(EDIT, { input: { ideaId: id, title: '   ' } }))).toEqual(['TITLE_EMPTY']);
      expect(errorReasons(await poster.request(EDIT, { input: { ideaId: id, body: 'x'.repeat(20_001) } }))).toEqual(['BODY_TOO_LONG']);
      expect(errorReasons(await poster.request(EDIT, { input: { ideaId: id, tags: ['Not a tag!'] } }))).toEqual(['INVALID_TAG']);
      const revisions = (await poster.ok(`query($id: ID!) { node(id: $id) { ... on Idea { revisions { number } } } }`, { id })).node.revisions;
      expect(revisions).toEqual([{ number: 1 }]);
    });

    it('changes no credit and no ledger entry, publishes IDEA_EDITED, and the search follows the new text', async () => {
      const root = await post(poster, 'Bike racks', 'More racks.');
      const child = (await other.ok(BUILD_ON, { input: { parentIds: [root], title: 'Covered bike racks', body: 'With a roof.' } })).buildOn.idea.id;
      await coAuthor.ok(ENDORSE, { ideaId: child });
      const before = await creditAndLedger(t);
      const creditBefore = (await other.ok(CREDIT, { id: child })).node.credit;
      const seq = await lastSeq(t);
      await poster.ok(EDIT, { input: { ideaId: root, body: 'More racks near the zeppelinwharf entrance.' } });
      expect(await creditAndLedger(t)).toEqual(before);
      expect((await other.ok(CREDIT, { id: child })).node.credit).toEqual(creditBefore);
      expect(await eventsSince(t, seq)).toEqual([{ type: 'IDEA_EDITED', payload: { ideaId: expect.any(String), revision: 2 } }]);
      const found = (await other.ok(`{ ideas(filter: { text: "zeppelinwharf" }) { edges { node { id } } } }`)).ideas.edges;
      expect(found).toEqual([{ node: { id: root } }]);
    });
  });

  describe('withdrawing an idea', () => {
    it('keeps it in lineages and credit, refuses endorsing, building on, linking and editing it, and hides it from the feed', async () => {
      const root = await post(poster, 'Canteen menu vote', 'Vote on the menu.');
      const child = (await other.ok(BUILD_ON, { input: { parentIds: [root], title: 'Weekly menu vote', body: 'Every week.' } })).buildOn.idea.id;
      const loose = await post(other, 'Menu in Dutch and English', 'Both languages.');
      const before = await creditAndLedger(t);
      const creditBefore = (await other.ok(CREDIT, { id: child })).node.credit;
      const seq = await lastSeq(t);

      expect(errorReasons(await other.request(WITHDRAW, { input: { ideaId: root, reason: 'Not mine' } }))).toEqual(['NOT_AN_AUTHOR']);
      expect(errorReasons(await poster.request(WITHDRAW, { input: { ideaId: root, reason: '  ' } }))).toEqual(['WITHDRAWAL_REASON_EMPTY']);
      expect(errorReasons(await poster.request(WITHDRAW, { input: { ideaId: root, reason: 'x'.repeat(2_001) } }))).toEqual(['WITHDRAWAL_REASON_TOO_LONG']);
      const { idea } = (await poster.ok(WITHDRAW, { input: { ideaId: root, reason: ' The canteen already runs a vote. ' } })).withdrawIdea;
      expect(idea.withdrawal).toEqual({ reason: 'The canteen already runs a vote.', by: { id: people.poster }, at: expect.any(String) });
      expect(await eventsSince(t, seq)).toEqual([{ type: 'IDEA_WITHDRAWN', payload: { ideaId: expect.any(String), reason: 'The canteen already runs a vote.' } }]);
      expect(await creditAndLedger(t)).toEqual(before);
      expect((await other.ok(CREDIT, { id: child })).node.credit).toEqual(creditBefore);

      const refusals = [
        await other.request(ENDORSE, { ideaId: root }),
        await other.request(BUILD_ON, { input: { parentIds: [loose, root], title: 'Again', body: 'b' } }),
        await other.request(LINK_PARENT, { input: { ideaId: loose, parentId: root } }),
        await poster.request(EDIT, { input: { ideaId: root, title: 'Changed' } }),
        await poster.request(WITHDRAW, { input: { ideaId: root, reason: 'Twice' } }),
      ];
      expect(refusals.map((r) => [errorCodes(r)[0], errorReasons(r)[0], r.errors?.[0].extensions?.field])).toEqual([
        ['CONFLICT', 'IDEA_WITHDRAWN', 'ideaId'],
        ['CONFLICT', 'IDEA_WITHDRAWN', 'parentIds[1]'],
        ['CONFLICT', 'IDEA_WITHDRAWN', 'parentId'],
        ['CONFLICT', 'IDEA_WITHDRAWN', 'ideaId'],
        ['CONFLICT', 'IDEA_WITHDRAWN', 'ideaId'],
      ]);
      expect(await creditAndLedger(t)).toEqual(before);

      const lineage = (await other.ok(LINEAGE.replace('nodes { id }', 'nodes { id withdrawal { reason } }'), { id: child, direction: 'ANCESTORS' })).node.lineage;
      expect(lineage.nodes).toEqual([
        { id: child, withdrawal: null },
        { id: root, withdrawal: { reason: 'The canteen already runs a vote.' } },
      ]);
      const feed = (await other.ok(`{ ideas(first: 100) { totalCount edges { node { id } } } }`)).ideas;
      expect(feed.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(root);
      expect(feed.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(child);
      expect(feed.totalCount).toBe(feed.edges.length);
      const mine = (await poster.ok(`query($id: ID!) { node(id: $id) { ... on Person { ideas(first: 100) { edges { node { id } } } } } }`, { id: people.poster })).node.ideas;
      expect(mine.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(root);
    });
  });

  describe('comments', () => {
    it('lets its author edit and remove a comment, leaving a placeholder its replies stay attached to', async () => {
      const ideaId = await post(poster, 'Standing desks', 'For everyone.');
      const first = (await other.ok(COMMENT, { input: { ideaId, body: 'Good idea' } })).comment.comment.id;
      const reply = (await poster.ok(COMMENT, { input: { ideaId, body: 'Thanks!', replyToId: first } })).comment.comment.id;
      const seq = await lastSeq(t);

      expect(errorReasons(await poster.request(EDIT_COMMENT, { input: { commentId: first, body: 'Bad idea' } }))).toEqual(['NOT_COMMENT_AUTHOR']);
      expect(errorCodes(await poster.request(REMOVE_COMMENT, { input: { commentId: first } }))).toEqual(['FORBIDDEN']);
      expect(errorReasons(await other.request(EDIT_COMMENT, { input: { commentId: first, body: ' Good idea ' } }))).toEqual(['COMMENT_UNCHANGED']);
      expect(errorReasons(await other.request(EDIT_COMMENT, { input: { commentId: first, body: ' ' } }))).toEqual(['COMMENT_EMPTY']);

      const edited = (await other.ok(EDIT_COMMENT, { input: { commentId: first, body: 'Good idea, if they are quiet' } })).editComment.comment;
      expect(edited).toEqual({ id: first, body: 'Good idea, if they are quiet', editedAt: expect.any(String), removedAt: null });
      const removed = (await other.ok(REMOVE_COMMENT, { input: { commentId: first } })).removeComment;
      expect(removed).toEqual({ comment: { id: first, body: null, removedAt: expect.any(String) }, idea: { commentCount: 1 } });
      expect(await eventsSince(t, seq)).toEqual([
        { type: 'COMMENT_EDITED', payload: { ideaId: expect.any(String), commentId: expect.any(String) } },
        { type: 'COMMENT_REMOVED', payload: { ideaId: expect.any(String), commentId: expect.any(String) } },
      ]);
      // removed means gone from the database too, not only hidden
      expect(await t.db.query(`SELECT body FROM comments WHERE removed_at IS NOT NULL`)).toEqual([{ body: '' }]);

      const thread = (await poster.ok(`query($id: ID!) { node(id: $id) { ... on Idea { commentCount comments { id body removedAt replies { id body } } } } }`, { id: ideaId })).node;
      expect(thread).toEqual({ commentCount: 1, comments: [{ id: first, body: null, removedAt: expect.any(String), replies: [{ id: reply, body: 'Thanks!' }] }] });

      const refusals = [
        await other.request(EDIT_COMMENT, { input: { commentId: first, body: 'Back' } }),
        await other.request(REMOVE_COMMENT, { input: { commentId: first } }),
        await poster.request(COMMENT, { input: { ideaId, body: 'Why?', replyToId: first } }),
      ];
      expect(refusals.map((r) => [errorCodes(r)[0], errorReasons(r)[0], r.errors?.[0].extensions?.field])).toEqual([
        ['CONFLICT', 'COMMENT_REMOVED', 'commentId'],
        ['CONFLICT', 'COMMENT_REMOVED', 'commentId'],
        ['CONFLICT', 'COMMENT_REMOVED', 'replyToId'],
      ]);
    });
  });

  describe('statements', () => {
    const PAGE = `query($first: Int!) { ideas(first: $first) { edges { node { id editedAt withdrawal { reason by { name } }
      revisions { number title editedBy { name } } } } } }`;

    async function statementsFor(client: GraphQLClient, first: number): Promise<number> {
      await client.ok(PAGE, { first });
      const before = StatementCounter.read();
      await client.ok(PAGE, { first });
      return StatementCounter.read() - before;
    }

    it('reads the revisions and withdrawals of a page of ideas in a constant number of statements', async () => {
      for (let i = 0; i < 12; i++) {
        const id = await post(poster, `Page idea ${i}`);
        await poster.ok(EDIT, { input: { ideaId: id, title: `Page idea ${i}, sharper` } });
      }
      const small = await statementsFor(other, 2);
      const large = await statementsFor(other, 12);
      expect(large).toBeLessThanOrEqual(small);
    });
  });
});

describe('the demo organisation’s authoring', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoOrganisation(t.db, t.app);
  }, 240_000); // the whole demo organisation, through the services
  afterAll(() => t.close());

  it('has ideas with several revisions, a withdrawn idea still in its build-on’s lineage, and an edited and a removed comment', async () => {
    const revised = await t.db.query(`SELECT i.title, count(*)::int AS revisions FROM idea_revisions r JOIN ideas i ON i.id = r.idea_id GROUP BY i.title ORDER BY 2 DESC, 1`);
    expect(revised.length).toBeGreaterThanOrEqual(2);
    expect(revised[0]).toEqual({ title: 'Proper winter jackets, gloves and hats for drivers', revisions: 3 });
    const [withdrawn] = await t.db.query(
      `SELECT i.title, w.reason, (SELECT count(*)::int FROM idea_edges e WHERE e.parent_id = i.id) AS "buildOns" FROM idea_withdrawals w JOIN ideas i ON i.id = w.idea_id`,
    );
    expect(withdrawn).toMatchObject({ title: 'A live pick rate leaderboard per picker on the hall screens', buildOns: 1 });
    const comments = await t.db.query(
      `SELECT c.edited_at IS NOT NULL AS edited, c.removed_at IS NOT NULL AS removed, (SELECT count(*)::int FROM comments r WHERE r.reply_to_id = c.id) AS replies
         FROM comments c WHERE c.edited_at IS NOT NULL OR c.removed_at IS NOT NULL ORDER BY c.id`,
    );
    expect(comments).toEqual([
      { edited: true, removed: false, replies: 0 },
      { edited: false, removed: true, replies: 1 },
    ]);
    // revisions are dated after their idea was posted and before now, in order
    const [{ misdated }] = await t.db.query(
      `SELECT count(*)::int AS misdated FROM idea_revisions r JOIN ideas i ON i.id = r.idea_id
        WHERE r.edited_at < i.created_at OR r.edited_at > now()
           OR EXISTS (SELECT 1 FROM idea_revisions p WHERE p.idea_id = r.idea_id AND p.number < r.number AND p.edited_at > r.edited_at)`,
    );
    expect(misdated).toBe(0);
  });
});
