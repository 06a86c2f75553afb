import { type CreditConfig, resolveConfig } from './config';
import { CreditInputError, CycleError } from './errors';
import { assertWeight } from './normalise';

/**
 * The whole lineage as columns of numbers, the way a database hands it over (rows in any order).
 * Ids are integers in [0, 2^53) (bigint identity ids), so numeric order is compareIds order.
 */
export interface LineageColumns {
  /** One row per idea: its id and ρ (ignored for a root). */
  ideaId: Float64Array;
  retention: Float64Array;
  /** One row per (idea, accepted co-author): a_v is the author weights normalised per idea. */
  authorIdea: Float64Array;
  authorPerson: Float64Array;
  authorWeight: Float64Array;
  /** One row per edge (child builds on parent): w(v,p) is the weights normalised per child. */
  edgeChild: Float64Array;
  edgeParent: Float64Array;
  edgeWeight: Float64Array;
}

/**
 * u_v of every idea, without one object per idea. Idea i is ideaId[i] (ascending); its u_v is the entries
 * runStart[i] .. runEnd[i] of personRank/share, by ascending person rank; personId[rank] gives the person.
 */
export interface UpstreamColumns {
  ideaId: Float64Array;
  personId: Float64Array;
  runStart: Int32Array;
  runEnd: Int32Array;
  personRank: Int32Array;
  share: Float64Array;
}

/**
 * u_v for every idea, in one topological pass over the whole lineage: the full recompute of a
 * million-idea database. The same floats as building u idea by idea with upstreamCredit (the same
 * expressions in the same order; see normalise.ts), but the input is numeric rows and the output one arena
 * of (person, share) runs, so nothing is allocated per idea: a million ideas take a few typed arrays, no
 * Maps and no records.
 *
 * Steps: sort the idea and person ids; lay out parents and authors per idea (counting sort), each idea's
 * list sorted by id, duplicates merged and weights normalised as normaliseWeights does; then Kahn's
 * algorithm in id order, each u_v a linear merge of its author terms with its parents' runs.
 * Cost: O(V log V + P log P) for the sorts, O(V + E + A) for the layout, O(Σ_v Σ_{p∈P(v)} |u_p|) for the
 * merges; memory about 100 bytes per idea, edge or author row, plus 12 per (idea, person) entry.
 *
 * Throws CycleError on a cycle or an unknown parent, CreditInputError on invalid input.
 */
export function computeUpstreamColumns(lineage: LineageColumns, config?: Partial<CreditConfig>): UpstreamColumns {
  return topologicalPass(layOut(lineage, resolveConfig(config)));
}

// ------------------------------------------------------------------ ids

/** Sorted distinct ids and a lookup id → position (a direct table when the ids are dense, as identity ids are). */
class SortedIds {
  private readonly min: number;
  private readonly table: Int32Array | null;

  constructor(readonly ids: Float64Array) {
    const n = ids.length;
    this.min = n > 0 ? ids[0] : 0;
    const span = n > 0 ? ids[n - 1] - this.min + 1 : 0;
    // 4 bytes per possible id, and only when that is within a few times the ids themselves.
    this.table = n > 0 && span <= 4 * n + 1024 ? new Int32Array(span).fill(-1) : null;
    if (this.table) for (let k = 0; k < n; k++) this.table[ids[k] - this.min] = k;
  }

  indexOf(id: number): number {
    if (this.table) {
      const k = id - this.min;
      return k >= 0 && k < this.table.length ? (this.table[k] ?? -1) : -1; // undefined for a fractional id
    }
    return binarySearch(this.ids, id);
  }
}

function binarySearch(sorted: Float64Array, id: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = sorted[mid];
    if (m === id) return mid;
    if (m < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function checkId(id: number, what: string): void {
  if (!(id >= 0 && Number.isSafeInteger(id))) throw new CreditInputError(`${what} id must be an integer in [0, 2^53) (got ${id})`);
}

/** The distinct values, ascending (a typed-array sort is numeric and needs no comparator). */
function distinctSorted(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  let m = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[m - 1]) sorted[m++] = sorted[k];
  return sorted.slice(0, m);
}

// ------------------------------------------------------------------ layout

/**
 * Ideas by index (= rank of the id), people by rank, and per idea in compressed-sparse-row form:
 * authors (rank, a_v(x)) and parents (index, (1 − ρ)·w(v,p)), both sorted and merged; children by index.
 */
interface Layout {
  ideaId: Float64Array;
  personId: Float64Array;
  rho: Float64Array;
  authorStart: Int32Array;
  authorRank: Int32Array;
  authorShare: Float64Array;
  parentStart: Int32Array;
  parentIdx: Int32Array;
  parentCoef: Float64Array;
  childStart: Int32Array;
  childIdx: Int32Array;
}

function layOut(c: LineageColumns, cfg: Readonly<CreditConfig>): Layout {
  const n = c.ideaId.length;
  if (c.retention.length !== n) throw new CreditInputError('lineage: ideaId and retention differ in length');
  if (c.authorPerson.length !== c.authorIdea.length || c.authorWeight.length !== c.authorIdea.length) {
    throw new CreditInputError('lineage: the author columns differ in length');
  }
  if (c.edgeParent.length !== c.edgeChild.length || c.edgeWeight.length !== c.edgeChild.length) {
    throw new CreditInputError('lineage: the edge columns differ in length');
  }
  for (let r = 0; r < n; r++) checkId(c.ideaId[r], 'idea');
  const ideaId = Float64Array.from(c.ideaId).sort();
  for (let i = 1; i < n; i++) if (ideaId[i] === ideaId[i - 1]) throw new CreditInputError(`idea ${ideaId[i]} appears twice`);
  const ideas = new SortedIds(ideaId);
  const retention = new Float64Array(n);
  for (let r = 0; r < n; r++) retention[ideas.indexOf(c.ideaId[r])] = c.retention[r];

  // Parents: rows grouped by child, then each child's list sorted and merged.
  const e = c.edgeChild.length;
  const child = new Int32Array(e);
  const parent = new Int32Array(e);
  for (let r = 0; r < e; r++) {
    const v = ideas.indexOf(c.edgeChild[r]);
    if (v < 0) throw new CreditInputError(`an edge names idea ${c.edgeChild[r]} as a child, which is not among the ideas`);
    const p = ideas.indexOf(c.edgeParent[r]);
    if (p < 0) {
      const [vid, pid] = [String(c.edgeChild[r]), String(c.edgeParent[r])];
      throw new CycleError('unknown-parent', [vid, pid], `idea ${vid}: parent ${pid} is not a known idea`);
    }
    if (p === v) throw new CycleError('cycle', [String(ideaId[v]), String(ideaId[v])], `idea ${ideaId[v]} lists itself as a parent`);
    const w = c.edgeWeight[r];
    if (!(w > 0 && w < Infinity)) assertWeight(w, `idea ${ideaId[v]}: parent`, String(ideaId[p]));
    child[r] = v;
    parent[r] = p;
  }
  const parents = groupRows(n, child, parent, c.edgeWeight);

  // ρ and (1 − ρ)·w(v,p): a root keeps everything; a build-on's retention must be in range.
  const rho = new Float64Array(n);
  const parentStart = new Int32Array(n + 1);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const from = parents.start[i];
    const to = parents.start[i + 1];
    parentStart[i] = kept;
    if (from === to) {
      rho[i] = 1;
      continue;
    }
    const r = retention[i];
    if (!(r >= cfg.minRetention && r <= cfg.maxRetention)) {
      throw new CreditInputError(`idea ${ideaId[i]}: retention must be in [${cfg.minRetention}, ${cfg.maxRetention}] for a build-on (got ${r})`);
    }
    rho[i] = r;
    const last = normaliseRow(parents.key, parents.weight, from, to, kept);
    // (1 − ρ)·w, as prepareUpstream computes it (one parent: w = 1 exactly, so this is 1 − ρ).
    const passUp = 1 - r;
    for (let k = kept; k < last; k++) parents.weight[k] = passUp * parents.weight[k];
    kept = last;
  }
  parentStart[n] = kept;
  const parentIdx = parents.key.subarray(0, kept);
  const parentCoef = parents.weight.subarray(0, kept);

  // Authors: people ranked by id, rows grouped by idea, each idea's list sorted, merged and normalised.
  const a = c.authorIdea.length;
  for (let r = 0; r < a; r++) checkId(c.authorPerson[r], 'person');
  const personId = distinctSorted(c.authorPerson);
  const people = new SortedIds(personId);
  const authorOf = new Int32Array(a);
  const rank = new Int32Array(a);
  for (let r = 0; r < a; r++) {
    const i = ideas.indexOf(c.authorIdea[r]);
    if (i < 0) throw new CreditInputError(`an author row names idea ${c.authorIdea[r]}, which is not among the ideas`);
    const w = c.authorWeight[r];
    if (!(w > 0 && w < Infinity)) assertWeight(w, `idea ${ideaId[i]}: author`, String(c.authorPerson[r]));
    authorOf[r] = i;
    rank[r] = people.indexOf(c.authorPerson[r]);
  }
  const authors = groupRows(n, authorOf, rank, c.authorWeight);
  const authorStart = new Int32Array(n + 1);
  kept = 0;
  for (let i = 0; i < n; i++) {
    const from = authors.start[i];
    const to = authors.start[i + 1];
    if (from === to) throw new CreditInputError(`idea ${ideaId[i]}: at least one author is required`);
    authorStart[i] = kept;
    kept = normaliseRow(authors.key, authors.weight, from, to, kept);
  }
  authorStart[n] = kept;

  // Children: counting sort of the kept edges by parent; filling in increasing child index keeps id order.
  const childStart = new Int32Array(n + 1);
  for (let k = 0; k < parentIdx.length; k++) childStart[parentIdx[k] + 1]++;
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const fill = childStart.slice(0, n);
  const childIdx = new Int32Array(parentIdx.length);
  for (let i = 0; i < n; i++) {
    for (let k = parentStart[i]; k < parentStart[i + 1]; k++) childIdx[fill[parentIdx[k]]++] = i;
  }

  return {
    ideaId,
    personId,
    rho,
    authorStart,
    authorRank: authors.key.subarray(0, kept),
    authorShare: authors.weight.subarray(0, kept),
    parentStart,
    parentIdx,
    parentCoef,
    childStart,
    childIdx,
  };
}

/** Rows (owner, key, weight) grouped by owner (counting sort, stable): owner i's rows are start[i] .. start[i+1]. */
function groupRows(n: number, owner: Int32Array, key: Int32Array, weight: Float64Array): { start: Int32Array; key: Int32Array; weight: Float64Array } {
  const start = new Int32Array(n + 1);
  for (let r = 0; r < owner.length; r++) start[owner[r] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const keys = new Int32Array(owner.length);
  const weights = new Float64Array(owner.length);
  for (let r = 0; r < owner.length; r++) {
    const k = fill[owner[r]]++;
    keys[k] = key[r];
    weights[k] = weight[r];
  }
  return { start, key: keys, weight: weights };
}

/**
 * normaliseWeights over one row list, in place: sorts keys[from..to) by (key, weight), merges equal keys
 * (adding their weights in that order), divides by the total, and writes the result at keys/weights[out..];
 * returns the end of what it wrote (out ≤ from, so nothing unread is overwritten). Same sums in the same
 * order as normaliseWeights, hence the same floats.
 */
function normaliseRow(keys: Int32Array, weights: Float64Array, from: number, to: number, out: number): number {
  if (to - from === 1) {
    keys[out] = keys[from];
    weights[out] = 1; // w / w, without dividing (as normaliseWeights)
    return out + 1;
  }
  // Insertion sort: an idea has a handful of authors and parents.
  for (let k = from + 1; k < to; k++) {
    const key = keys[k];
    const w = weights[k];
    let j = k - 1;
    while (j >= from && (keys[j] > key || (keys[j] === key && weights[j] > w))) {
      keys[j + 1] = keys[j];
      weights[j + 1] = weights[j];
      j--;
    }
    keys[j + 1] = key;
    weights[j + 1] = w;
  }
  const first = out;
  for (let k = from; k < to; k++) {
    if (out > first && keys[out - 1] === keys[k]) weights[out - 1] += weights[k];
    else {
      keys[out] = keys[k];
      weights[out++] = weights[k];
    }
  }
  let total = 0;
  for (let k = first; k < out; k++) total += weights[k];
  if (!Number.isFinite(total)) throw new CreditInputError(`weights overflow (total ${total})`);
  for (let k = first; k < out; k++) weights[k] = weights[k] / total;
  return out;
}

// ------------------------------------------------------------------ the pass

/** Growable (person rank, value) columns: the arena of u_v runs and the scratch runs of a merge. */
class Runs {
  person = new Int32Array(1024);
  value = new Float64Array(1024);

  /** Makes room for `size` entries, keeping the first `keep`. */
  reserve(size: number, keep: number): void {
    if (size <= this.person.length) return;
    const capacity = Math.max(size, this.person.length * 2);
    const person = new Int32Array(capacity);
    const value = new Float64Array(capacity);
    person.set(this.person.subarray(0, keep));
    value.set(this.value.subarray(0, keep));
    this.person = person;
    this.value = value;
  }
}

/**
 * Writes acc ⊕ coef·parent at out[outFrom..], merging two runs sorted by person rank, and returns the end
 * of the written run. A person in both gets acc + coef·u_p(x); one only in the parent gets coef·u_p(x)
 * (the same float as 0 + coef·u_p(x)). `out` may be the arena the parent run is read from: the run is
 * written after everything already there.
 */
function mergeRuns(
  accP: Int32Array,
  accV: Float64Array,
  accLen: number,
  parP: Int32Array,
  parV: Float64Array,
  parFrom: number,
  parTo: number,
  coef: number,
  outP: Int32Array,
  outV: Float64Array,
  outFrom: number,
): number {
  let a = 0;
  let b = parFrom;
  let o = outFrom;
  while (a < accLen && b < parTo) {
    const x = accP[a];
    const y = parP[b];
    if (x < y) {
      outP[o] = x;
      outV[o++] = accV[a++];
    } else if (y < x) {
      outP[o] = y;
      outV[o++] = coef * parV[b++];
    } else {
      outP[o] = x;
      outV[o++] = accV[a++] + coef * parV[b++];
    }
  }
  while (a < accLen) {
    outP[o] = accP[a];
    outV[o++] = accV[a++];
  }
  while (b < parTo) {
    outP[o] = parP[b];
    outV[o++] = coef * parV[b++];
  }
  return o;
}

function topologicalPass(g: Layout): UpstreamColumns {
  const n = g.ideaId.length;
  const { rho, authorStart, authorRank, authorShare, parentStart, parentIdx, parentCoef, childStart, childIdx } = g;
  const arena = new Runs();
  let used = 0;
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  // Partial sums of an idea with several parents (ping-pong).
  let acc = new Runs();
  let next = new Runs();

  const inDegree = new Int32Array(n);
  for (let i = 0; i < n; i++) inDegree[i] = parentStart[i + 1] - parentStart[i];
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (inDegree[i] === 0) queue[tail++] = i;

  while (head < tail) {
    const i = queue[head++];
    const from = parentStart[i];
    const to = parentStart[i + 1];

    // The author terms ρ·a(x), a run sorted by rank.
    const aFrom = authorStart[i];
    let accLen = authorStart[i + 1] - aFrom;
    acc.reserve(accLen, 0);
    for (let k = 0; k < accLen; k++) {
      acc.person[k] = authorRank[aFrom + k];
      acc.value[k] = rho[i] * authorShare[aFrom + k];
    }

    // Fold in the parents in id order; the last merge appends straight to the arena.
    runStart[i] = used;
    if (from === to) {
      arena.reserve(used + accLen, used);
      arena.person.set(acc.person.subarray(0, accLen), used);
      arena.value.set(acc.value.subarray(0, accLen), used);
      used += accLen;
    }
    for (let k = from; k < to; k++) {
      const p = parentIdx[k];
      const size = accLen + runEnd[p] - runStart[p];
      if (k === to - 1) {
        arena.reserve(used + size, used);
        used = mergeRuns(acc.person, acc.value, accLen, arena.person, arena.value, runStart[p], runEnd[p], parentCoef[k], arena.person, arena.value, used);
      } else {
        next.reserve(size, 0);
        accLen = mergeRuns(acc.person, acc.value, accLen, arena.person, arena.value, runStart[p], runEnd[p], parentCoef[k], next.person, next.value, 0);
        const swap = acc;
        acc = next;
        next = swap;
      }
    }
    runEnd[i] = used;

    for (let k = childStart[i]; k < childStart[i + 1]; k++) {
      const c = childIdx[k];
      if (--inDegree[c] === 0) queue[tail++] = c;
    }
  }
  if (tail < n) throw cycleError(g, inDegree);
  return {
    ideaId: g.ideaId,
    personId: g.personId,
    runStart,
    runEnd,
    personRank: arena.person.subarray(0, used),
    share: arena.value.subarray(0, used),
  };
}

/**
 * Every idea Kahn could not reach still has an unprocessed parent, so walking up unprocessed parents must
 * revisit an idea: that loop is the cycle to report (parent → child, first id repeated at the end).
 */
function cycleError(g: Layout, inDegree: Int32Array): CycleError {
  let v = 0;
  while (inDegree[v] === 0) v++;
  const position = new Map<number, number>();
  const path: number[] = [];
  while (!position.has(v)) {
    position.set(v, path.length);
    path.push(v);
    let up = -1;
    for (let k = g.parentStart[v]; k < g.parentStart[v + 1] && up < 0; k++) if (inDegree[g.parentIdx[k]] > 0) up = g.parentIdx[k];
    v = up;
  }
  const cycle = path
    .slice(position.get(v))
    .reverse()
    .map((i) => String(g.ideaId[i]));
  cycle.push(cycle[0]);
  return new CycleError('cycle', cycle, `the lineage has a cycle: ${cycle.join(' → ')}`);
}

// ------------------------------------------------------------------ checking stored rows

/**
 * Stored u_v rows against computed ones: give every stored row, in any order, to `row`; `drifting()` then
 * lists the ideas (ascending) where some person's stored share differs from the computed one by more than
 * `tolerance` (0: any difference), a missing row counting as 0. Rows of ideas that are not in `expected`
 * count as drift too. The full recompute rewrites exactly these ideas; findUpstreamDrift reports them.
 */
export class UpstreamDrift {
  private readonly ideas: SortedIds;
  private readonly people: SortedIds;
  private readonly seen: Uint8Array;
  private readonly drift = new Set<number>();

  constructor(
    private readonly expected: UpstreamColumns,
    private readonly tolerance = 1e-12,
  ) {
    this.ideas = new SortedIds(expected.ideaId);
    this.people = new SortedIds(expected.personId);
    this.seen = new Uint8Array(expected.share.length);
  }

  row(ideaId: number, personId: number, share: number): void {
    const e = this.expected;
    const i = this.ideas.indexOf(ideaId);
    const rank = this.people.indexOf(personId);
    let k = -1;
    if (i >= 0 && rank >= 0) {
      // a run is short and sorted by rank
      for (let j = e.runStart[i]; j < e.runEnd[i] && k < 0; j++) if (e.personRank[j] === rank) k = j;
    }
    const computed = k >= 0 ? e.share[k] : 0;
    if (k >= 0) this.seen[k] = 1;
    if (Math.abs(share - computed) > this.tolerance) this.drift.add(ideaId);
  }

  drifting(): number[] {
    const e = this.expected;
    for (let i = 0; i < e.ideaId.length; i++) {
      for (let k = e.runStart[i]; k < e.runEnd[i]; k++) if (!this.seen[k] && Math.abs(e.share[k]) > this.tolerance) this.drift.add(e.ideaId[i]);
    }
    return [...this.drift].sort((a, b) => a - b);
  }
}
