/**
 * The seven properties of CREDIT.md, each checked on random DAGs (dagArb): many small graphs, plus a few
 * of 2,000–3,000 nodes. fast-check prints the seed and the shrunk counterexample on failure.
 */
import fc from 'fast-check';
import {
  DEFAULT_CREDIT_CONFIG,
  extenderPool,
  type FamilyMember,
  ideaCredit,
  type IdeaCredit,
  type IdeaId,
  type Shares,
  toPartsPerMillion,
  type TrailTerm,
  upstreamCredit,
  upstreamTrail,
} from './index';
import {
  ancestorsOf,
  type Dag,
  dagArb,
  familyOf,
  harmonic,
  inputOf,
  personId,
  prng,
  randomTopologicalOrder,
  retentionArb,
  sampleIds,
  shuffled,
  total,
} from './testing/dag';
import { fullUpstream } from './testing/columns';

const { beta, q0 } = DEFAULT_CREDIT_CONFIG;
const SMALL = dagArb({ maxNodes: 40 });
const LARGE = dagArb({ minNodes: 2000, maxNodes: 3000, people: 60 });
const SMALL_RUNS = 80;
/** Large graphs are not shrunk on failure (that could take minutes): fast-check reports the seed instead. */
const LARGE_OPTIONS = { numRuns: 3, endOnFailure: true };

/** Runs a check on many small random DAGs and a few large ones. */
function forRandomDags(check: (dag: Dag) => void, largeSample = true): void {
  fc.assert(fc.property(SMALL, check), { numRuns: SMALL_RUNS });
  if (largeSample) fc.assert(fc.property(LARGE, check), LARGE_OPTIONS);
}

/** S_Y for an idea of the DAG, its family included. */
function creditOf(dag: Dag, ups: ReadonlyMap<IdeaId, Shares>, id: IdeaId): IdeaCredit {
  return ideaCredit(inputOf(dag.byId.get(id)!, ups), familyOf(dag, id));
}

/** Entries that differ between two share maps (value !== or a different key order): [] when identical. */
function differences(a: Shares, b: Shares | undefined): string[] {
  const ea = [...a.entries()];
  const eb = [...(b ?? new Map()).entries()];
  const out: string[] = [];
  if (ea.length !== eb.length) out.push(`sizes ${ea.length} vs ${eb.length}`);
  ea.forEach(([k, v], i) => {
    if (eb[i]?.[0] !== k || eb[i]?.[1] !== v) out.push(`${k}=${v} vs ${eb[i]?.[0]}=${eb[i]?.[1]}`);
  });
  return out;
}

/** Left-to-right float sum of trail terms: the sum the shares are defined as. */
const trailSum = (terms: TrailTerm[]) => terms.reduce((s, t) => s + t.share, 0);

const memberArb = (people: number) =>
  fc.record({
    depth: fc.integer({ min: 1, max: 4 }),
    authors: fc.array(
      fc.record({ personId: fc.nat({ max: people - 1 }).map(personId), weight: fc.integer({ min: 1, max: 4 }) }),
      { minLength: 1, maxLength: 3 },
    ),
    endorsers: fc.array(fc.nat({ max: people - 1 }).map(personId), { maxLength: 4 }),
    significance: fc.option(fc.double({ min: 0.1, max: 3, noNaN: true }), { nil: undefined }),
    createdAt: fc.nat({ max: 50 }),
  });

describe('credit properties (CREDIT.md)', () => {
  it('1. Exact: every u_v and S_Y sums to 1, and parts per million sum to exactly 1,000,000', () => {
    const checkPpm = (shares: Shares) => {
      const ppm = toPartsPerMillion(shares);
      expect(total(ppm)).toBe(1_000_000);
      expect([...ppm.keys()].sort()).toEqual([...shares.keys()].sort());
      const off = [...shares].filter(([p, share]) => !Number.isInteger(ppm.get(p)) || Math.abs(ppm.get(p)! - share * 1e6) >= 1);
      expect(off).toEqual([]);
    };
    forRandomDags((dag) => {
      const ups = fullUpstream(dag.ideas);
      let worst = 0;
      for (const u of ups.values()) worst = Math.max(worst, Math.abs(total(u) - 1));
      expect(worst).toBeLessThanOrEqual(1e-12);
      for (const id of sampleIds(dag, 12)) {
        const credit = creditOf(dag, ups, id);
        expect(Math.abs(total(credit.shares) - 1)).toBeLessThanOrEqual(1e-12);
        checkPpm(credit.shares);
        checkPpm(ups.get(id)!);
      }
    });
  });

  it('2. Deterministic: shuffled ideas, authors, parents, descendants and endorsers give identical numbers', () => {
    const check = (dag: Dag, seed: number) => {
      const random = prng(seed);
      const shuffledIdeas = shuffled(dag.ideas, random).map((idea) => ({
        ...idea,
        authors: shuffled(idea.authors, random),
        parents: shuffled(idea.parents, random),
      }));
      const a = fullUpstream(dag.ideas);
      const b = fullUpstream(shuffledIdeas);
      expect([...b.keys()]).toEqual([...a.keys()]);
      expect([...a].flatMap(([id, u]) => differences(u, b.get(id)))).toEqual([]); // same order, ===

      const byId = new Map(shuffledIdeas.map((idea) => [idea.id, idea]));
      for (const id of sampleIds(dag, 8)) {
        const family = familyOf(dag, id);
        const shuffledFamily = shuffled(family, random).map((z) => ({
          ...z,
          authors: shuffled(z.authors, random),
          endorsers: shuffled(z.endorsers, random),
        }));
        const x = ideaCredit(inputOf(dag.byId.get(id)!, a), family);
        const y = ideaCredit(inputOf(byId.get(id)!, b), shuffledFamily);
        expect(y.poolBound).toBe(x.poolBound);
        expect([...y.shares.entries()]).toEqual([...x.shares.entries()]);
        for (const person of x.shares.keys()) expect(y.trail(person)).toEqual(x.trail(person));
        expect(toPartsPerMillion(y.shares)).toEqual(toPartsPerMillion(x.shares));
      }
    };
    fc.assert(fc.property(SMALL, fc.integer(), check), { numRuns: SMALL_RUNS });
    fc.assert(fc.property(LARGE, fc.integer(), check), LARGE_OPTIONS);
  });

  it('3. No erasure: authors of Y, of its ancestors and of its descendants all have S_Y > 0', () => {
    forRandomDags((dag) => {
      const ups = fullUpstream(dag.ideas);
      for (const id of sampleIds(dag, 12)) {
        const credit = creditOf(dag, ups, id);
        const related = [id, ...ancestorsOf(dag, id), ...familyOf(dag, id).map((z) => z.ideaId)];
        const erased = related.flatMap((v) =>
          dag.byId.get(v)!.authors.filter((a) => !((credit.shares.get(a.personId) ?? 0) > 0)).map((a) => `${a.personId} of ${v}`),
        );
        expect(erased).toEqual([]);
      }
    });
  });

  it('4. Bounded dilution: no sequence of build-ons lowers an author of Y below (1 − β)·ρ_Y·a_Y(x)', () => {
    fc.assert(
      fc.property(SMALL, fc.nat(), fc.array(memberArb(12), { maxLength: 40 }), (dag, pick, extra) => {
        const ups = fullUpstream(dag.ideas);
        const y = dag.ideas[pick % dag.ideas.length];
        const input = inputOf(y, ups);
        const rho = y.parents.length === 0 ? 1 : y.retention;
        // a_Y(x), by hand: merged weights over their total.
        const weights = new Map<string, number>();
        for (const a of y.authors) weights.set(a.personId, (weights.get(a.personId) ?? 0) + a.weight);
        const sumW = [...weights.values()].reduce((s, w) => s + w, 0);
        const family: FamilyMember[] = familyOf(dag, y.id);
        const check = () => {
          const credit = ideaCredit(input, family);
          expect(credit.poolBound).toBeLessThanOrEqual(beta);
          for (const [x, w] of weights) {
            expect(credit.shares.get(x)!).toBeGreaterThanOrEqual((1 - beta) * rho * (w / sumW) - 1e-12);
          }
        };
        check();
        extra.forEach((m, k) => {
          family.push({ ...m, ideaId: `extra${k}` }); // build-ons keep arriving, endorsed or not
          check();
        });
      }),
      { numRuns: SMALL_RUNS },
    );
  });

  it('5. Bounded gaming: pool share ≤ β per person, pool weight ≤ q0·H(n), and endorsement beats volume', () => {
    const GAMER = 'gamer';
    const poolShare = (credit: IdeaCredit, person: string) =>
      credit.trail(person).reduce((s, t) => s + (t.kind === 'POOL' ? t.share : 0), 0);
    const root = { retention: 1, authors: [{ personId: 'founder', weight: 1 }], parents: [] };

    fc.assert(
      fc.property(
        fc.array(memberArb(8), { maxLength: 30 }),
        fc.array(
          fc.record({
            depth: fc.integer({ min: 1, max: 4 }),
            coAuthors: fc.array(fc.nat({ max: 7 }).map(personId), { maxLength: 2 }),
            createdAt: fc.nat({ max: 50 }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        (others, gamed) => {
          // The gamer's build-ons: unendorsed (self-endorsement is ignored), any depth, maybe co-authored.
          const gamerOwn: FamilyMember[] = gamed.map((g, k) => ({
            ideaId: `g${k}`,
            depth: g.depth,
            createdAt: g.createdAt,
            authors: [{ personId: GAMER, weight: 1 }, ...g.coAuthors.map((p) => ({ personId: p, weight: 1 }))],
            endorsers: [GAMER],
          }));
          const family = [...others.map((m, k) => ({ ...m, ideaId: `o${k}` })), ...gamerOwn];
          const credit = ideaCredit(root, family);
          for (const person of credit.shares.keys()) {
            expect(poolShare(credit, person)).toBeLessThanOrEqual(credit.poolBound + 1e-15);
          }
          expect(credit.poolBound).toBeLessThanOrEqual(beta);

          const gamerWeight = extenderPool(family)
            .terms.filter((t) => t.personId === GAMER)
            .reduce((s, t) => s + t.weight, 0);
          expect(gamerWeight).toBeLessThanOrEqual(q0 * harmonic(gamed.length) * (1 + 1e-12));
          // Sole author, depth 1: the bound is reached.
          const flat = gamerOwn.map((z) => ({ ...z, depth: 1, authors: [{ personId: GAMER, weight: 1 }] }));
          const flatWeight = extenderPool(flat).total;
          expect(Math.abs(flatWeight - q0 * harmonic(gamed.length))).toBeLessThanOrEqual(1e-12 * flatWeight);
        },
      ),
      { numRuns: 100 },
    );

    // CREDIT.md's example: one build-on endorsed by two colleagues outweighs 1,000 unendorsed ones by one person.
    const flood: FamilyMember[] = Array.from({ length: 1000 }, (_, k) => ({
      ideaId: String(1000 + k),
      depth: 1,
      createdAt: k,
      authors: [{ personId: 'flooder', weight: 1 }],
      endorsers: [],
    }));
    const endorsed: FamilyMember = {
      ideaId: '5000',
      depth: 1,
      createdAt: 500,
      authors: [{ personId: 'careful', weight: 1 }],
      endorsers: ['colleague1', 'colleague2'],
    };
    const credit = ideaCredit(root, [...flood, endorsed]);
    const pool = extenderPool([...flood, endorsed]);
    const weightOf = (p: string) => pool.terms.filter((t) => t.personId === p).reduce((s, t) => s + t.weight, 0);
    expect(weightOf('careful')).toBe(2.25); // (q0 + 2)·1
    expect(weightOf('flooder')).toBeCloseTo(0.25 * 7.485470860550345, 12); // q0·H(1000) ≈ 1.8714
    expect(poolShare(credit, 'careful')).toBeGreaterThan(poolShare(credit, 'flooder'));
    expect(credit.poolBound).toBe(beta); // Σq = 4.12 ≥ C0
  });

  it('endorsers count per author: each colleague once per person, whoever else co-authored', () => {
    const familyArb = fc.array(memberArb(8), { maxLength: 30 }).map((ms) => ms.map((m, k): FamilyMember => ({ ...m, ideaId: `z${k}` })));
    const fromDags = SMALL.map((dag) => familyOf(dag, dag.ideas[0].id));
    fc.assert(
      fc.property(fc.oneof(familyArb, fromDags), (family) => {
        const pool = extenderPool(family);
        const authorsOf = (z: FamilyMember) => new Set(z.authors.map((a) => a.personId));
        for (const x of new Set(family.flatMap((z) => [...authorsOf(z)]))) {
          const own = family.filter((z) => authorsOf(z).has(x));
          // Σ_z e_{z,x} over x's build-ons = the distinct endorsers of x's build-ons who did not co-author the one they endorsed
          const colleagues = new Set(own.flatMap((z) => z.endorsers.filter((e) => !authorsOf(z).has(e))));
          const mine = pool.terms.filter((t) => t.personId === x);
          expect(mine.reduce((s, t) => s + t.countedEndorsers, 0)).toBe(colleagues.size);
          // x's terms depend on x's build-ons only: the same without everybody else's
          expect(extenderPool(own).terms.filter((t) => t.personId === x)).toEqual(mine);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('6. Explainable: trail terms add up exactly to each share, and drill into parents and build-ons', () => {
    forRandomDags((dag) => {
      const ups = fullUpstream(dag.ideas);
      for (const id of sampleIds(dag, 10)) {
        const idea = dag.byId.get(id)!;
        const family = familyOf(dag, id);
        const credit = ideaCredit(inputOf(idea, ups), family);
        const parents = new Set(idea.parents.map((p) => p.ideaId));
        const members = new Map(family.map((z) => [z.ideaId, z]));
        const rho = parents.size === 0 ? 1 : idea.retention;
        const parentWeight = new Map<string, number>();
        for (const p of idea.parents) parentWeight.set(p.ideaId, (parentWeight.get(p.ideaId) ?? 0) + p.weight);
        const sumParentWeight = [...parentWeight.values()].reduce((s, w) => s + w, 0);

        const problems: string[] = [];
        const fail = (what: string) => problems.push(`idea ${id}: ${what}`);
        for (const [person, share] of credit.shares) {
          const terms = credit.trail(person);
          // Exact by construction: the share is defined as this left-to-right sum (so |Δ| = 0 ≤ 1e-12).
          if (trailSum(terms) !== share) fail(`${person}: trail sums to ${trailSum(terms)}, share is ${share}`);
          for (const t of terms) {
            if (!(t.share > 0)) fail(`${person}: non-positive term ${JSON.stringify(t)}`);
            if (t.kind === 'INHERITED') {
              if (!parents.has(t.parentId)) fail(`${person}: ${t.parentId} is not a parent`);
              // Drill: the parent's own trail explains u_p(x), and the term is (1 − B)(1 − ρ)·w(p)·u_p(x).
              const up = ups.get(t.parentId)!.get(person)!;
              const parentTrail = upstreamTrail(inputOf(dag.byId.get(t.parentId)!, ups), person);
              if (trailSum(parentTrail) !== up) fail(`${person}: trail of parent ${t.parentId} does not add up`);
              const w = parentWeight.get(t.parentId)! / sumParentWeight;
              const expected = (1 - credit.poolBound) * (1 - rho) * w * up;
              if (Math.abs(t.share - expected) > 1e-15 + 1e-12 * expected) fail(`${person}: ${t.share} ≠ ${expected}`);
            }
            if (t.kind === 'POOL' && !members.get(t.buildOnId)?.authors.some((a) => a.personId === person)) {
              fail(`${person}: POOL term via ${t.buildOnId}, not one of their build-ons in the family`);
            }
          }
        }
        // Y's own upstream trail explains u_Y exactly, term by term.
        for (const [person, value] of ups.get(id)!) {
          if (trailSum(upstreamTrail(inputOf(idea, ups), person)) !== value) fail(`${person}: upstream trail`);
        }
        expect(problems).toEqual([]);
        expect(credit.trail('nobody')).toEqual([]);
      }
    });
  });

  it('7. Incremental = full: building u node by node in any topological order equals the full pass', () => {
    const check = (dag: Dag, seed: number) => {
      const full = fullUpstream(dag.ideas);
      const incremental = new Map<IdeaId, Shares>();
      for (const idea of randomTopologicalOrder(dag, prng(seed))) {
        incremental.set(idea.id, upstreamCredit(inputOf(idea, incremental)));
      }
      expect(incremental.size).toBe(full.size);
      expect([...full].flatMap(([id, u]) => differences(u, incremental.get(id)))).toEqual([]);
    };
    fc.assert(fc.property(SMALL, fc.integer(), check), { numRuns: SMALL_RUNS });
    fc.assert(fc.property(LARGE, fc.integer(), check), LARGE_OPTIONS);
  });

  it('retention anywhere in [0.2, 0.95] keeps every u_v exact (bounds included)', () => {
    fc.assert(
      fc.property(retentionArb, retentionArb, (r1, r2) => {
        const a = upstreamCredit({ retention: 1, authors: [{ personId: '1', weight: 1 }], parents: [] });
        const b = upstreamCredit({ retention: r1, authors: [{ personId: '2', weight: 1 }], parents: [{ ideaId: '1', weight: 1, upstream: a }] });
        const c = upstreamCredit({
          retention: r2,
          authors: [{ personId: '3', weight: 1 }],
          parents: [
            { ideaId: '1', weight: 1, upstream: a },
            { ideaId: '2', weight: 2, upstream: b },
          ],
        });
        expect(Math.abs(total(c) - 1)).toBeLessThanOrEqual(1e-12);
        expect(c.get('1')).toBeGreaterThan(0);
      }),
    );
  });
});
