import { type CreditConfig, resolveConfig } from './config';
import { CreditInputError, CycleError } from './errors';
import { compareIds, type IdIndex, indexIds } from './ids';
import { assertWeight, effectiveRetention, normaliseAuthors, normaliseWeights } from './normalise';
import { mergeRuns } from './runs';
import type { IdeaId, IdeaRecord, PersonId, WeightedAuthor } from './types';

/*
 * Working memory of the full pass is plain arrays (small integers and doubles), not typed arrays.
 * Typed arrays live outside V8's heap, and allocating ~100 MB of them makes V8 run full garbage
 * collections over the caller's whole heap (a million idea records: ~2 s each). Plain arrays of the same
 * size cost nothing of the kind.
 */
const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/**
 * The lineage in compressed-sparse-row form over canonical indices (index = rank of the id under
 * compareIds): node i's parents are parentIdx[parentStart[i] .. parentStart[i+1]), merged and in index
 * (= id) order, each with its coefficient (1 − ρ_i)·w(i,p); children likewise, in index order.
 */
interface Lineage {
  sorted: IdeaRecord[];
  rhos: number[];
  parentStart: number[];
  parentIdx: number[];
  parentCoef: number[];
  childStart: number[];
  childIdx: number[];
}

/**
 * u_v for every idea, in one topological pass (Kahn's algorithm).
 *
 * Ideas are referred to by their rank under compareIds, so "ties by id" comes for free: roots enter the
 * FIFO queue in id order and children are released in id order. People are interned to ranks in
 * compareIds order too. During the pass each u_v is a run of (person rank, value) pairs sorted by rank, in
 * one growing arena: a build-on is a linear merge of its authors' run with its parents' runs, with integer
 * comparisons and no per-node allocation. The million result Maps are only built at the end. Building them
 * during the pass made the garbage collector copy each of them repeatedly (all of them survive).
 *
 * The floats are those of upstreamCredit (see normalise.ts): a person's value is their author term ρ·a(x),
 * then + coef_p·u_p(x) for each parent in id order. So both paths agree bit for bit (property 7).
 *
 * Complexity: O(V log V) for the id sort and O(P log P) for the P people; O(V + E) for the graph and the
 * queue; O(Σ_v Σ_{p∈P(v)} |u_p|) for the merges; then O(Σ_v |u_v|) Map insertions for the output.
 * Memory: the output, plus two array slots per (idea, person) entry and a few arrays of size V and E.
 * Nothing is folded (no ε bucket), so |u_v| is the number of distinct authors in v's ancestry: ~3 on
 * topic-clustered graphs, more on long, wide lineages. On a million ideas the time is dominated by
 * allocating the result Maps.
 *
 * Throws CycleError on a cycle or a parent id not among `ideas`, CreditInputError on invalid input
 * (including a duplicate idea id).
 */
export function computeAllUpstream(
  ideas: readonly IdeaRecord[],
  config?: Partial<CreditConfig>,
): Map<IdeaId, Map<PersonId, number>> {
  const cfg = resolveConfig(config);
  const g = buildLineage(ideas, cfg);
  const { sorted, rhos, parentStart, parentIdx, parentCoef, childStart, childIdx } = g;
  const n = sorted.length;
  const people = internPeople(sorted);

  // The arena: u_v's entries are person[runStart[v] .. runEnd[v]) and value[...] alike.
  const person: number[] = [];
  const value: number[] = [];
  const runStart = zeros(n);
  const runEnd = zeros(n);
  // Scratch runs (ping-pong) for the partial sums of nodes with several parents.
  let accP: number[] = [];
  let accV: number[] = [];
  let nextP: number[] = [];
  let nextV: number[] = [];

  const inDegree = zeros(n);
  for (let i = 0; i < n; i++) inDegree[i] = parentStart[i + 1] - parentStart[i];
  const queue = zeros(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (inDegree[i] === 0) queue[tail++] = i;

  while (head < tail) {
    const i = queue[head++];
    const from = parentStart[i];
    const to = parentStart[i + 1];
    const rho = rhos[i];

    // The author terms ρ·a(x), as a run sorted by rank (a one-author idea has a = 1, and ρ·1 is ρ).
    const aFrom = people.authorStart[i];
    let accLen = people.authorStart[i + 1] - aFrom;
    for (let k = 0; k < accLen; k++) {
      accP[k] = people.authorRank[aFrom + k];
      accV[k] = rho * people.authorShare[aFrom + k];
    }

    // Fold in the parents in id order; the last merge appends straight to the arena.
    runStart[i] = person.length;
    if (from === to) {
      for (let k = 0; k < accLen; k++) {
        person.push(accP[k]);
        value.push(accV[k]);
      }
    }
    for (let k = from; k < to; k++) {
      const p = parentIdx[k];
      if (k === to - 1) {
        mergeRuns(accP, accV, accLen, person, value, runStart[p], runEnd[p], parentCoef[k], person, value, person.length);
      } else {
        accLen = mergeRuns(accP, accV, accLen, person, value, runStart[p], runEnd[p], parentCoef[k], nextP, nextV, 0);
        const swapP = accP;
        const swapV = accV;
        accP = nextP;
        accV = nextV;
        nextP = swapP;
        nextV = swapV;
      }
    }
    runEnd[i] = person.length;

    for (let k = childStart[i]; k < childStart[i + 1]; k++) {
      const c = childIdx[k];
      if (--inDegree[c] === 0) queue[tail++] = c;
    }
  }
  if (tail < n) throw cycleError(g, inDegree);

  // Materialise: one Map per idea, entries in person rank (= compareIds) order, ideas in id order.
  const result = new Map<IdeaId, Map<PersonId, number>>();
  const ids = people.ids;
  for (let i = 0; i < n; i++) {
    const u = new Map<PersonId, number>();
    for (let k = runStart[i]; k < runEnd[i]; k++) u.set(ids[person[k]], value[k]);
    result.set(sorted[i].id, u);
  }
  return result;
}

/**
 * Every author, interned to a rank in compareIds order, and each idea's a_v in CSR form:
 * authorRank/authorShare[authorStart[i] .. authorStart[i+1]), ranks ascending.
 */
interface People {
  /** Person id by rank. */
  ids: PersonId[];
  authorStart: number[];
  authorRank: number[];
  authorShare: number[];
}

function internPeople(sorted: readonly IdeaRecord[]): People {
  const n = sorted.length;
  // Pass 1: validate every author and number the people in order of first appearance, recording each
  // author slot's number and weight, so that pass 2 never touches the (scattered) input objects again.
  const numberOf = new Map<PersonId, number>();
  const ids: PersonId[] = [];
  const slotPerson: number[] = [];
  const slotWeight: number[] = [];
  const authorStart = zeros(n + 1);
  for (let i = 0; i < n; i++) {
    const authors = sorted[i].authors;
    if (!Array.isArray(authors) || authors.length === 0) normaliseAuthors(authors, 'idea', sorted[i].id); // throws
    for (let j = 0; j < authors.length; j++) {
      const a = authors[j];
      checkAuthor(a, j, sorted[i].id);
      let num = numberOf.get(a.personId);
      if (num === undefined) {
        num = ids.length;
        numberOf.set(a.personId, num);
        ids.push(a.personId);
      }
      slotPerson.push(num);
      slotWeight.push(a.weight);
    }
    authorStart[i + 1] = slotPerson.length;
  }

  // Ranks: people sorted by compareIds.
  const byRank = ids.map((_, num) => num).sort((x, y) => compareIds(ids[x], ids[y]));
  const rankOfNumber = zeros(ids.length);
  for (let r = 0; r < byRank.length; r++) rankOfNumber[byRank[r]] = r;

  // Pass 2: a_v by rank. Ranks are in compareIds order and equal ids have equal ranks, so normalising
  // over ranks is exactly normaliseAuthors (same sort, same merging, same sums).
  const authorRank: number[] = [];
  const authorShare: number[] = [];
  const compactStart = zeros(n + 1);
  for (let i = 0; i < n; i++) {
    const from = authorStart[i];
    const to = authorStart[i + 1];
    if (to - from === 1) {
      authorRank.push(rankOfNumber[slotPerson[from]]);
      authorShare.push(1);
    } else {
      const ranks: number[] = [];
      const weights: number[] = [];
      for (let k = from; k < to; k++) {
        ranks.push(rankOfNumber[slotPerson[k]]);
        weights.push(slotWeight[k]);
      }
      const a = normaliseWeights(ranks, weights, (x, y) => x - y);
      for (let j = 0; j < a.keys.length; j++) {
        authorRank.push(a.keys[j]);
        authorShare.push(a.shares[j]);
      }
    }
    compactStart[i + 1] = authorRank.length; // shorter than authorStart when duplicates merged
  }
  return { ids: byRank.map((num) => ids[num]), authorStart: compactStart, authorRank, authorShare };
}

/** Sorts and indexes the ideas, validates them, and lays out parents and children (see Lineage). */
function buildLineage(ideas: readonly IdeaRecord[], cfg: Readonly<CreditConfig>): Lineage {
  const n = ideas.length;
  const ids: IdeaId[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = ideas[i]?.id;
    if (typeof id !== 'string' || id.length === 0) throw new CreditInputError(`idea at position ${i} has no id`);
    ids[i] = id;
  }
  // Kept local to this function so the lookup structures can be collected before the pass.
  const index = indexIds(ids);
  const sorted: IdeaRecord[] = new Array(n);
  for (let i = 0; i < n; i++) sorted[i] = ideas[index.order[i]];
  for (let i = 1; i < n; i++) {
    if (sorted[i].id === sorted[i - 1].id) throw new CreditInputError(`idea ${sorted[i].id} appears twice`);
  }

  const rhos = zeros(n);
  const parentStart = zeros(n + 1);
  const parentIdx: number[] = [];
  const parentCoef: number[] = [];
  for (let i = 0; i < n; i++) {
    const idea = sorted[i];
    const parents = idea.parents ?? [];
    const np = parents.length;
    const rho = np === 0 ? 1 : effectiveRetention(idea.retention, true, cfg, 'idea', idea.id);
    rhos[i] = rho;
    if (np === 1) {
      // One parent: w = 1 after normalisation, exactly what normaliseWeights returns.
      parentIdx.push(resolveParent(parents[0], i, idea.id, index));
      parentCoef.push(1 - rho);
    } else if (np > 1) {
      const keys: number[] = new Array(np);
      const weights: number[] = new Array(np);
      for (let j = 0; j < np; j++) {
        keys[j] = resolveParent(parents[j], i, idea.id, index);
        weights[j] = parents[j].weight;
      }
      const w = normaliseWeights(keys, weights, (a, b) => a - b);
      const passUp = 1 - rho;
      for (let j = 0; j < w.keys.length; j++) {
        parentIdx.push(w.keys[j]);
        parentCoef.push(passUp * w.shares[j]);
      }
    }
    parentStart[i + 1] = parentIdx.length;
  }

  // Children: counting sort of the edges by parent; filling in increasing child index keeps id order.
  const e = parentIdx.length;
  const childStart = zeros(n + 1);
  for (let k = 0; k < e; k++) childStart[parentIdx[k] + 1]++;
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const fill = childStart.slice(0, n);
  const childIdx = zeros(e);
  for (let i = 0; i < n; i++) {
    for (let k = parentStart[i]; k < parentStart[i + 1]; k++) childIdx[fill[parentIdx[k]]++] = i;
  }
  return { sorted, rhos, parentStart, parentIdx, parentCoef, childStart, childIdx };
}

/** The per-author checks normaliseAuthors makes (same messages), without allocating. */
function checkAuthor(author: WeightedAuthor, position: number, ideaId: IdeaId): void {
  if (typeof author?.personId !== 'string' || author.personId.length === 0) {
    throw new CreditInputError(`idea ${ideaId}: author ${position} has no personId`);
  }
  const w = author.weight;
  if (!(w > 0 && w < Infinity)) assertWeight(w, `idea ${ideaId}: author`, author.personId);
}

function resolveParent(
  parent: { ideaId: IdeaId; weight: number },
  child: number,
  childId: IdeaId,
  index: IdIndex,
): number {
  const p = index.rankOf(parent?.ideaId);
  if (p < 0) {
    const pid = String(parent?.ideaId);
    throw new CycleError('unknown-parent', [childId, pid], `idea ${childId}: parent ${pid} is not a known idea`);
  }
  if (p === child) throw new CycleError('cycle', [childId, childId], `idea ${childId} lists itself as a parent`);
  const w = parent.weight;
  if (!(w > 0 && w < Infinity)) assertWeight(w, `idea ${childId}: parent`, parent.ideaId);
  return p;
}

/**
 * Every node Kahn could not reach still has an unprocessed parent (in-degree > 0), so walking up
 * unprocessed parents must eventually revisit a node: that loop is a cycle to report.
 */
function cycleError(g: Lineage, inDegree: readonly number[]): CycleError {
  let v = 0;
  while (inDegree[v] === 0) v++;
  const position = new Map<number, number>();
  const path: number[] = [];
  while (!position.has(v)) {
    position.set(v, path.length);
    path.push(v);
    let next = -1;
    for (let k = g.parentStart[v]; k < g.parentStart[v + 1] && next < 0; k++) {
      if (inDegree[g.parentIdx[k]] > 0) next = g.parentIdx[k];
    }
    v = next;
  }
  // path[position(v)..] is the cycle walked child → parent; report it parent → child.
  const cycle = path
    .slice(position.get(v))
    .reverse()
    .map((i) => g.sorted[i].id);
  cycle.push(cycle[0]);
  return new CycleError('cycle', cycle, `the lineage has a cycle: ${cycle.join(' → ')}`);
}
