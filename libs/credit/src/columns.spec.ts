/**
 * computeUpstreamColumns (the full pass over numeric rows, as the database's full recompute reads them)
 * against building u node by node with upstreamCredit, on random DAGs; then its layout, its errors, and
 * UpstreamDrift.
 */
import fc from 'fast-check';
import {
  computeUpstreamColumns,
  CreditInputError,
  CycleError,
  type IdeaId,
  type LineageColumns,
  type Shares,
  type UpstreamColumns,
  UpstreamDrift,
  upstreamCredit,
} from './index';
import { fromColumns, toColumns } from './testing/columns';
import { type Dag, dagArb, inputOf, prng, randomTopologicalOrder } from './testing/dag';

const SMALL = dagArb({ maxNodes: 40 });
const LARGE = dagArb({ minNodes: 2000, maxNodes: 3000, people: 60 });

/** u_v of one idea as [person number, share] pairs, in run order. */
function runOf(u: UpstreamColumns, ideaNumber: number): Array<[number, number]> {
  const i = u.ideaId.indexOf(ideaNumber);
  const out: Array<[number, number]> = [];
  for (let k = u.runStart[i]; k < u.runEnd[i]; k++) out.push([u.personId[u.personRank[k]], u.share[k]]);
  return out;
}

/** Entries that differ between two share maps (value !== or a different key order): [] when identical. */
function differences(id: IdeaId, actual: Shares | undefined, wanted: Shares): string[] {
  const a = JSON.stringify([...(actual ?? [])]);
  const w = JSON.stringify([...wanted]);
  return a === w ? [] : [`${id}: ${a} vs ${w}`];
}

describe('computeUpstreamColumns', () => {
  it('equals building u node by node with upstreamCredit (incremental = full), whatever the row order and however sparse the ids', () => {
    const check = (dag: Dag, seed: number, sparse: boolean) => {
      const numbered = toColumns(dag.ideas, { gap: sparse ? 100_003 : 3, random: prng(seed) });
      const full = fromColumns(computeUpstreamColumns(numbered.columns), numbered);
      const incremental = new Map<IdeaId, Shares>();
      for (const idea of randomTopologicalOrder(dag, prng(seed))) incremental.set(idea.id, upstreamCredit(inputOf(idea, incremental)));
      // ideas in id order, each u_v's people in id order, the same floats (JSON keeps every bit of a double)
      expect([...full.keys()]).toEqual([...numbered.ideaNumber.keys()]);
      expect([...incremental].flatMap(([id, u]) => differences(id, full.get(id), u))).toEqual([]);
    };
    fc.assert(fc.property(SMALL, fc.integer(), fc.boolean(), check), { numRuns: 100 });
    fc.assert(fc.property(LARGE, fc.integer(), fc.boolean(), check), { numRuns: 3, endOnFailure: true });
  });

  it('lays out a worked example: ideas and people ascending, each run by person', () => {
    // 10 by person 1; 20 by persons 3 and 2; 30 by person 4 builds on 10 (weight 7) and 20 (weight 3), ρ = 0.6:
    // person 4: 0.6, person 1: 0.4·0.7 = 0.28, persons 2 and 3: 0.4·0.3·0.5 = 0.06.
    const u = computeUpstreamColumns({
      ideaId: Float64Array.of(30, 10, 20),
      retention: Float64Array.of(0.6, 1, 0.3),
      authorIdea: Float64Array.of(20, 30, 10, 20),
      authorPerson: Float64Array.of(3, 4, 1, 2),
      authorWeight: Float64Array.of(1, 1, 1, 1),
      edgeChild: Float64Array.of(30, 30),
      edgeParent: Float64Array.of(20, 10),
      edgeWeight: Float64Array.of(3, 7),
    });
    expect([...u.ideaId]).toEqual([10, 20, 30]);
    expect([...u.personId]).toEqual([1, 2, 3, 4]);
    expect(runOf(u, 10)).toEqual([[1, 1]]);
    expect(runOf(u, 20)).toEqual([
      [2, 0.5],
      [3, 0.5],
    ]);
    const v = runOf(u, 30);
    expect(v.map(([p]) => p)).toEqual([1, 2, 3, 4]);
    [0.28, 0.06, 0.06, 0.6].forEach((share, k) => expect(v[k][1]).toBeCloseTo(share, 15));
    expect(u.share.length).toBe(7);
  });

  it('handles no ideas at all', () => {
    const empty = new Float64Array(0);
    const u = computeUpstreamColumns({
      ideaId: empty,
      retention: empty,
      authorIdea: empty,
      authorPerson: empty,
      authorWeight: empty,
      edgeChild: empty,
      edgeParent: empty,
      edgeWeight: empty,
    });
    expect(u.ideaId.length).toBe(0);
    expect(u.share.length).toBe(0);
  });
});

describe('computeUpstreamColumns errors', () => {
  /** Ideas 1..n, each by person 100 + id, ρ 0.6; `edges` as [child, parent]. */
  const lineage = (n: number, edges: Array<[number, number]>, change: Partial<LineageColumns> = {}): LineageColumns => {
    const ids = Array.from({ length: n }, (_, k) => k + 1);
    return {
      ideaId: Float64Array.from(ids),
      retention: Float64Array.from(ids, () => 0.6),
      authorIdea: Float64Array.from(ids),
      authorPerson: Float64Array.from(ids, (id) => 100 + id),
      authorWeight: Float64Array.from(ids, () => 1),
      edgeChild: Float64Array.from(edges, (e) => e[0]),
      edgeParent: Float64Array.from(edges, (e) => e[1]),
      edgeWeight: Float64Array.from(edges, () => 1),
      ...change,
    };
  };
  const thrown = (l: LineageColumns): Error => {
    try {
      computeUpstreamColumns(l);
    } catch (e) {
      return e as Error;
    }
    throw new Error('expected an error');
  };

  it('reports cycles, self-loops and unknown parents as CycleError with the ids', () => {
    const cycle = thrown(lineage(5, [[2, 1], [2, 3], [3, 2], [4, 3]])) as CycleError;
    expect(cycle).toBeInstanceOf(CycleError);
    expect(cycle.reason).toBe('cycle');
    expect(new Set(cycle.ideaIds)).toEqual(new Set(['2', '3']));
    expect(cycle.message).toMatch(/cycle: (2 → 3 → 2|3 → 2 → 3)/);
    expect(thrown(lineage(2, [[2, 2]]))).toMatchObject({ reason: 'cycle', ideaIds: ['2', '2'] });
    expect(thrown(lineage(2, [[2, 99]]))).toMatchObject({ reason: 'unknown-parent', ideaIds: ['2', '99'] });
  });

  it('rejects invalid input with CreditInputError', () => {
    const bad = (l: LineageColumns, message: RegExp) => {
      const e = thrown(l);
      expect(e).toBeInstanceOf(CreditInputError);
      expect(e.message).toMatch(message);
    };
    bad(lineage(2, [], { ideaId: Float64Array.of(1, 1) }), /idea 1 appears twice/);
    bad(lineage(2, [], { ideaId: Float64Array.of(1, 2.5) }), /integer/);
    bad(lineage(2, [], { ideaId: Float64Array.of(1, 2 ** 53) }), /integer/);
    bad(lineage(2, [], { ideaId: Float64Array.of(1, -2) }), /integer/);
    bad(lineage(2, [], { authorPerson: Float64Array.of(1, 0.5) }), /person id must be an integer/);
    bad(lineage(2, [], { retention: Float64Array.of(1) }), /differ in length/);
    bad(lineage(2, [[2, 1]], { edgeWeight: Float64Array.of(1, 1) }), /differ in length/);
    bad(lineage(2, [], { authorIdea: Float64Array.of(1, 1) }), /idea 2: at least one author/);
    bad(lineage(2, [], { authorIdea: Float64Array.of(1, 7) }), /idea 7, which is not among the ideas/);
    bad(lineage(2, [[7, 1]]), /idea 7 as a child/);
    expect(thrown(lineage(2, [[2, 1.5]]))).toMatchObject({ reason: 'unknown-parent' });
    for (const r of [0.1, 0.96, 1, NaN]) bad(lineage(2, [[2, 1]], { retention: Float64Array.of(0.6, r) }), /idea 2: retention must be in \[0.2, 0.95\]/);
    // a root's retention is ignored
    expect(() => computeUpstreamColumns(lineage(2, [[2, 1]], { retention: Float64Array.of(7, 0.6) }))).not.toThrow();
    for (const w of [0, -1, NaN, Infinity]) {
      bad(lineage(2, [[2, 1]], { edgeWeight: Float64Array.of(w) }), /weight must be a finite number > 0/);
      bad(lineage(2, [], { authorWeight: Float64Array.of(1, w) }), /weight must be a finite number > 0/);
    }
    bad(lineage(3, [[3, 1], [3, 2]], { edgeWeight: Float64Array.of(Number.MAX_VALUE, Number.MAX_VALUE) }), /overflow/);
  });
});

describe('UpstreamDrift', () => {
  const u = computeUpstreamColumns({
    ideaId: Float64Array.of(1, 2),
    retention: Float64Array.of(1, 0.5),
    authorIdea: Float64Array.of(1, 2),
    authorPerson: Float64Array.of(7, 8),
    authorWeight: Float64Array.of(1, 1),
    edgeChild: Float64Array.of(2),
    edgeParent: Float64Array.of(1),
    edgeWeight: Float64Array.of(1),
  });
  const stored: Array<[number, number, number]> = [
    [1, 7, 1],
    [2, 7, 0.5],
    [2, 8, 0.5],
  ];
  const drift = (rows: Array<[number, number, number]>, tolerance?: number) => {
    const check = new UpstreamDrift(u, tolerance);
    for (const [idea, person, share] of rows) check.row(idea, person, share);
    return check.drifting();
  };

  it('finds nothing when the stored rows are the computed ones, in any order', () => {
    expect(drift(stored)).toEqual([]);
    expect(drift([...stored].reverse())).toEqual([]);
  });

  it('lists the ideas with a changed, missing or extra share', () => {
    expect(drift([stored[0], stored[1], [2, 8, 0.5 + 1e-9]])).toEqual([2]);
    expect(drift([stored[0], stored[1], [2, 8, 0.5 + 1e-9]], 1e-6)).toEqual([]);
    expect(drift([stored[1], stored[2]])).toEqual([1]);
    expect(drift([...stored, [1, 8, 0.25]])).toEqual([1]);
    expect(drift([...stored, [3, 7, 1]])).toEqual([3]);
  });

  it('with tolerance 0 (what the full recompute uses), any difference counts', () => {
    expect(drift(stored, 0)).toEqual([]);
    expect(drift([stored[0], stored[1], [2, 8, 0.5 + Number.EPSILON / 2]], 0)).toEqual([2]);
  });
});
