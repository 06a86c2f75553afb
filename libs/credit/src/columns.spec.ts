/**
 * computeUpstreamColumns (the full pass over numeric rows, as the database's full recompute reads them)
 * against computeAllUpstream and against building u node by node with upstreamCredit, on random DAGs;
 * then its layout, its errors, and UpstreamDrift.
 */
import fc from 'fast-check';
import {
  compareIds,
  computeAllUpstream,
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
import { type Dag, dagArb, inputOf, prng, randomTopologicalOrder, shuffled } from './testing/dag';

const SMALL = dagArb({ maxNodes: 40 });
const LARGE = dagArb({ minNodes: 2000, maxNodes: 3000, people: 60 });

/** Order-preserving numbers for string ids: rank under compareIds, spread by `gap` (a large gap makes the ids sparse). */
function numbering(ids: Iterable<string>, gap: number): Map<string, number> {
  const sorted = [...new Set(ids)].sort(compareIds);
  return new Map(sorted.map((id, rank) => [id, 5 + rank * gap]));
}

/** The DAG as columns, rows shuffled, ids numbered in compareIds order. */
function columnsOf(dag: Dag, gap: number, seed: number): { columns: LineageColumns; ideaNumber: Map<string, number>; personNumber: Map<string, number> } {
  const random = prng(seed);
  const ideaNumber = numbering(
    dag.ideas.map((i) => i.id),
    gap,
  );
  const personNumber = numbering(
    dag.ideas.flatMap((i) => i.authors.map((a) => a.personId)),
    gap,
  );
  const ideas = shuffled(dag.ideas, random);
  const authors = shuffled(
    dag.ideas.flatMap((i) => i.authors.map((a) => [ideaNumber.get(i.id)!, personNumber.get(a.personId)!, a.weight])),
    random,
  );
  const edges = shuffled(
    dag.ideas.flatMap((i) => i.parents.map((p) => [ideaNumber.get(i.id)!, ideaNumber.get(p.ideaId)!, p.weight])),
    random,
  );
  const column = (rows: number[][], k: number) => Float64Array.from(rows, (r) => r[k]);
  return {
    columns: {
      ideaId: Float64Array.from(ideas, (i) => ideaNumber.get(i.id)!),
      retention: Float64Array.from(ideas, (i) => i.retention),
      authorIdea: column(authors, 0),
      authorPerson: column(authors, 1),
      authorWeight: column(authors, 2),
      edgeChild: column(edges, 0),
      edgeParent: column(edges, 1),
      edgeWeight: column(edges, 2),
    },
    ideaNumber,
    personNumber,
  };
}

/** u_v of one idea as [person number, share] pairs, in run order. */
function runOf(u: UpstreamColumns, ideaNumber: number): Array<[number, number]> {
  const i = u.ideaId.indexOf(ideaNumber);
  const out: Array<[number, number]> = [];
  for (let k = u.runStart[i]; k < u.runEnd[i]; k++) out.push([u.personId[u.personRank[k]], u.share[k]]);
  return out;
}

/** The same as pairs of numbers, from a share map keyed by string ids. */
function pairsOf(shares: Shares, personNumber: Map<string, number>): Array<[number, number]> {
  return [...shares].map(([person, share]) => [personNumber.get(person)!, share]);
}

/** Checks the columns pass against `reference` on one DAG: same ideas, same people in the same order, same floats (===). */
function sameAsReference(dag: Dag, seed: number, sparse: boolean, reference: (dag: Dag) => ReadonlyMap<IdeaId, Shares>): void {
  const { columns, ideaNumber, personNumber } = columnsOf(dag, sparse ? 100_003 : 3, seed);
  const u = computeUpstreamColumns(columns);
  const expected = reference(dag);
  expect([...u.ideaId]).toEqual([...expected.keys()].map((id) => ideaNumber.get(id)).sort((a, b) => a! - b!));
  const differences: string[] = [];
  for (const [id, shares] of expected) {
    const actual = runOf(u, ideaNumber.get(id)!);
    const wanted = pairsOf(shares, personNumber);
    if (actual.length !== wanted.length || actual.some(([p, s], k) => p !== wanted[k][0] || s !== wanted[k][1])) {
      differences.push(`${id}: ${JSON.stringify(actual)} vs ${JSON.stringify(wanted)}`);
    }
  }
  expect(differences).toEqual([]);
}

const incremental = (seed: number) => (dag: Dag) => {
  const u = new Map<IdeaId, Shares>();
  for (const idea of randomTopologicalOrder(dag, prng(seed))) u.set(idea.id, upstreamCredit(inputOf(idea, u)));
  return u;
};

describe('computeUpstreamColumns', () => {
  it('equals computeAllUpstream bit for bit on random DAGs, whatever the row order and however sparse the ids', () => {
    const check = (dag: Dag, seed: number, sparse: boolean) => sameAsReference(dag, seed, sparse, (d) => computeAllUpstream(d.ideas));
    fc.assert(fc.property(SMALL, fc.integer(), fc.boolean(), check), { numRuns: 100 });
    fc.assert(fc.property(LARGE, fc.integer(), fc.boolean(), check), { numRuns: 3, endOnFailure: true });
  });

  it('equals building u node by node with upstreamCredit (incremental = full)', () => {
    const check = (dag: Dag, seed: number, sparse: boolean) => sameAsReference(dag, seed, sparse, incremental(seed));
    fc.assert(fc.property(SMALL, fc.integer(), fc.boolean(), check), { numRuns: 60 });
    fc.assert(fc.property(LARGE, fc.integer(), fc.boolean(), check), { numRuns: 2, endOnFailure: true });
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
