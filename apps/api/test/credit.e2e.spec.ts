import { aPerson, aStaff } from '@kindling/api/testing';
import { toGlobalId } from '@kindling/api/core';
import type { GraphQLClient } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { CreditService } from '@kindling/api/credit';
import { LedgerService } from '@kindling/api/ledger';
import { ACCEPT, BUILD_ON, CREDIT, ENDORSE, IDEA_COUNT, INVITE, LINEAGE, LINK_PARENT, POST_IDEA, TRAIL } from './operations';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const SET_RETENTION = `mutation($ideaId: ID!, $retention: Float!, $reason: String!) { setRetention(input: { ideaId: $ideaId, retention: $retention, reason: $reason }) { idea { id } } }`;
const MERGE = `mutation($duplicateId: ID!, $intoId: ID!, $reason: String!) { mergeIdeas(input: { duplicateId: $duplicateId, intoId: $intoId, reason: $reason }) { into { id } } }`;
const UNMERGE = `mutation($ideaId: ID!) { unmergeIdea(input: { ideaId: $ideaId }) { idea { id } } }`;

describe('lineage and shared credit', () => {
  let t: TestApp;
  const as: GraphQLClient[] = [];
  const pid: string[] = [];
  let root1: string;
  let root2: string;
  let combined: string;
  let refinement: string;

  beforeAll(async () => {
    t = await startTestApp();
    const { personIds } = await aStaff(t.db, 5, 3);
    as.push(...(await t.signedIn(personIds)));
    pid.push(...personIds.map((id) => toGlobalId('Person', id)));
    root1 = (await as[0].ok(POST_IDEA, { input: { title: 'Shared van calendar', body: 'Book the vans online.' } })).postIdea.idea.id;
    root2 = (await as[1].ok(POST_IDEA, { input: { title: 'Fuel card log', body: 'Log fuel per van.' } })).postIdea.idea.id;
    combined = (await as[2].ok(BUILD_ON, { input: { parentIds: [root1, root2], split: [70, 30], title: 'Fleet dashboard', body: 'Calendar and fuel in one place.' } })).buildOn.idea.id;
    refinement = (await as[3].ok(BUILD_ON, { input: { parentIds: [combined], relation: 'REFINES', title: 'Dashboard on tablets', body: 'For the depot.' } })).buildOn.idea.id;
    await as[4].ok(ENDORSE, { ideaId: refinement });
  });
  afterAll(() => t.close());

  it('returns the whole family flat, with the splits as recorded', async () => {
    const { lineage } = (await as[0].ok(LINEAGE, { id: combined, direction: 'BOTH' })).node;
    expect(lineage.nodes.map((n: { id: string }) => n.id).sort()).toEqual([root1, root2, combined, refinement].sort());
    expect(lineage.ancestorCount).toBe(2);
    expect(lineage.descendantCount).toBe(1);
    expect(lineage.edges).toEqual(
      expect.arrayContaining([
        { parentId: root1, childId: combined, relation: 'COMBINES', split: 0.7 },
        { parentId: root2, childId: combined, relation: 'COMBINES', split: expect.closeTo(0.3, 12) },
        { parentId: combined, childId: refinement, relation: 'REFINES', split: 1 },
      ]),
    );
    const up = (await as[0].ok(LINEAGE, { id: refinement, direction: 'ANCESTORS', maxDepth: 1 })).node.lineage;
    expect(up.nodes.map((n: { id: string }) => n.id).sort()).toEqual([refinement, combined].sort());
  });

  it('shares every idea’s credit among everyone who shaped it, adding up to exactly 100 %', async () => {
    const { credit } = (await as[0].ok(CREDIT, { id: combined })).node;
    const holders = credit.shares.map((s: { person: { id: string } }) => s.person.id).sort();
    // both parents' authors, its own author, and the person who refined it: nobody is erased
    expect(holders).toEqual([pid[0], pid[1], pid[2], pid[3]].sort());
    expect(sum(credit.shares.map((s: { ppm: number }) => s.ppm))).toBe(1_000_000);
    expect(sum(credit.shares.map((s: { share: number }) => s.share))).toBeCloseTo(1, 12);
    // the author of the 70 % parent inherits more than the author of the 30 % parent
    const share = (p: string) => credit.shares.find((s: { person: { id: string } }) => s.person.id === p).share;
    expect(share(pid[0])).toBeGreaterThan(share(pid[1]));
    expect(credit.extenderPool).toBeGreaterThan(0);
  });

  it('explains each share as a trail whose terms add up to it, drillable through parents', async () => {
    const owner = (await as[0].ok(TRAIL, { id: refinement, person: pid[0] })).node;
    const trail = owner.credit.trail;
    expect(trail.terms).toEqual([expect.objectContaining({ kind: 'INHERITED', via: { id: combined } })]);
    expect(sum(trail.terms.map((t: { ppm: number }) => t.ppm))).toBe(trail.ppm);
    // drill: in the parent's own upstream trail, the share comes through root1
    const parent = (await as[0].ok(TRAIL, { id: combined, person: pid[0] })).node;
    expect(parent.upstreamCredit.trail.terms).toEqual([expect.objectContaining({ kind: 'INHERITED', via: { id: root1 } })]);

    const extender = (await as[0].ok(TRAIL, { id: combined, person: pid[3] })).node.credit.trail;
    expect(extender.terms).toEqual([expect.objectContaining({ kind: 'POOL', via: { id: refinement } })]);
    const author = (await as[0].ok(TRAIL, { id: combined, person: pid[2] })).node.credit.trail;
    expect(author.terms.map((t: { kind: string }) => t.kind)).toEqual(['AUTHOR']);
  });

  it('gives an accepted co-author an equal part of the idea and of everything built on it', async () => {
    await as[0].ok(INVITE, { ideaId: root1, personId: pid[4] });
    const before = (await as[0].ok(CREDIT, { id: refinement })).node.credit.shares;
    expect(before.some((s: { person: { id: string } }) => s.person.id === pid[4])).toBe(false);
    const accepted = (await as[4].ok(ACCEPT, { ideaId: root1 })).acceptCoAuthorship.idea;
    expect(accepted.authors.map((a: { id: string }) => a.id)).toEqual([pid[0], pid[4]]);
    const ppm = (shares: Array<{ ppm: number; person: { id: string } }>, p: string) => shares.find((s) => s.person.id === p)?.ppm;
    const own = (await as[0].ok(`query($id: ID!) { node(id: $id) { ... on Idea { upstreamCredit { shares { ppm person { id } } } } } }`, { id: root1 })).node;
    expect(own.upstreamCredit.shares).toHaveLength(2);
    expect(ppm(own.upstreamCredit.shares, pid[0])).toBe(500_000);
    expect(ppm(own.upstreamCredit.shares, pid[4])).toBe(500_000);
    const root = (await as[0].ok(CREDIT, { id: root1 })).node.credit.shares;
    expect(ppm(root, pid[4])).toBe(ppm(root, pid[0]));
    const after = (await as[0].ok(CREDIT, { id: refinement })).node.credit.shares;
    expect(ppm(after, pid[4])).toBe(ppm(after, pid[0]));
  });
});

describe('incremental credit equals a full recompute', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('after a random sequence of posts, build-ons, links, co-authorships, retentions set, merges and unmerges', async () => {
    t = await startTestApp();
    const { personIds, departmentIds } = await aStaff(t.db, 6, 3);
    const clients = await t.signedIn(personIds);
    const [reviewer] = await t.signedIn([await aPerson(t.db, departmentIds[0], undefined, 'REVIEWER')]);
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const ideas: Array<{ id: string; author: number }> = [];
    let merges = 0;
    for (let step = 0; step < 80; step++) {
      const author = Math.floor(random() * clients.length);
      const roll = random();
      if (ideas.length < 3 || roll < 0.2) {
        ideas.push({ id: (await clients[author].ok(POST_IDEA, { input: { title: `Idea ${step}`, body: 'b' } })).postIdea.idea.id, author });
      } else if (roll < 0.55) {
        const parents = [...new Set([pick(ideas).id, pick(ideas).id])];
        const input = { parentIds: parents, split: parents.map(() => 1 + Math.floor(random() * 5)), title: `Build-on ${step}`, body: 'b' };
        const built = await clients[author].request(BUILD_ON, { input }); // a merged parent is refused: fine
        if (!built.errors) ideas.push({ id: built.data.buildOn.idea.id, author });
      } else if (roll < 0.67) {
        const child = pick(ideas);
        await clients[child.author].request(LINK_PARENT, { input: { ideaId: child.id, parentId: pick(ideas).id } }); // cycles are refused: fine
      } else if (roll < 0.77) {
        // roots and merged ideas are refused: fine
        await reviewer.request(SET_RETENTION, { ideaId: pick(ideas).id, retention: 0.2 + Math.round(random() * 75) / 100, reason: 'r' });
      } else if (roll < 0.85) {
        const merged = await reviewer.request(MERGE, { duplicateId: pick(ideas).id, intoId: pick(ideas).id, reason: 'r' }); // cycles and merged ideas are refused
        if (!merged.errors) merges++;
      } else if (roll < 0.9) {
        await reviewer.request(UNMERGE, { ideaId: pick(ideas).id }); // ideas not merged, and merges later writes depend on, are refused
      } else {
        const idea = pick(ideas);
        const invitee = (idea.author + 1 + Math.floor(random() * (clients.length - 1))) % clients.length;
        const invited = await clients[idea.author].request(INVITE, { ideaId: idea.id, personId: toGlobalId('Person', personIds[invitee]) });
        if (!invited.errors) await clients[invitee].ok(ACCEPT, { ideaId: idea.id });
      }
    }
    expect(merges).toBeGreaterThan(0);
    const [{ set }] = await t.db.query(`SELECT count(*)::int AS set FROM idea_retention_notes`);
    expect(set).toBeGreaterThan(0);
    const credit = t.app.get(CreditService);
    expect(await credit.findUpstreamDrift()).toEqual([]);
    expect((await t.app.get(LedgerService).verify()).problems).toEqual([]);
    const [{ n }] = await t.db.query(`SELECT count(DISTINCT idea_id)::int AS n FROM idea_upstream_credit`);
    expect(n).toBe((await clients[0].ok(IDEA_COUNT)).ideas.totalCount);
    // and a full rebuild reproduces the same rows
    const before = await t.db.query(`SELECT idea_id, person_id, share FROM idea_upstream_credit ORDER BY 1, 2`);
    await credit.recomputeAll();
    expect(await t.db.query(`SELECT idea_id, person_id, share FROM idea_upstream_credit ORDER BY 1, 2`)).toEqual(before);
  });
});
