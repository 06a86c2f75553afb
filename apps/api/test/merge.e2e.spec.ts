import { CreditService } from '@kindling/api/credit';
import { toGlobalId } from '@kindling/api/core';
import { LedgerService } from '@kindling/api/ledger';
import { type GraphQLClient, aDepartment, aPerson, errorReasons } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { ACCEPT, BUILD_ON, ENDORSE, INVITE, POST_IDEA } from './operations';

const MERGE = `mutation($d: ID!, $k: ID!, $reason: String!) { mergeIdeas(input: { duplicateId: $d, intoId: $k, reason: $reason }) {
  duplicate { id status mergedInto { id } merge { reason by { id } into { id } } }
  into { id mergedFrom { id } authors { id } parents { split idea { id } } } } }`;
const UNMERGE = `mutation($id: ID!) { unmergeIdea(input: { ideaId: $id }) { idea { id status mergedInto { id } } into { id mergedFrom { id } } } }`;
const SET_RETENTION = `mutation($id: ID!, $retention: Float!, $reason: String!) { setRetention(input: { ideaId: $id, retention: $retention, reason: $reason }) {
  idea { retention retentionNote { retention originality reason by { id } } } } }`;
const UNENDORSE = `mutation($ideaId: ID!) { unendorse(input: { ideaId: $ideaId }) { idea { id } } }`;
const COMMENT = `mutation($ideaId: ID!, $body: String!, $replyToId: ID) { comment(input: { ideaId: $ideaId, body: $body, replyToId: $replyToId }) { comment { id } } }`;
const IDEA = `query($id: ID!) { node(id: $id) { ... on Idea { status endorsementCount buildOnCount authors { id } endorsements(first: 50) { edges { node { person { id } } } }
  parents { split idea { id } } children { edges { node { idea { id } } } } comments { body movedFrom { id } replies { body movedFrom { id } } } } } }`;
const CREDIT_PPM = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Idea { credit { shares { ppm share person { id } } } } } }`;
const VERIFY = `{ verifyLedger { intact problems } }`;

const PEOPLE = ['ann', 'ben', 'cat', 'dan', 'eva', 'finn', 'gus', 'hal', 'ivy'] as const;
type Key = (typeof PEOPLE)[number];

/** One organisation, built the same way in any database: people and ideas by key. */
interface World {
  t: TestApp;
  as: Record<Key | 'rev', GraphQLClient>;
  person: Record<Key | 'rev', string>;
  idea: Record<string, string>;
  /** Credit of every idea, by idea key, each person by key: exact share and ppm. */
  credit(): Promise<Record<string, Record<string, { ppm: number; share: number }>>>;
}

async function world(): Promise<World> {
  const t = await startTestApp();
  const department = await aDepartment(t.db);
  const person = {} as World['person'];
  for (const key of PEOPLE) person[key] = await aPerson(t.db, department);
  person.rev = await aPerson(t.db, department, undefined, 'REVIEWER');
  const keys = [...PEOPLE, 'rev'] as const;
  const clients = await t.signedIn(keys.map((k) => person[k]));
  const as = Object.fromEntries(keys.map((k, i) => [k, clients[i]])) as World['as'];
  const idea: Record<string, string> = {};
  const byGlobal = () => new Map(Object.entries(idea).map(([k, id]) => [id, k]));
  const personKey = new Map(keys.map((k) => [toGlobalId('Person', person[k]), k]));
  return {
    t,
    as,
    person,
    idea,
    async credit() {
      const names = byGlobal();
      const { nodes } = await as.ann.ok(CREDIT_PPM, { ids: [...names.keys()] });
      return Object.fromEntries(
        nodes.map((n: { id: string; credit: { shares: Array<{ ppm: number; share: number; person: { id: string } }> } }) => [
          names.get(n.id),
          Object.fromEntries(n.credit.shares.map((s) => [personKey.get(s.person.id), { ppm: s.ppm, share: s.share }])),
        ]),
      );
    },
  };
}

/** The graph before any merge: splits, co-authors, endorsements (some of both ideas), comments, build-ons of the duplicate. */
async function seed(w: World): Promise<void> {
  const { as, idea, person } = w;
  const post = async (who: Key, key: string, title: string) => (idea[key] = (await as[who].ok(POST_IDEA, { input: { title, body: `${title}.` } })).postIdea.idea.id);
  const build = async (who: Key, key: string, parents: string[], split?: number[]) =>
    (idea[key] = (await as[who].ok(BUILD_ON, { input: { parentIds: parents.map((p) => idea[p]), split, title: key, body: `${key}.` } })).buildOn.idea.id);
  await post('ann', 'A', 'Visitor parking');
  await post('ben', 'B', 'Parking app');
  await build('cat', 'C', ['A', 'B'], [3, 1]);
  await as.cat.ok(INVITE, { ideaId: idea.C, personId: toGlobalId('Person', person.dan) });
  await as.dan.ok(ACCEPT, { ideaId: idea.C });
  // K: the kept idea, posted first; D: its duplicate, posted later, with a co-author
  await build('eva', 'K', ['A']);
  await build('finn', 'D', ['B', 'C'], [1, 2]);
  await as.finn.ok(INVITE, { ideaId: idea.D, personId: toGlobalId('Person', person.gus) });
  await as.gus.ok(ACCEPT, { ideaId: idea.D });
  // build-ons of the duplicate, one of them of both ideas
  await build('ben', 'E', ['D']);
  await build('hal', 'F', ['D', 'K'], [1, 3]);
  await build('ann', 'G', ['C']);
  // hal and ivy endorse both; ann only D; eva (K's author) endorses D and finn (D's author) endorses K
  for (const [who, what] of [
    ['hal', 'K'],
    ['hal', 'D'],
    ['ivy', 'K'],
    ['ivy', 'D'],
    ['ann', 'D'],
    ['eva', 'D'],
    ['finn', 'K'],
    ['dan', 'E'],
    ['cat', 'F'],
  ] as const) {
    await as[who].ok(ENDORSE, { ideaId: idea[what] });
  }
  const { comment } = (await as.ivy.ok(COMMENT, { ideaId: idea.D, body: 'Same as the other one?' })).comment;
  await as.finn.ok(COMMENT, { ideaId: idea.D, body: 'Close, but for visitors.', replyToId: comment.id });
}

const merge = (w: World, d: string, k: string) => w.as.rev.request(MERGE, { d: w.idea[d], k: w.idea[k], reason: 'The same parking calendar, posted twice.' });
const unmerge = (w: World, d: string) => w.as.rev.request(UNMERGE, { id: w.idea[d] });

/** The writes made while the merge is in force (and, in the twin, without it): build-ons and endorsements, also on K. */
async function inBetween(w: World): Promise<void> {
  const { as, idea } = w;
  idea.H = (await as.dan.ok(BUILD_ON, { input: { parentIds: [idea.K], title: 'H', body: 'h' } })).buildOn.idea.id;
  idea.I = (await as.gus.ok(BUILD_ON, { input: { parentIds: [idea.A, idea.G], title: 'I', body: 'i' } })).buildOn.idea.id;
  await as.ben.ok(ENDORSE, { ideaId: idea.K });
  await as.cat.ok(ENDORSE, { ideaId: idea.H });
  await as.ivy.ok(ENDORSE, { ideaId: idea.G });
}

async function expectConsistent(w: World): Promise<void> {
  expect(await w.as.ann.ok(VERIFY)).toEqual({ verifyLedger: { intact: true, problems: [] } });
  expect(await w.t.app.get(CreditService).findUpstreamDrift()).toEqual([]);
  // credit from the ledger alone equals live credit
  const rebuilt = w.t.app.get(CreditService).creditFrom((await w.t.app.get(LedgerService).replay()).ideas.values());
  const live = await w.credit();
  for (const [key, id] of Object.entries(w.idea)) {
    const local = Buffer.from(id, 'base64url').toString().split(':')[1];
    const fromLedger = Object.fromEntries([...rebuilt.get(local)!].map(([p, share]) => [p, share]));
    const fromLive = Object.fromEntries(Object.entries(live[key]).map(([p, s]) => [w.person[p as Key], s.share]));
    expect({ key, shares: fromLedger }).toEqual({ key, shares: fromLive });
  }
}

describe('merging duplicates', () => {
  let w: World;
  let twin: World;

  beforeAll(async () => {
    [w, twin] = await Promise.all([world(), world()]);
    await Promise.all([seed(w), seed(twin)]);
  });
  afterAll(() => Promise.all([w?.t.close(), twin?.t.close()]));

  it('restores every idea’s credit exactly after a merge and its unmerge', async () => {
    const before = await w.credit();
    expect((await merge(w, 'D', 'K')).errors).toBeUndefined();
    expect(await w.credit()).not.toEqual(before);
    await expectConsistent(w);
    expect((await unmerge(w, 'D')).errors).toBeUndefined();
    expect(await w.credit()).toEqual(before);
    await expectConsistent(w);
  });

  it('merges as CREDIT.md says: union authorship, parents and build-ons moved, endorsers counted once, comments moved', async () => {
    const { as, idea, person } = w;
    const id = (key: Key | 'rev') => toGlobalId('Person', person[key]);
    const response = await merge(w, 'D', 'K');
    expect(response.errors).toBeUndefined();
    const { duplicate, into } = response.data!.mergeIdeas;
    expect(duplicate).toEqual({ id: idea.D, status: 'MERGED', mergedInto: { id: idea.K }, merge: { reason: 'The same parking calendar, posted twice.', by: { id: id('rev') }, into: { id: idea.K } } });
    // the earlier poster first: K's eva, then D's finn and co-author gus
    expect(into.authors.map((a: { id: string }) => a.id)).toEqual([id('eva'), id('finn'), id('gus')]);
    expect(into.mergedFrom).toEqual([{ id: idea.D }]);
    // K's parent A (harmonic weight 1) and D's parents B and C (1/2, split 1:2): 2/3, 1/9, 2/9
    const splits = Object.fromEntries(into.parents.map((p: { split: number; idea: { id: string } }) => [p.idea.id, p.split]));
    expect(splits[idea.A]).toBeCloseTo(2 / 3, 12);
    expect(splits[idea.B]).toBeCloseTo(1 / 9, 12);
    expect(splits[idea.C]).toBeCloseTo(2 / 9, 12);

    const kept = (await as.ann.ok(IDEA, { id: idea.K })).node;
    // hal and ivy endorsed both: counted once; ann's moved; eva and finn are authors of K now: theirs are gone
    expect(kept.endorsements.edges.map((e: { node: { person: { id: string } } }) => e.node.person.id).sort()).toEqual([id('hal'), id('ivy'), id('ann')].sort());
    expect(kept.endorsementCount).toBe(3);
    expect(kept.children.edges.map((e: { node: { idea: { id: string } } }) => e.node.idea.id).sort()).toEqual([idea.E, idea.F].sort());
    expect(kept.buildOnCount).toBe(2);
    expect(kept.comments).toEqual([
      { body: 'Same as the other one?', movedFrom: { id: idea.D }, replies: [{ body: 'Close, but for visitors.', movedFrom: { id: idea.D } }] },
    ]);
    const gone = (await as.ann.ok(IDEA, { id: idea.D })).node;
    expect(gone).toMatchObject({ status: 'MERGED', endorsementCount: 0, buildOnCount: 0, parents: [], children: { edges: [] }, comments: [], endorsements: { edges: [] } });
    // F built on both: one edge to K now, carrying both parts of F's split
    expect((await as.ann.ok(IDEA, { id: idea.F })).node.parents).toEqual([{ split: 1, idea: { id: idea.K } }]);

    // every author of both keeps a share of K; a_K: eva 2/3, finn and gus 1/6 each
    const credit = (await w.credit()).K;
    for (const key of ['eva', 'finn', 'gus', 'ann', 'ben', 'cat', 'dan', 'hal'] as const) expect(credit[key]?.share ?? 0).toBeGreaterThan(0);
    const [eva, finn, gus] = ['eva', 'finn', 'gus'].map((k) => person[k as Key]);
    const rows = await w.t.db.query(`SELECT person_id::text AS p, weight FROM idea_authors WHERE idea_id = $1 AND state = 'ACCEPTED'`, [local(idea.K)]);
    const weights = Object.fromEntries(rows.map((r: { p: string; weight: number }) => [r.p, r.weight]));
    const total = weights[eva] + weights[finn] + weights[gus];
    expect(weights[eva] / total).toBeCloseTo(2 / 3, 12);
    expect(weights[finn] / total).toBeCloseTo(1 / 6, 12);
    expect(weights[gus] / total).toBeCloseTo(1 / 6, 12);

    // the ledger and the outbox have the merge
    const types = (await w.t.db.query(`SELECT type FROM outbox_events ORDER BY seq DESC LIMIT 2`)).map((r: { type: string }) => r.type);
    expect(types).toEqual(['ENDORSEMENTS_MOVED', 'IDEAS_MERGED']);
    const entries = (await w.t.db.query(`SELECT event_type FROM ledger_entries ORDER BY seq DESC LIMIT 2`)).map((r: { event_type: string }) => r.event_type);
    expect(entries).toEqual(['ENDORSEMENTS_MOVED', 'IDEAS_MERGED']);
  });

  it('merges and unmerges while another transaction holds a row pointing at both ideas (no deadlock with foreign-key checks)', async () => {
    // the notifications written after a merge point at both ideas; each insert's foreign-key check holds FOR KEY
    // SHARE on the idea's row until it commits, which a writer locking FOR UPDATE would wait for (and deadlock)
    const { as } = w;
    const x = (await as.ann.ok(POST_IDEA, { input: { title: 'Bike shed by gate 2', body: 'x' } })).postIdea.idea.id;
    const y = (await as.ben.ok(POST_IDEA, { input: { title: 'Bike shed at gate two', body: 'y' } })).postIdea.idea.id;
    const other = w.t.db.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      await other.query(`SELECT 1 FROM ideas WHERE id = ANY($1::bigint[]) ORDER BY id DESC FOR KEY SHARE`, [[local(x), local(y)]]);
      // a write that waited for the lock would fail by the requests' statement timeout
      const merged = await as.rev.request(MERGE, { d: y, k: x, reason: 'The same bike shed, posted twice.' });
      expect(merged).toMatchObject({ data: { mergeIdeas: { duplicate: { status: 'MERGED' } } } });
      const unmerged = await as.rev.request(UNMERGE, { id: y });
      expect(unmerged).toMatchObject({ data: { unmergeIdea: { idea: { status: 'NEW' } } } });
    } finally {
      await other.rollbackTransaction();
      await other.release();
    }
  });

  it('refuses writes to the merged duplicate, naming the idea kept', async () => {
    const { as, idea } = w;
    expect(errorReasons(await as.dan.request(ENDORSE, { ideaId: idea.D }))).toEqual(['IDEA_MERGED']);
    expect(errorReasons(await as.dan.request(BUILD_ON, { input: { parentIds: [idea.D], title: 'x', body: 'x' } }))).toEqual(['IDEA_MERGED']);
  });

  it('after a merge, build-ons and endorsements (also on K) and an unmerge: the same credit as the twin that never merged', async () => {
    await inBetween(w);
    await expectConsistent(w);
    expect((await unmerge(w, 'D')).errors).toBeUndefined();
    await inBetween(twin);
    expect(await w.credit()).toEqual(await twin.credit());
    await expectConsistent(w);
    const restored = (await w.as.ann.ok(IDEA, { id: w.idea.D })).node;
    expect(restored).toMatchObject({ status: 'NEW', endorsementCount: 4, buildOnCount: 2 });
    expect(restored.comments).toEqual([{ body: 'Same as the other one?', movedFrom: null, replies: [{ body: 'Close, but for visitors.', movedFrom: null }] }]);
    const outbox = (await w.t.db.query(`SELECT type FROM outbox_events ORDER BY seq DESC LIMIT 2`)).map((r: { type: string }) => r.type);
    expect(outbox).toEqual(['ENDORSEMENTS_MOVED', 'IDEA_UNMERGED']);
  });

  it('refuses an unmerge a later write depends on, saying which; allows it once that is undone', async () => {
    const { as, idea, person } = w;
    expect((await merge(w, 'D', 'K')).errors).toBeUndefined();
    // ann's endorsement was moved to K; she withdraws it
    await as.ann.ok(UNENDORSE, { ideaId: idea.K });
    const refused = await unmerge(w, 'D');
    expect(errorReasons(refused)).toEqual(['UNMERGE_BLOCKED']);
    expect(refused.errors![0].message).toBe(`This merge cannot be undone exactly: Person ${person.ann} withdrew the endorsement the merge had moved to idea ${local(idea.K)}.`);
    await as.ann.ok(ENDORSE, { ideaId: idea.K });
    // a new co-author of K
    await as.eva.ok(INVITE, { ideaId: idea.K, personId: toGlobalId('Person', person.ivy) });
    await as.ivy.ok(ACCEPT, { ideaId: idea.K });
    const blocked = await unmerge(w, 'D');
    expect(errorReasons(blocked)).toEqual(['UNMERGE_BLOCKED']);
    expect(blocked.errors![0].message).toBe(`This merge cannot be undone exactly: Person ${person.ivy} became a co-author of idea ${local(idea.K)} after the merge.`);
    await expectConsistent(w);
  });

  it('refuses merges that would close a cycle, into itself, into a merged idea, of a merged idea; and unmerging an idea not merged', async () => {
    const expectRefused = async (response: Awaited<ReturnType<typeof merge>>, reason: string, code: string) => {
      expect(errorReasons(response)).toEqual([reason]);
      expect(response.errors![0].extensions!.code).toBe(code);
    };
    await expectRefused(await merge(twin, 'E', 'D'), 'MERGE_CYCLE', 'CONFLICT'); // E builds on D
    await expectRefused(await merge(twin, 'A', 'G'), 'MERGE_CYCLE', 'CONFLICT'); // G builds on C, which builds on A
    await expectRefused(await merge(twin, 'K', 'K'), 'MERGE_INTO_ITSELF', 'BAD_USER_INPUT');
    await expectRefused(await twin.as.rev.request(MERGE, { d: twin.idea.D, k: twin.idea.K, reason: ' ' }), 'REASON_EMPTY', 'BAD_USER_INPUT');
    await expectRefused(await unmerge(twin, 'D'), 'NOT_MERGED', 'CONFLICT');
    expect((await merge(twin, 'D', 'K')).errors).toBeUndefined();
    await expectRefused(await merge(twin, 'D', 'B'), 'ALREADY_MERGED', 'CONFLICT');
    await expectRefused(await merge(twin, 'B', 'D'), 'MERGE_INTO_MERGED', 'CONFLICT');
    // members may not merge
    expect(errorReasons(await twin.as.ann.request(MERGE, { d: twin.idea.G, k: twin.idea.I, reason: 'r' }))).toEqual(['ROLE_REQUIRED']);
    expect((await unmerge(twin, 'D')).errors).toBeUndefined();
    await expectConsistent(twin);
  });
});

describe('originality (retention)', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
    await seed(w);
  });
  afterAll(() => w?.t.close());

  it('sets a build-on’s retention with a reason: credit follows everywhere, ledgered, incremental = full', async () => {
    const before = await w.credit();
    const { setRetention } = await w.as.rev.ok(SET_RETENTION, { id: w.idea.C, retention: 0.3, reason: 'Mostly combines A and B.' });
    expect(setRetention.idea).toEqual({
      retention: 0.3,
      retentionNote: { retention: 0.3, originality: 'SMALL_REFINEMENT', reason: 'Mostly combines A and B.', by: { id: toGlobalId('Person', w.person.rev) } },
    });
    const after = await w.credit();
    // C keeps less for cat and dan and passes more to A's ann; G, built on C, changes too
    expect(after.C.cat.share).toBeLessThan(before.C.cat.share);
    expect(after.C.ann.share).toBeGreaterThan(before.C.ann.share);
    expect(after.G).not.toEqual(before.G);
    await expectConsistent(w);
    const [entry] = await w.t.db.query(`SELECT payload FROM ledger_entries WHERE event_type = 'RETENTION_SET'`);
    expect(entry.payload).toEqual({ ideaId: local(w.idea.C), retention: 0.3, previous: 0.6 });
  });

  it('refuses a root, a retention out of bounds, a missing reason and a member', async () => {
    const reasons = async (client: GraphQLClient, id: string, retention: number, reason: string) => {
      const response = await client.request(SET_RETENTION, { id, retention, reason });
      return (response.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field]);
    };
    expect(await reasons(w.as.rev, w.idea.A, 0.5, 'r')).toEqual([['CONFLICT', 'ROOT_RETENTION', 'ideaId']]);
    expect(await reasons(w.as.rev, w.idea.C, 0.99, 'r')).toEqual([['BAD_USER_INPUT', 'OUT_OF_RANGE', 'retention']]);
    expect(await reasons(w.as.rev, w.idea.C, 0.1, 'r')).toEqual([['BAD_USER_INPUT', 'OUT_OF_RANGE', 'retention']]);
    expect(await reasons(w.as.rev, w.idea.C, 0.5, '')).toEqual([['BAD_USER_INPUT', 'REASON_EMPTY', 'reason']]);
    expect(await reasons(w.as.rev, w.idea.C, 0.5, 'x'.repeat(2001))).toEqual([['BAD_USER_INPUT', 'REASON_TOO_LONG', 'reason']]);
    expect(await reasons(w.as.ann, w.idea.C, 0.5, 'r')).toEqual([['FORBIDDEN', 'ROLE_REQUIRED', undefined]]);
  });
});

function local(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString().split(':')[1];
}
