import { type CreditConfig, resolveConfig } from './config';
import { CreditInputError, CycleError } from './errors';
import { compareIds } from './ids';
import {
  addAuthorTerms,
  addInheritedTerms,
  assertWeight,
  effectiveRetention,
  normaliseAuthors,
  normaliseWeights,
  sortedMap,
} from './normalise';
import type { IdeaId, IdeaRecord, PersonId } from './types';

const byIndex = (a: number, b: number) => a - b;

/**
 * u_v for every idea, in one topological pass (Kahn's algorithm).
 *
 * Ideas are first sorted by compareIds and referred to by that index, so "ties by id" comes for free:
 * roots enter the queue in id order and each node's children are listed in id order. Sorting parents by
 * index is sorting them by id, so every u_v is the same float sum upstreamCredit computes for that node.
 *
 * Complexity: O(V log V) for the id sort, O(V + E) for the graph and the queue, plus
 * O(Σ_v Σ_{p∈P(v)} |u_p| + Σ_v |u_v| log |u_v|) to merge and sort the share maps. Memory is the output
 * (one Map per idea) plus a few typed arrays of size V and E. Nothing is folded (no ε bucket), so |u_v|
 * is the number of distinct authors in v's ancestry: cheap on real, topic-clustered graphs (~3 entries per
 * node), but it grows on long, wide lineages.
 *
 * Throws CycleError on a cycle or a parent id not among `ideas`, CreditInputError on invalid input
 * (including a duplicate idea id).
 */
export function computeAllUpstream(
  ideas: readonly IdeaRecord[],
  config?: Partial<CreditConfig>,
): Map<IdeaId, Map<PersonId, number>> {
  const cfg = resolveConfig(config);
  const n = ideas.length;

  // 1. Canonical numbering: index = rank of the id under compareIds.
  const sorted = ideas.slice().sort((x, y) => compareIds(x.id, y.id));
  const indexOf = new Map<IdeaId, number>();
  for (let i = 0; i < n; i++) {
    const id = sorted[i].id;
    if (typeof id !== 'string' || id.length === 0) throw new CreditInputError('an idea has no id');
    if (indexOf.has(id)) throw new CreditInputError(`idea ${id} appears twice`);
    indexOf.set(id, i);
  }

  // 2. Parents in CSR form (node i's parents are parentIdx[parentStart[i] .. parentStart[i+1])), merged,
  //    in id order, with their coefficient (1 − ρ_i)·w(i,p) already computed.
  let edgeCount = 0;
  for (let i = 0; i < n; i++) edgeCount += sorted[i].parents?.length ?? 0;
  const parentStart = new Int32Array(n + 1);
  const parentIdx = new Int32Array(edgeCount);
  const parentCoef = new Float64Array(edgeCount);
  const rhos = new Float64Array(n);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const idea = sorted[i];
    const parents = idea.parents ?? [];
    const where = `idea ${idea.id}`;
    const rho = effectiveRetention(idea.retention, parents.length > 0, cfg, where);
    rhos[i] = rho;
    if (parents.length > 0) {
      const keys: number[] = new Array(parents.length);
      const weights: number[] = new Array(parents.length);
      for (let j = 0; j < parents.length; j++) {
        const p = parents[j];
        const pi = indexOf.get(p?.ideaId);
        if (pi === undefined) {
          throw new CycleError('unknown-parent', [idea.id, String(p?.ideaId)], `${where}: parent ${String(p?.ideaId)} is not a known idea`);
        }
        if (pi === i) throw new CycleError('cycle', [idea.id, idea.id], `${where} lists itself as a parent`);
        assertWeight(p.weight, `${where}: parent ${p.ideaId}`);
        keys[j] = pi;
        weights[j] = p.weight;
      }
      const w = normaliseWeights(keys, weights, byIndex);
      const passUp = 1 - rho;
      for (let j = 0; j < w.keys.length; j++, e++) {
        parentIdx[e] = w.keys[j];
        parentCoef[e] = passUp * w.shares[j];
      }
    }
    parentStart[i + 1] = e;
  }

  // 3. Children in CSR form (filled in increasing child index, hence id order) and in-degrees.
  const inDegree = new Int32Array(n);
  const childStart = new Int32Array(n + 1);
  for (let k = 0; k < e; k++) childStart[parentIdx[k] + 1]++;
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const fill = childStart.slice(0, n);
  const childIdx = new Int32Array(e);
  for (let i = 0; i < n; i++) {
    inDegree[i] = parentStart[i + 1] - parentStart[i];
    for (let k = parentStart[i]; k < parentStart[i + 1]; k++) childIdx[fill[parentIdx[k]]++] = i;
  }

  // 4. Kahn: a FIFO queue of indices. Each node is computed once all its parents are.
  const upstream: Map<PersonId, number>[] = new Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (inDegree[i] === 0) queue[tail++] = i;
  const acc = new Map<PersonId, number>(); // reused scratch accumulator
  while (head < tail) {
    const i = queue[head++];
    const authors = normaliseAuthors(sorted[i].authors, `idea ${sorted[i].id}`);
    acc.clear();
    addAuthorTerms(acc, authors, rhos[i]);
    for (let k = parentStart[i]; k < parentStart[i + 1]; k++) {
      addInheritedTerms(acc, parentCoef[k], upstream[parentIdx[k]]);
    }
    upstream[i] = sortedMap(acc);
    for (let k = childStart[i]; k < childStart[i + 1]; k++) {
      const c = childIdx[k];
      if (--inDegree[c] === 0) queue[tail++] = c;
    }
  }
  if (tail < n) throw cycleError(sorted, inDegree, parentStart, parentIdx);

  // 5. Output keyed by idea id, in id order.
  const result = new Map<IdeaId, Map<PersonId, number>>();
  for (let i = 0; i < n; i++) result.set(sorted[i].id, upstream[i]);
  return result;
}

/**
 * Every node Kahn could not reach still has an unprocessed parent, so walking up unprocessed parents
 * must eventually revisit a node: that loop is a cycle to report.
 */
function cycleError(
  sorted: readonly IdeaRecord[],
  inDegree: Int32Array,
  parentStart: Int32Array,
  parentIdx: Int32Array,
): CycleError {
  let start = 0;
  while (inDegree[start] === 0) start++;
  const position = new Map<number, number>();
  const path: number[] = [];
  let v = start;
  while (!position.has(v)) {
    position.set(v, path.length);
    path.push(v);
    let next = -1;
    for (let k = parentStart[v]; k < parentStart[v + 1] && next < 0; k++) {
      if (inDegree[parentIdx[k]] > 0) next = parentIdx[k];
    }
    v = next;
  }
  // path[position(v)..] is the cycle walked child → parent; report it parent → child.
  const cycle = path.slice(position.get(v)).reverse().map((i) => sorted[i].id);
  cycle.push(cycle[0]);
  return new CycleError('cycle', cycle, `the lineage has a cycle: ${cycle.join(' → ')}`);
}
