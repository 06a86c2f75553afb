import { StatementCounter, toGlobalId } from '@kindling/api/core';
import { type GraphQLClient, aDepartment, aPerson, errorCodes, errorReasons } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, POST_IDEA } from './operations';

const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { idea { id } comment { id } } }`;
const HIDE = `mutation($input: ModerateContentInput!) { hideContent(input: $input) { idea { id hidden } comment { id hidden } } }`;
const UNHIDE = `mutation($input: ModerateContentInput!) { unhideContent(input: $input) { idea { id hidden } comment { id hidden } } }`;
const DISMISS = `mutation($input: ModerateContentInput!) { dismissFlags(input: $input) { idea { id } } }`;
const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;
const QUEUE = `query($state: ModerationQueueState, $first: Int, $after: String) { moderationQueue(state: $state, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { flagCount firstFlaggedAt lastResolvedAt hidden idea { id title } comment { id body }
    flags { reason note createdAt resolvedAt resolution flaggedBy { id } resolvedBy { id } } } } } }`;
const IDEA = `query($id: ID!) { node(id: $id) { ... on Idea { id title body tags hidden
  moderation { hidden reason at history { action reason by { id } } }
  comments { id body hidden moderation { reason } replies { body } } } } }`;
const CREDIT_OF = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Idea { id credit { shares { ppm person { id } } } } } }`;

const personCredit = (client: GraphQLClient, id: string) =>
  client.ok(`query($id: ID!) { node(id: $id) { ... on Person { credit(first: 100) { edges { node { ppm idea { id } } } } } } }`, { id });

describe('moderation', () => {
  let t: TestApp;
  let ids: { alice: string; bob: string; carol: string; dave: string; admin: string };
  let alice: GraphQLClient, bob: GraphQLClient, carol: GraphQLClient, dave: GraphQLClient, admin: GraphQLClient;
  let root: string, child: string, grandchild: string, comment: string, reply: string;
  /** Every idea's credit, hidden ones included (they leave the feed, not the graph). */
  const allCredit = async () => {
    const rows: Array<{ id: string }> = await t.db.query(`SELECT id::text AS id FROM ideas ORDER BY id`);
    return admin.ok(CREDIT_OF, { ids: rows.map((r) => toGlobalId('Idea', r.id)) });
  };

  beforeAll(async () => {
    t = await startTestApp();
    const dep = await aDepartment(t.db);
    const [a, b, c, d] = [await aPerson(t.db, dep, 'Alice'), await aPerson(t.db, dep, 'Bob'), await aPerson(t.db, dep, 'Carol'), await aPerson(t.db, dep, 'Dave')];
    const m = await aPerson(t.db, dep, 'Mod', 'ADMIN');
    ids = { alice: a, bob: b, carol: c, dave: d, admin: m };
    [alice, bob, carol, dave, admin] = await t.signedIn([a, b, c, d, m]);
    root = (await alice.ok(POST_IDEA, { input: { title: 'Cheap parking passes for my cousin', body: 'Call Jan at 06-12345678', tags: ['parking'] } })).postIdea.idea.id;
    child = (await bob.ok(BUILD_ON, { input: { parentIds: [root], title: 'Visitor parking calendar', body: 'Shared calendar' } })).buildOn.idea.id;
    grandchild = (await carol.ok(BUILD_ON, { input: { parentIds: [child], title: 'Calendar reminders', body: 'Mail the visitor' } })).buildOn.idea.id;
    await dave.ok(`mutation($id: ID!) { endorse(input: { ideaId: $id }) { idea { id } } }`, { id: child });
    comment = (await dave.ok(COMMENT, { input: { ideaId: root, body: 'You are all idiots' } })).comment.comment.id;
    reply = (await bob.ok(COMMENT, { input: { ideaId: root, body: 'Please keep it friendly', replyToId: comment } })).comment.comment.id;
  });
  afterAll(() => t.close());

  describe('flags', () => {
    it('lets anyone flag someone else’s idea or comment once, with a reason and a note when the reason is OTHER', async () => {
      expect((await carol.ok(FLAG, { input: { ideaId: root, reason: 'PERSONAL_DATA' } })).flagContent.idea.id).toBe(root);
      const again = await carol.request(FLAG, { input: { ideaId: root, reason: 'SPAM' } });
      expect([errorCodes(again), errorReasons(again)]).toEqual([['CONFLICT'], ['ALREADY_FLAGGED']]);
      await bob.ok(FLAG, { input: { ideaId: root, reason: 'OFF_TOPIC', note: 'Not an idea for the company' } });
      const onComment = await carol.ok(FLAG, { input: { commentId: comment, reason: 'OTHER', note: 'Insults colleagues' } });
      expect(onComment.flagContent).toEqual({ idea: { id: root }, comment: { id: comment } });
    });

    it('refuses own content, a missing note for OTHER, long notes, unknown content and anything but exactly one target', async () => {
      const refused = async (client: GraphQLClient, input: Record<string, unknown>) => {
        const res = await client.request(FLAG, { input });
        return [errorCodes(res)[0], errorReasons(res)[0], res.errors?.[0].extensions?.field];
      };
      expect(await refused(alice, { ideaId: root, reason: 'SPAM' })).toEqual(['FORBIDDEN', 'OWN_CONTENT', 'ideaId']);
      expect(await refused(dave, { commentId: comment, reason: 'SPAM' })).toEqual(['FORBIDDEN', 'OWN_CONTENT', 'commentId']);
      expect(await refused(dave, { ideaId: child, reason: 'OTHER', note: '  ' })).toEqual(['BAD_USER_INPUT', 'FLAG_NOTE_REQUIRED', 'note']);
      expect(await refused(dave, { ideaId: child, reason: 'SPAM', note: 'x'.repeat(1001) })).toEqual(['BAD_USER_INPUT', 'FLAG_NOTE_TOO_LONG', 'note']);
      expect(await refused(dave, { ideaId: child, commentId: comment, reason: 'SPAM' })).toEqual(['BAD_USER_INPUT', 'ONE_TARGET', 'ideaId']);
      expect(await refused(dave, { reason: 'SPAM' })).toEqual(['BAD_USER_INPUT', 'ONE_TARGET', 'ideaId']);
      expect(await refused(dave, { ideaId: toGlobalId('Idea', '999999'), reason: 'SPAM' })).toEqual(['NOT_FOUND', 'IDEA_NOT_FOUND', 'ideaId']);
      expect(await refused(dave, { commentId: toGlobalId('Comment', '999999'), reason: 'SPAM' })).toEqual(['NOT_FOUND', 'COMMENT_NOT_FOUND', 'commentId']);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM flags`);
      expect(n).toBe(3);
    });

    it('shows admins one item per flagged idea or comment with its flags, the longest waiting first, page by page', async () => {
      const first = (await admin.ok(QUEUE, { first: 1 })).moderationQueue;
      expect(first.totalCount).toBe(2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.edges[0].node).toMatchObject({
        flagCount: 2,
        hidden: false,
        lastResolvedAt: null,
        idea: { id: root, title: 'Cheap parking passes for my cousin' },
        comment: null,
        flags: [
          { reason: 'PERSONAL_DATA', note: '', flaggedBy: { id: toGlobalId('Person', ids.carol) }, resolution: null, resolvedBy: null },
          { reason: 'OFF_TOPIC', note: 'Not an idea for the company', flaggedBy: { id: toGlobalId('Person', ids.bob) } },
        ],
      });
      const second = (await admin.ok(QUEUE, { first: 1, after: first.pageInfo.endCursor })).moderationQueue;
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(second.edges[0].node).toMatchObject({ flagCount: 1, idea: { id: root }, comment: { id: comment, body: 'You are all idiots' }, flags: [{ reason: 'OTHER' }] });
      const bad = await admin.request(QUEUE, { after: 'bm9wZQ' });
      expect(errorReasons(bad)).toEqual(['INVALID_CURSOR']);
    });

    it('keeps the queue and every moderator action for admins', async () => {
      const before = (await t.db.query(`SELECT count(*)::int AS n FROM outbox_events`))[0].n;
      for (const [query, variables] of [
        [QUEUE, {}],
        [HIDE, { input: { ideaId: child, reason: 'r' } }],
        [UNHIDE, { input: { ideaId: child, reason: 'r' } }],
        [DISMISS, { input: { ideaId: root, reason: 'r' } }],
      ] as const) {
        for (const member of [carol, alice]) {
          const res = await member.request(query, variables);
          expect([errorCodes(res), errorReasons(res)]).toEqual([['FORBIDDEN'], ['ROLE_REQUIRED']]);
        }
      }
      expect((await t.db.query(`SELECT count(*)::int AS n FROM outbox_events`))[0].n).toBe(before);
    });
  });

  describe('hiding an idea', () => {
    let creditBefore: unknown;
    let peopleBefore: unknown[];

    beforeAll(async () => {
      creditBefore = await allCredit();
      peopleBefore = await Promise.all(Object.values(ids).map((id) => personCredit(admin, toGlobalId('Person', id))));
    });

    it('needs a reason of at most 2,000 characters', async () => {
      for (const [reason, expected] of [['  ', 'MODERATION_REASON_EMPTY'], ['x'.repeat(2001), 'MODERATION_REASON_TOO_LONG']]) {
        const res = await admin.request(HIDE, { input: { ideaId: root, reason } });
        expect([errorCodes(res), errorReasons(res), res.errors?.[0].extensions?.field]).toEqual([['BAD_USER_INPUT'], [expected], 'reason']);
      }
    });

    it('hides it once, resolves its open flags and ledgers the decision', async () => {
      const hidden = await admin.ok(HIDE, { input: { ideaId: root, reason: 'Shares a colleague’s phone number' } });
      expect(hidden.hideContent.idea).toEqual({ id: root, hidden: true });
      const again = await admin.request(HIDE, { input: { ideaId: root, reason: 'again' } });
      expect([errorCodes(again), errorReasons(again)]).toEqual([['CONFLICT'], ['ALREADY_HIDDEN']]);

      const open = (await admin.ok(QUEUE, {})).moderationQueue;
      expect(open.edges.map((e: { node: { comment: { id: string } | null } }) => e.node.comment?.id)).toEqual([comment]);
      const resolved = (await admin.ok(QUEUE, { state: 'RESOLVED' })).moderationQueue;
      expect(resolved.totalCount).toBe(1);
      expect(resolved.edges[0].node).toMatchObject({
        hidden: true,
        idea: { id: root, title: 'Cheap parking passes for my cousin' },
        flags: [
          { resolution: 'HIDDEN', resolvedBy: { id: toGlobalId('Person', ids.admin) } },
          { resolution: 'HIDDEN', resolvedBy: { id: toGlobalId('Person', ids.admin) } },
        ],
      });
      expect(resolved.edges[0].node.lastResolvedAt).not.toBeNull();

      const events = await t.db.query(`SELECT type, actor_id::text AS "actorId", payload FROM outbox_events WHERE type LIKE 'CONTENT_%' ORDER BY seq`);
      const rootLocal = root && (await t.db.query(`SELECT id::text AS id FROM ideas WHERE title = 'Cheap parking passes for my cousin'`))[0].id;
      expect(events.map((e: { type: string }) => e.type)).toEqual(['CONTENT_FLAGGED', 'CONTENT_FLAGGED', 'CONTENT_FLAGGED', 'CONTENT_HIDDEN']);
      expect(events[3]).toEqual({
        type: 'CONTENT_HIDDEN',
        actorId: ids.admin,
        payload: { ideaId: rootLocal, commentId: null, reason: 'Shares a colleague’s phone number', resolvedFlags: 2 },
      });
      const ledger = await t.db.query(`SELECT event_type AS type, payload FROM ledger_entries WHERE event_type LIKE 'CONTENT_%'`);
      expect(ledger).toEqual([{ type: 'CONTENT_HIDDEN', payload: events[3].payload }]);
      const { verifyLedger } = await carol.ok(`{ verifyLedger { intact problems } }`);
      expect(verifyLedger).toEqual({ intact: true, problems: [] });
    });

    it('changes nobody’s credit: every idea and every person holds exactly what they held', async () => {
      expect(await allCredit()).toEqual(creditBefore);
      expect(await Promise.all(Object.values(ids).map((id) => personCredit(admin, toGlobalId('Person', id))))).toEqual(peopleBefore);
    });

    it('withholds its title, body and tags from everyone but its authors and admins, on every read path', async () => {
      const seen = (await carol.ok(IDEA, { id: root })).node;
      expect(seen).toMatchObject({ title: 'Hidden by a moderator', body: '', tags: [], hidden: true, moderation: null });

      // it leaves the feed, search, tags, similar ideas and the board
      const feed = (await carol.ok(`{ ideas(first: 50) { totalCount edges { node { id } } } }`)).ideas;
      expect(feed.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([child, grandchild].sort());
      expect(feed.totalCount).toBe(2);
      expect((await carol.ok(`{ ideas(filter: { text: "cousin" }) { totalCount } }`)).ideas.totalCount).toBe(0);
      expect((await carol.ok(`{ tags { tag } }`)).tags).toEqual([]);
      const similar = (await carol.ok(`{ similarIdeas(title: "Cheap parking passes for my cousin") { idea { id } } }`)).similarIdeas;
      expect(similar.map((s: { idea: { id: string } }) => s.idea.id)).toEqual([child]);
      expect((await carol.ok(`{ leaderboard { idea { id } } }`)).leaderboard.map((e: { idea: { id: string } }) => e.idea.id)).not.toContain(root);

      // it stays in lineages and credit trails, masked
      const lineage = (await carol.ok(`query($id: ID!) { node(id: $id) { ... on Idea { lineage(direction: ANCESTORS) { nodes { id title body hidden } } parents { idea { title } } } } }`, { id: grandchild })).node;
      expect(lineage.lineage.nodes).toEqual([
        { id: grandchild, title: 'Calendar reminders', body: 'Mail the visitor', hidden: false },
        { id: child, title: 'Visitor parking calendar', body: 'Shared calendar', hidden: false },
        { id: root, title: 'Hidden by a moderator', body: '', hidden: true },
      ]);
      const trail = (
        await carol.ok(`query($id: ID!, $p: ID!) { node(id: $id) { ... on Idea { upstreamCredit { trail(personId: $p) { terms { via { title hidden } } } } } } }`, {
          id: child,
          p: toGlobalId('Person', ids.alice),
        })
      ).node.upstreamCredit.trail;
      expect(trail.terms).toEqual([{ via: { title: 'Hidden by a moderator', hidden: true } }]);
      const personIdeas = (await personCredit(carol, toGlobalId('Person', ids.alice))).node.credit.edges;
      expect(personIdeas.map((e: { node: { idea: { id: string } } }) => e.node.idea.id)).toContain(root);
      const nodes = (await carol.ok(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Idea { title } } }`, { ids: [root] })).nodes;
      expect(nodes).toEqual([{ title: 'Hidden by a moderator' }]);
      // signed out, nothing is read at all (the access gate); a comment's idea is masked too
      const viaComment = (await carol.ok(`query($id: ID!) { node(id: $id) { ... on Comment { idea { title } } } }`, { id: reply })).node;
      expect(viaComment.idea.title).toBe('Hidden by a moderator');
    });

    it('shows its authors and admins the content with the reason, and only admins who decided', async () => {
      const author = (await alice.ok(IDEA, { id: root })).node;
      expect(author).toMatchObject({
        title: 'Cheap parking passes for my cousin',
        tags: ['parking'],
        hidden: true,
        moderation: { hidden: true, reason: 'Shares a colleague’s phone number', history: [{ action: 'HIDE', reason: 'Shares a colleague’s phone number', by: null }] },
      });
      expect(author.moderation.at).not.toBeNull();
      const moderator = (await admin.ok(IDEA, { id: root })).node;
      expect(moderator.title).toBe('Cheap parking passes for my cousin');
      expect(moderator.moderation.history).toEqual([{ action: 'HIDE', reason: 'Shares a colleague’s phone number', by: { id: toGlobalId('Person', ids.admin) } }]);
      // a builder-on is not an author of the parent
      expect((await bob.ok(IDEA, { id: root })).node.moderation).toBeNull();
    });

    it('unhides it with a reason, ledgered, and the content is back for everyone', async () => {
      await admin.ok(UNHIDE, { input: { ideaId: root, reason: 'The number was removed' } });
      const again = await admin.request(UNHIDE, { input: { ideaId: root, reason: 'again' } });
      expect([errorCodes(again), errorReasons(again)]).toEqual([['CONFLICT'], ['NOT_HIDDEN']]);
      expect((await carol.ok(IDEA, { id: root })).node).toMatchObject({ title: 'Cheap parking passes for my cousin', hidden: false });
      expect((await alice.ok(IDEA, { id: root })).node.moderation).toMatchObject({
        hidden: false,
        reason: null,
        history: [{ action: 'HIDE' }, { action: 'UNHIDE', reason: 'The number was removed' }],
      });
      const ledger = await t.db.query(`SELECT event_type AS type FROM ledger_entries WHERE event_type LIKE 'CONTENT_%' ORDER BY seq`);
      expect(ledger).toEqual([{ type: 'CONTENT_HIDDEN' }, { type: 'CONTENT_UNHIDDEN' }]);
      expect((await carol.ok(`{ verifyLedger { intact } }`)).verifyLedger.intact).toBe(true);
      expect(await allCredit()).toEqual(creditBefore);
    });
  });

  describe('hiding a comment and dismissing flags', () => {
    it('keeps a hidden comment in its thread with its replies, its body only for its author and admins', async () => {
      await admin.ok(HIDE, { input: { commentId: comment, reason: 'Insults colleagues' } });
      const thread = (await carol.ok(IDEA, { id: root })).node.comments;
      expect(thread).toEqual([{ id: comment, body: '', hidden: true, moderation: null, replies: [{ body: 'Please keep it friendly' }] }]);
      expect((await dave.ok(IDEA, { id: root })).node.comments[0]).toMatchObject({ body: 'You are all idiots', hidden: true, moderation: { reason: 'Insults colleagues' } });
      expect((await admin.ok(IDEA, { id: root })).node.comments[0].body).toBe('You are all idiots');
      expect((await carol.ok(`query($id: ID!) { node(id: $id) { ... on Comment { body hidden } } }`, { id: comment })).node).toEqual({ body: '', hidden: true });
      expect((await admin.ok(QUEUE, {})).moderationQueue.totalCount).toBe(0);
    });

    it('dismisses open flags without hiding, and refuses when there are none', async () => {
      await carol.ok(FLAG, { input: { ideaId: child, reason: 'SPAM' } });
      await admin.ok(DISMISS, { input: { ideaId: child, reason: 'A real idea' } });
      expect((await carol.ok(IDEA, { id: child })).node).toMatchObject({ title: 'Visitor parking calendar', hidden: false });
      const resolved = (await admin.ok(QUEUE, { state: 'RESOLVED' })).moderationQueue.edges.map((e: { node: { idea: { id: string }; comment: unknown; hidden: boolean; flags: Array<{ resolution: string }> } }) => e.node);
      expect(resolved[0]).toMatchObject({ idea: { id: child }, comment: null, hidden: false, flags: [{ resolution: 'DISMISSED' }] });
      const again = await admin.request(DISMISS, { input: { ideaId: child, reason: 'again' } });
      expect([errorCodes(again), errorReasons(again)]).toEqual([['CONFLICT'], ['NO_OPEN_FLAGS']]);
      // a dismissed flag is closed: the same person may flag again
      await carol.ok(FLAG, { input: { ideaId: child, reason: 'SPAM', note: 'Still spam' } });
      expect((await admin.ok(QUEUE, {})).moderationQueue.totalCount).toBe(1);
      expect((await bob.ok(IDEA, { id: child })).node.moderation).toEqual({ hidden: false, reason: null, at: null, history: [{ action: 'DISMISS', reason: 'A real idea', by: null }] });
    });
  });

  describe('statements', () => {
    it('runs as many statements for 20 queue items as for 2, and for a feed with hidden ideas', async () => {
      for (let i = 0; i < 25; i++) {
        const id = (await alice.ok(POST_IDEA, { input: { title: `Junk ${i}`, body: 'x' } })).postIdea.idea.id;
        await carol.ok(FLAG, { input: { ideaId: id, reason: 'SPAM' } });
        await bob.ok(FLAG, { input: { ideaId: id, reason: 'OFF_TOPIC' } });
        if (i % 3 === 0) await admin.ok(HIDE, { input: { ideaId: id, reason: 'Junk' } });
      }
      const count = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) => {
        await client.ok(query, variables);
        const before = StatementCounter.read();
        await client.ok(query, variables);
        return StatementCounter.read() - before;
      };
      const small = await count(admin, QUEUE, { first: 2 });
      const large = await count(admin, QUEUE, { first: 20 });
      expect(large).toBeLessThanOrEqual(small);
      const resolvedSmall = await count(admin, QUEUE, { state: 'RESOLVED', first: 2 });
      const resolvedLarge = await count(admin, QUEUE, { state: 'RESOLVED', first: 9 });
      expect(resolvedLarge).toBeLessThanOrEqual(resolvedSmall);
      const PERSON_IDEAS = `query($id: ID!, $first: Int!) { node(id: $id) { ... on Person { credit(first: $first) { edges { node { idea { title body hidden moderation { reason } } } } } } } }`;
      const feedSmall = await count(carol, PERSON_IDEAS, { id: toGlobalId('Person', ids.alice), first: 2 });
      const feedLarge = await count(carol, PERSON_IDEAS, { id: toGlobalId('Person', ids.alice), first: 25 });
      expect(feedLarge).toBeLessThanOrEqual(feedSmall);
    });
  });
});
