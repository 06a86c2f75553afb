/**
 * Worked examples with numbers computed by hand, so a reader can follow the arithmetic of CREDIT.md.
 * Constants are the defaults: β = 0.25, δ = 0.5, q₀ = 0.25, C₀ = 4.
 */
import {
  extenderPool,
  type FamilyMember,
  ideaCredit,
  toPartsPerMillion,
  upstreamCredit,
  upstreamTrail,
  type UpstreamInput,
} from './index';
import { fullUpstream } from './testing/columns';
import type { IdeaRecord } from './testing/dag';

const author = (personId: string, weight = 1) => ({ personId, weight });
const entries = (m: ReadonlyMap<string, number>) => Object.fromEntries(m);

describe('upstream credit u_v', () => {
  it('a root with two co-authors splits by their weights (retention is ignored for roots)', () => {
    // a = (1, 3) / 4; ρ = 1 for a root, whatever retention says.
    const u = upstreamCredit({ retention: 0.3, authors: [author('bob', 3), author('alice', 1)], parents: [] });
    expect(entries(u)).toEqual({ alice: 0.25, bob: 0.75 });
    expect([...u.keys()]).toEqual(['alice', 'bob']); // maps come back in compareIds order
    // Equal by default (equal weights), and a person listed twice has their weights merged: (1+1, 2) / 4.
    expect(entries(upstreamCredit({ retention: 1, authors: [author('a'), author('b')], parents: [] }))).toEqual({ a: 0.5, b: 0.5 });
    expect(entries(upstreamCredit({ retention: 1, authors: [author('a'), author('b', 2), author('a')], parents: [] }))).toEqual({
      a: 0.5,
      b: 0.5,
    });
  });

  describe('a build-on with two parents weighted 70/30', () => {
    // P1 by alice: {alice: 1}. P2 by bob and carol: {bob: .5, carol: .5}.
    // V by dave, ρ = 0.6, "mostly builds on P1" (weights 7 and 3):
    //   dave  = 0.6
    //   alice = (1 − 0.6)·0.7·1   = 0.28
    //   bob   = (1 − 0.6)·0.3·0.5 = 0.06, carol likewise
    // W by erin, ρ = 0.5, builds on V only: erin 0.5, dave 0.3, alice 0.14, bob 0.03, carol 0.03.
    const p1 = upstreamCredit({ retention: 1, authors: [author('alice')], parents: [] });
    const p2 = upstreamCredit({ retention: 1, authors: [author('bob'), author('carol')], parents: [] });
    const vInput: UpstreamInput = {
      retention: 0.6,
      authors: [author('dave')],
      parents: [
        { ideaId: 'P1', weight: 7, upstream: p1 },
        { ideaId: 'P2', weight: 3, upstream: p2 },
      ],
    };
    const v = upstreamCredit(vInput);
    const wInput: UpstreamInput = { retention: 0.5, authors: [author('erin')], parents: [{ ideaId: 'V', weight: 1, upstream: v }] };
    const w = upstreamCredit(wInput);

    it('computes the hand-computed shares', () => {
      const expected = { dave: 0.6, alice: 0.28, bob: 0.06, carol: 0.06 };
      for (const [person, share] of Object.entries(expected)) expect(v.get(person)).toBeCloseTo(share, 15);
      expect([...v.keys()]).toEqual(['alice', 'bob', 'carol', 'dave']);
      const expectedW = { erin: 0.5, dave: 0.3, alice: 0.14, bob: 0.03, carol: 0.03 };
      for (const [person, share] of Object.entries(expectedW)) expect(w.get(person)).toBeCloseTo(share, 15);
    });

    it('explains alice’s share in W by drilling down W → V → P1', () => {
      expect(upstreamTrail(wInput, 'alice')).toEqual([{ kind: 'INHERITED', parentId: 'V', share: w.get('alice') }]);
      expect(upstreamTrail(vInput, 'alice')).toEqual([{ kind: 'INHERITED', parentId: 'P1', share: v.get('alice') }]);
      expect(upstreamTrail({ retention: 1, authors: [author('alice')], parents: [] }, 'alice')).toEqual([{ kind: 'AUTHOR', share: 1 }]);
      expect(upstreamTrail(vInput, 'dave')).toEqual([{ kind: 'AUTHOR', share: 0.6 }]);
      expect(upstreamTrail(vInput, 'nobody')).toEqual([]);
    });

    it('gives the same bits from the full topological pass', () => {
      const ideas: IdeaRecord[] = [
        { id: 'W', createdAt: 3, retention: 0.5, authors: [author('erin')], parents: [{ ideaId: 'V', weight: 1 }] },
        { id: 'V', createdAt: 2, retention: 0.6, authors: [author('dave')], parents: [{ ideaId: 'P2', weight: 3 }, { ideaId: 'P1', weight: 7 }] },
        { id: 'P1', createdAt: 0, retention: 1, authors: [author('alice')], parents: [] },
        { id: 'P2', createdAt: 1, retention: 1, authors: [author('carol'), author('bob')], parents: [] },
      ];
      const all = fullUpstream(ideas);
      expect([...all.keys()]).toEqual(['P1', 'P2', 'V', 'W']);
      expect(entries(all.get('V')!)).toEqual(entries(v));
      expect(entries(all.get('W')!)).toEqual(entries(w));
    });
  });

  it('an ancestor is never erased, even at the largest retention', () => {
    // ρ = 0.95 still passes 5 % up: alice keeps 0.05·0.05 = 0.0025 two generations down.
    const a = upstreamCredit({ retention: 1, authors: [author('alice')], parents: [] });
    const b = upstreamCredit({ retention: 0.95, authors: [author('bob')], parents: [{ ideaId: 'A', weight: 1, upstream: a }] });
    const c = upstreamCredit({ retention: 0.95, authors: [author('carol')], parents: [{ ideaId: 'B', weight: 1, upstream: b }] });
    expect(c.get('alice')).toBeCloseTo(0.0025, 15);
  });
});

describe('idea credit S_Y with the extender pool', () => {
  // Y: a root by alice, so u_Y = {alice: 1}. Its family:
  //   z1 (t=1) by bob,   depth 1, no endorsement         q = 0.25·1          = 0.25
  //   z2 (t=2) by bob,   depth 1, endorsed by carol      q = (0.25 + 1)·1 / 2 = 0.625   (bob's 2nd: k = 2)
  //   z3 (t=3) by carol, depth 2, endorsed by dave, bob  q = (0.25 + 2)·0.5   = 1.125
  // Σq = 2, so B = 0.25·min(1, 2/4) = 0.125 and E = {bob: 0.875/2, carol: 1.125/2}:
  //   S = {alice: 0.875, bob: 0.125·0.4375 = 0.0546875, carol: 0.125·0.5625 = 0.0703125}
  // (all exact in binary, hence toBe).
  const y: UpstreamInput = { retention: 1, authors: [author('alice')], parents: [] };
  const family: FamilyMember[] = [
    { ideaId: '13', depth: 2, createdAt: 3, authors: [author('carol')], endorsers: ['dave', 'bob'] },
    { ideaId: '11', depth: 1, createdAt: 1, authors: [author('bob')], endorsers: [] },
    { ideaId: '12', depth: 1, createdAt: 2, authors: [author('bob')], endorsers: ['carol'] },
  ];

  it('computes the hand-computed pool', () => {
    const credit = ideaCredit(y, family);
    expect(credit.poolWeight).toBe(2);
    expect(credit.poolBound).toBe(0.125);
    expect(entries(credit.shares)).toEqual({ alice: 0.875, bob: 0.0546875, carol: 0.0703125 });
    expect(credit.trail('bob')).toEqual([
      { kind: 'POOL', buildOnId: '11', share: 0.015625 }, // 0.125·0.25/2
      { kind: 'POOL', buildOnId: '12', share: 0.0390625 }, // 0.125·0.625/2
    ]);
    expect(credit.trail('alice')).toEqual([{ kind: 'AUTHOR', share: 0.875 }]);
  });

  it('rounds to parts per million with largest remainders, ties by id', () => {
    // 54687.5 and 70312.5 tie on the remainder; one unit is missing; "bob" < "carol" gets it.
    expect(entries(toPartsPerMillion(ideaCredit(y, family).shares))).toEqual({ alice: 875000, bob: 54688, carol: 70312 });
  });

  it('caps the pool at β once Σq reaches C₀', () => {
    const many = Array.from({ length: 8 }, (_, k) => ({
      ideaId: String(100 + k),
      depth: 1,
      createdAt: k,
      authors: [author(`p${k}`)],
      endorsers: ['x', 'y', 'z'], // (0.25 + 3) each: Σq = 26 ≥ 4
    }));
    const credit = ideaCredit(y, many);
    expect(credit.poolBound).toBe(0.25);
    expect(credit.shares.get('alice')).toBe(0.75);
  });

  it('without descendants S_Y is u_Y, bit for bit', () => {
    const input: UpstreamInput = {
      retention: 0.7,
      authors: [author('dave', 2), author('erin')],
      parents: [{ ideaId: '1', weight: 1, upstream: new Map([['alice', 0.3], ['bob', 0.7]]) }],
    };
    const credit = ideaCredit(input, []);
    expect(credit.poolBound).toBe(0);
    expect([...credit.shares]).toEqual([...upstreamCredit(input)]);
    expect(credit.trail('bob')).toEqual(upstreamTrail(input, 'bob'));
  });

  it('counts an endorser once per author across the family', () => {
    // In (createdAt, id) order; "9" comes before "10" at the same time (numeric ids).
    const members: FamilyMember[] = [
      { ideaId: '10', depth: 1, createdAt: 5, authors: [author('bob')], endorsers: ['carol'] }, // carol counted for bob on 9: e = 0
      { ideaId: '9', depth: 1, createdAt: 5, authors: [author('bob')], endorsers: ['carol', 'carol'] }, // e = 1
      // carol was counted for bob, not yet for dave: e = 0 for bob, 1 for dave
      { ideaId: '20', depth: 1, createdAt: 6, authors: [author('bob'), author('dave')], endorsers: ['carol'] },
      { ideaId: '30', depth: 1, createdAt: 7, authors: [author('dave')], endorsers: ['carol', 'dave'] }, // dave is the author; carol counted for dave: e = 0
      { ideaId: '40', depth: 1, createdAt: 8, authors: [author('erin')], endorsers: ['bob', 'carol'] }, // two endorsers new for erin: e = 2
    ];
    const pool = extenderPool(members);
    expect(pool.terms.map((t) => [t.buildOnId, t.personId, t.countedEndorsers, t.rank])).toEqual([
      ['9', 'bob', 1, 1],
      ['10', 'bob', 0, 2],
      ['20', 'bob', 0, 3],
      ['20', 'dave', 1, 1],
      ['30', 'dave', 0, 2],
      ['40', 'erin', 2, 1],
    ]);
    // A co-authored build-on splits its weight by a_z, with each author's own count and rank:
    // z20: (0.25 + 0)·½ / 3 for bob, (0.25 + 1)·½ / 1 for dave.
    expect(pool.terms[2].weight).toBe(0.125 / 3);
    expect(pool.terms[3].weight).toBe(0.625);
  });

  it('counts endorsers per author on a co-authored build-on (CREDIT.md’s worked case)', () => {
    // Y by yann (a root). In this order, all at depth 1: A posts z1, B posts z2, A and B co-author z3.
    // E endorses z1, z2 and z3; F endorses z1 and z3.
    const members: FamilyMember[] = [
      { ideaId: 'z1', depth: 1, createdAt: 1, authors: [author('A')], endorsers: ['E', 'F'] },
      { ideaId: 'z2', depth: 1, createdAt: 2, authors: [author('B')], endorsers: ['E'] },
      { ideaId: 'z3', depth: 1, createdAt: 3, authors: [author('A'), author('B')], endorsers: ['E', 'F'] },
    ];
    const pool = extenderPool(members);
    // e_{z1,A} = 2, e_{z2,B} = 1, e_{z3,A} = 0 (E and F were counted for A on z1), e_{z3,B} = 1 (F is new for B).
    //   q_{z1,A} = (0.25 + 2)·1 / 1   = 2.25
    //   q_{z2,B} = (0.25 + 1)·1 / 1   = 1.25
    //   q_{z3,A} = (0.25 + 0)·½ / 2   = 0.0625   (A's 2nd build-on)
    //   q_{z3,B} = (0.25 + 1)·½ / 2   = 0.3125   (B's 2nd build-on)
    expect(pool.terms.map((t) => [t.buildOnId, t.personId, t.countedEndorsers, t.rank, t.weight])).toEqual([
      ['z1', 'A', 2, 1, 2.25],
      ['z2', 'B', 1, 1, 1.25],
      ['z3', 'A', 0, 2, 0.0625],
      ['z3', 'B', 1, 2, 0.3125],
    ]);
    // Σq = 3.875 < C₀, so B_Y = 0.25·3.875/4 = 0.2421875 and each unit of q is worth β/C₀ = 0.0625:
    //   yann 1 − B_Y = 0.7578125; A 0.0625·(2.25 + 0.0625) = 0.14453125; B 0.0625·(1.25 + 0.3125) = 0.09765625.
    const credit = ideaCredit({ retention: 1, authors: [author('yann')], parents: [] }, members);
    expect(credit.poolWeight).toBe(3.875);
    expect(credit.poolBound).toBe(0.2421875);
    expect(entries(credit.shares)).toEqual({ A: 0.14453125, B: 0.09765625, yann: 0.7578125 });
    expect(credit.trail('B')).toEqual([
      { kind: 'POOL', buildOnId: 'z2', share: 0.078125 },
      { kind: 'POOL', buildOnId: 'z3', share: 0.01953125 },
    ]);
    expect(entries(toPartsPerMillion(credit.shares))).toEqual({ A: 144531, B: 97656, yann: 757813 });
  });

  it('weighs deeper build-ons by δ^(depth − 1) and by significance', () => {
    const pool = extenderPool([
      { ideaId: '1', depth: 3, createdAt: 0, authors: [author('bob')], endorsers: [] }, // 0.25·0.25
      { ideaId: '2', depth: 1, createdAt: 1, authors: [author('carol')], endorsers: [], significance: 2 }, // 2·0.25
    ]);
    expect(pool.terms.map((t) => t.weight)).toEqual([0.0625, 0.5]);
    expect(pool.total).toBe(0.5625);
  });
});
