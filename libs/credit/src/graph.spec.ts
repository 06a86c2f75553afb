import fc from 'fast-check';
import { CycleError, shortestDepths, topologicalOrder } from './index';
import { type Dag, dagArb, prng, shuffled } from './testing/dag';

const SMALL = dagArb({ maxNodes: 40 });

/** Adjacency from [parent, child] pairs. */
function graph(edges: Array<[string, string]>) {
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const [p, c] of edges) {
    parents.set(c, [...(parents.get(c) ?? []), p]);
    children.set(p, [...(children.get(p) ?? []), c]);
  }
  return { parentsOf: (id: string) => parents.get(id) ?? [], childrenOf: (id: string) => children.get(id) ?? [] };
}

const parentsIn = (dag: Dag) => (id: string) => dag.byId.get(id)!.parents.map((p) => p.ideaId);
const childrenIn = (dag: Dag) => (id: string) => dag.children.get(id)!;

describe('topologicalOrder', () => {
  it('puts parents first and breaks ties by compareIds', () => {
    // 1 and 2 → 10 → 4; 9 on its own. Roots in id order, then each idea's children as they are released.
    const { parentsOf } = graph([
      ['1', '10'],
      ['2', '10'],
      ['10', '4'],
    ]);
    expect(topologicalOrder(['4', '10', 'x', '9', '2', '1'], parentsOf)).toEqual(['1', '2', '9', 'x', '10', '4']);
    // a parent outside the ids is taken as known; a parent listed twice counts once
    expect(topologicalOrder(['4', '10'], parentsOf)).toEqual(['10', '4']);
    expect(topologicalOrder(['b', 'a'], (id) => (id === 'b' ? ['a', 'a'] : []))).toEqual(['a', 'b']);
    expect(topologicalOrder([], parentsOf)).toEqual([]);
  });

  it('orders any DAG, whatever the order of the ids and of the parents', () => {
    fc.assert(
      fc.property(SMALL, fc.integer(), (dag, seed) => {
        const random = prng(seed);
        const ids = dag.ideas.map((i) => i.id);
        const order = topologicalOrder(ids, parentsIn(dag));
        expect([...order].sort()).toEqual([...ids].sort());
        const position = new Map(order.map((id, k) => [id, k]));
        const late = dag.ideas.filter((i) => i.parents.some((p) => position.get(p.ideaId)! > position.get(i.id)!));
        expect(late).toEqual([]);
        const shuffledParents = (id: string) => shuffled(parentsIn(dag)(id), random);
        expect(topologicalOrder(shuffled(ids, random), shuffledParents)).toEqual(order);
      }),
      { numRuns: 100 },
    );
  });

  it('reports a cycle with the ids on it', () => {
    // 1 → 2 ⇄ 3 → 4: 3 is a parent of 2 and 2 of 3
    const { parentsOf } = graph([
      ['1', '2'],
      ['3', '2'],
      ['2', '3'],
      ['3', '4'],
    ]);
    let error: unknown;
    try {
      topologicalOrder(['1', '2', '3', '4'], parentsOf);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CycleError);
    expect(error).toMatchObject({ reason: 'cycle', ideaIds: ['3', '2', '3'] });
  });
});

describe('shortestDepths', () => {
  it('gives the fewest steps from the nearest root', () => {
    // r → a → b → c, and a shortcut r → c; d → e
    const { childrenOf, parentsOf } = graph([
      ['r', 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['r', 'c'],
      ['c', 'd'],
    ]);
    expect(shortestDepths(['r'], childrenOf)).toEqual(
      new Map([
        ['r', 0],
        ['a', 1],
        ['c', 1],
        ['b', 2],
        ['d', 2],
      ]),
    );
    expect(shortestDepths(['d', 'b', 'd'], parentsOf)).toEqual(
      new Map([
        ['d', 0],
        ['b', 0],
        ['c', 1],
        ['a', 1],
        ['r', 2],
      ]),
    );
    expect(shortestDepths([], childrenOf)).toEqual(new Map());
  });

  it('reaches every descendant, each one step below its nearest parent, on random DAGs', () => {
    fc.assert(
      fc.property(SMALL, fc.nat(), (dag, pick) => {
        const root = dag.ideas[pick % dag.ideas.length].id;
        const depths = shortestDepths([root], childrenIn(dag));
        expect(depths.get(root)).toBe(0);
        const wrong: string[] = [];
        for (const [id, depth] of depths) {
          // closed under children, and depth = 1 + the least depth of a parent in the family
          for (const c of childrenIn(dag)(id)) if (!depths.has(c)) wrong.push(`${c} below ${id} missing`);
          if (id === root) continue;
          const nearest = Math.min(...parentsIn(dag)(id).map((p) => depths.get(p) ?? Infinity));
          if (depth !== nearest + 1) wrong.push(`${id} at ${depth}, nearest parent at ${nearest}`);
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
