/**
 * Test support (not exported from the library): a fast-check arbitrary of random idea DAGs and the graph
 * walks the property tests need (ancestors, families with shortest depths, topological orders).
 */
import fc from 'fast-check';
import type { FamilyMember, IdeaId, PersonId, Shares, UpstreamInput, WeightedAuthor } from '../types';

/** One idea of a whole graph. */
export interface IdeaRecord {
  id: IdeaId;
  createdAt: number;
  retention: number;
  authors: readonly WeightedAuthor[];
  parents: readonly { ideaId: IdeaId; weight: number }[];
}

export interface Dag {
  /** Ideas in creation order: parents always come before their children. */
  ideas: IdeaRecord[];
  byId: Map<IdeaId, IdeaRecord>;
  children: Map<IdeaId, IdeaId[]>;
  endorsers: Map<IdeaId, PersonId[]>;
  significance: Map<IdeaId, number | undefined>;
}

export interface DagOptions {
  minNodes?: number;
  maxNodes: number;
  /** Size of the pool people are drawn from (small pools make lineages share authors). */
  people?: number;
}

const weightArb = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.double({ min: 1e-3, max: 1e3, noNaN: true, noDefaultInfinity: true }),
);
/** Retention of a build-on, often exactly at the bounds of [0.2, 0.95]. */
export const retentionArb = fc.oneof(
  fc.constantFrom(0.2, 0.6, 0.95),
  fc.double({ min: 0.2, max: 0.95, noNaN: true }),
);

/**
 * Person ids mix digit strings and names ("7", "12", "p3"…), so compareIds' numeric order matters.
 */
export function personId(n: number): PersonId {
  return n % 3 === 2 ? `p${n}` : String(n);
}

function nodeArb(people: number) {
  const person = fc.nat({ max: people - 1 });
  return fc.record({
    authors: fc.array(fc.record({ person, weight: weightArb }), { minLength: 1, maxLength: 3 }),
    parents: fc.array(fc.record({ pick: fc.nat(), weight: weightArb }), { maxLength: 3 }),
    retention: retentionArb,
    endorsers: fc.array(person, { maxLength: 4 }),
    significance: fc.option(fc.double({ min: 0.1, max: 3, noNaN: true }), { nil: undefined }),
    tick: fc.nat({ max: 2 }), // 0 gives createdAt ties, broken by id
  });
}

/**
 * Random DAGs. Node i picks its parents among nodes 0..i−1, half the time among the last 8 (deep chains),
 * half the time anywhere (wide, diamond-rich lineages); duplicate parents and authors happen and must merge.
 * Ids are a salted permutation, so id order differs from creation order; with some salts a few ids are
 * non-numeric ("x…"), exercising compareIds' mixed order.
 */
export function dagArb(options: DagOptions): fc.Arbitrary<Dag> {
  const people = options.people ?? 12;
  return fc
    .record({
      salt: fc.nat({ max: 100_000 }),
      nodes: fc.array(nodeArb(people), { minLength: options.minNodes ?? 1, maxLength: options.maxNodes }),
    })
    .map(({ salt, nodes }) => buildDag(salt, nodes));
}

function buildDag(
  salt: number,
  nodes: {
    authors: { person: number; weight: number }[];
    parents: { pick: number; weight: number }[];
    retention: number;
    endorsers: number[];
    significance: number | undefined;
    tick: number;
  }[],
): Dag {
  // 7919 is coprime with the prime 100_003, so i ↦ id is injective for up to 100_003 nodes.
  const idOf = (i: number) => {
    const k = (i * 7919 + salt) % 100_003;
    return salt % 4 === 0 && k % 5 === 0 ? `x${k}` : String(k);
  };
  const ideas: IdeaRecord[] = [];
  const endorsers = new Map<IdeaId, PersonId[]>();
  const significance = new Map<IdeaId, number | undefined>();
  let createdAt = 1_700_000_000_000;
  nodes.forEach((node, i) => {
    const id = idOf(i);
    createdAt += node.tick;
    const parents =
      i === 0
        ? []
        : node.parents.map((p) => ({
            ideaId: idOf(p.pick % 2 === 0 ? i - 1 - ((p.pick >> 1) % Math.min(i, 8)) : (p.pick >> 1) % i),
            weight: p.weight,
          }));
    ideas.push({
      id,
      createdAt,
      retention: node.retention,
      authors: node.authors.map((a) => ({ personId: personId(a.person), weight: a.weight })),
      parents,
    });
    endorsers.set(id, node.endorsers.map(personId));
    significance.set(id, node.significance);
  });
  return indexDag(ideas, endorsers, significance);
}

export function indexDag(
  ideas: IdeaRecord[],
  endorsers = new Map<IdeaId, PersonId[]>(),
  significance = new Map<IdeaId, number | undefined>(),
): Dag {
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  const children = new Map<IdeaId, IdeaId[]>(ideas.map((idea) => [idea.id, []]));
  for (const idea of ideas) {
    for (const p of new Set(idea.parents.map((q) => q.ideaId))) children.get(p)!.push(idea.id);
  }
  return { ideas, byId, children, endorsers, significance };
}

/** All ancestors of `id` (not itself). */
export function ancestorsOf(dag: Dag, id: IdeaId): Set<IdeaId> {
  const seen = new Set<IdeaId>();
  const stack = dag.byId.get(id)!.parents.map((p) => p.ideaId);
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    for (const p of dag.byId.get(v)!.parents) stack.push(p.ideaId);
  }
  return seen;
}

/** desc(Y) as FamilyMembers, with depth = shortest distance from Y (breadth-first). */
export function familyOf(dag: Dag, id: IdeaId): FamilyMember[] {
  const depth = new Map<IdeaId, number>([[id, 0]]);
  const queue = [id];
  for (let h = 0; h < queue.length; h++) {
    const v = queue[h];
    for (const c of dag.children.get(v)!) {
      if (!depth.has(c)) {
        depth.set(c, depth.get(v)! + 1);
        queue.push(c);
      }
    }
  }
  return queue.slice(1).map((z) => {
    const idea = dag.byId.get(z)!;
    return {
      ideaId: z,
      depth: depth.get(z)!,
      createdAt: idea.createdAt,
      authors: idea.authors,
      endorsers: dag.endorsers.get(z) ?? [],
      significance: dag.significance.get(z),
    };
  });
}

/** The UpstreamInput of an idea, given its parents' upstream credit. */
export function inputOf(idea: IdeaRecord, upstream: ReadonlyMap<IdeaId, Shares>): UpstreamInput {
  return {
    retention: idea.retention,
    authors: idea.authors,
    parents: idea.parents.map((p) => ({ ideaId: p.ideaId, weight: p.weight, upstream: upstream.get(p.ideaId)! })),
  };
}

/** Deterministic PRNG (mulberry32) for shuffles driven by a fast-check seed. */
export function prng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A random topological order (Kahn, picking a random ready node each time). */
export function randomTopologicalOrder(dag: Dag, random: () => number): IdeaRecord[] {
  const missing = new Map(dag.ideas.map((idea) => [idea.id, new Set(idea.parents.map((p) => p.ideaId)).size]));
  const ready = dag.ideas.filter((idea) => missing.get(idea.id) === 0);
  const order: IdeaRecord[] = [];
  while (ready.length > 0) {
    const k = Math.floor(random() * ready.length);
    const idea = ready[k];
    ready[k] = ready[ready.length - 1];
    ready.pop();
    order.push(idea);
    for (const c of dag.children.get(idea.id)!) {
      const left = missing.get(c)! - 1;
      missing.set(c, left);
      if (left === 0) ready.push(dag.byId.get(c)!);
    }
  }
  return order;
}

/** Σ of a map's values in a fixed order (the checks must not depend on iteration order either). */
export function total(shares: ReadonlyMap<string, number>): number {
  return Array.from(shares.values())
    .sort((a, b) => a - b)
    .reduce((s, v) => s + v, 0);
}

/** Ideas to inspect in a DAG: all of them when small, an even sample when large. */
export function sampleIds(dag: Dag, max: number): IdeaId[] {
  const n = dag.ideas.length;
  if (n <= max) return dag.ideas.map((i) => i.id);
  const out: IdeaId[] = [];
  for (let k = 0; k < max; k++) out.push(dag.ideas[Math.floor((k * (n - 1)) / (max - 1))].id);
  return out;
}

/** Harmonic number H(n). */
export function harmonic(n: number): number {
  let h = 0;
  for (let k = n; k >= 1; k--) h += 1 / k;
  return h;
}
