/**
 * The synthetic organisation, in memory and in typed arrays: the structure of the graph (who posted
 * what, when, on which topic, building on what, co-authored and endorsed by whom). Text (titles,
 * bodies, comments) is derived per row later, from the same seed, when the rows are written.
 *
 * Model, in short (see bench/README.md for the numbers it produces):
 * - departments of uneven size; people belong to one department and follow 1–3 topics, mostly
 *   the ones their department owns; a few people post much more than the rest (Pareto activity).
 * - ideas arrive over three years, each on one topic; ~30 % are originals, the rest build on
 *   1 (85 %), 2 (11 %) or 3 (4 %) older ideas, so the graph is a DAG by construction. Parents are picked
 *   in the same topic (preferential: popular and much-built-on ideas attract more, plus some recency);
 *   an extra parent comes from a neighbouring topic 15 % of the time.
 * - "mega families" (P2): topics where every idea descends from one early build-on, ~10,000 ideas each.
 * - co-authors on ~8 % of ideas (plus a few pending or declined invitations); endorsements driven by a
 *   latent quality and by how much an idea was built on, never by one of its authors; comments.
 */
import { Rng } from './prng';

export interface ScaleSpec {
  name: string;
  ideas: number;
  people: number;
  departments: number;
  topics: number;
  megaFamilies: number;
  megaFamilySize: number;
}

export const SCALES: Record<'S' | 'M' | 'L', ScaleSpec> = {
  S: { name: 'S', ideas: 1_000, people: 100, departments: 20, topics: 8, megaFamilies: 1, megaFamilySize: 200 },
  M: { name: 'M', ideas: 100_000, people: 10_000, departments: 80, topics: 200, megaFamilies: 1, megaFamilySize: 10_000 },
  L: { name: 'L', ideas: 1_000_000, people: 100_000, departments: 200, topics: 2_000, megaFamilies: 5, megaFamilySize: 10_000 },
};

/** Bump when the generated data changes, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 3;

export const START_MS = Date.UTC(2022, 6, 1);
export const END_MS = Date.UTC(2025, 6, 1);

export const ROLE = ['MEMBER', 'REVIEWER', 'ADMIN'] as const;
export const STATUS = ['NEW', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED', 'DECLINED'] as const;
export const RELATION = ['EXTENDS', 'COMBINES', 'REFINES'] as const;
export const AUTHOR_STATE = ['ACCEPTED', 'INVITED', 'DECLINED'] as const;

/** Growable Int32 array (CSR columns). */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export interface Organisation {
  scale: ScaleSpec;
  seed: number;
  departments: number;
  /** Index = person id (1-based; index 0 unused). */
  personDepartment: Int32Array;
  personRole: Uint8Array;
  personActive: Uint8Array;
  personCreatedAt: Float64Array;
  topicCount: number;
  /** Index = idea id (1-based). */
  ideaTopic: Int32Array;
  ideaCreatedAt: Float64Array;
  ideaPoster: Int32Array;
  ideaRetention: Float64Array;
  ideaStatus: Uint8Array;
  ideaRelation: Uint8Array;
  ideaQuality: Float32Array;
  childCount: Int32Array;
  /** Parents of idea i: parentId[parentStart[i] .. parentStart[i+1]), weights aligned. */
  parentStart: Int32Array;
  parentId: Int32Array;
  parentWeight: Int32Array;
  /** Co-authors other than the poster, with their state (AUTHOR_STATE index). */
  coStart: Int32Array;
  coPerson: Int32Array;
  coState: Uint8Array;
  /** Endorsers (never an author or invitee of the idea, no duplicates). */
  endStart: Int32Array;
  endPerson: Int32Array;
  /** People following each topic, repeated by activity (poster/commenter tickets). */
  topicPeople: Int32Array[];
  megaFamilies: Array<{ topic: number; root: number; target: number; size: number }>;
}

function cumulative(weights: number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) out[i] = sum += weights[i];
  return out;
}

export function buildOrganisation(scale: ScaleSpec, seed: number): Organisation {
  const rng = new Rng(seed, 'structure', scale.name);
  const D = scale.departments;
  const P = scale.people;
  const N = scale.ideas;
  const T = scale.topics;
  const MF = scale.megaFamilies;
  const topicTotal = T + MF; // mega family k is topic T + k

  // ---- departments: uneven sizes
  const deptWeights = Array.from({ length: D }, (_, d) => 1 / Math.pow(d + 3, 0.6));
  const deptCum = cumulative(deptWeights);

  // ---- topics: each normal topic is owned by a department; popularity fairly flat
  const topicDept = new Int32Array(topicTotal);
  const deptTopics: number[][] = Array.from({ length: D }, () => []);
  for (let t = 0; t < T; t++) {
    const d = rng.weighted(deptCum);
    topicDept[t] = d;
    deptTopics[d].push(t);
  }
  for (let k = 0; k < MF; k++) topicDept[T + k] = topicDept[Math.floor(((k + 0.5) * T) / MF)];
  const topicWeights = Array.from({ length: T }, (_, t) => 1 / Math.pow((t % 97) + 4, 0.5));
  const topicCum = cumulative(topicWeights);

  // ---- people
  const personDepartment = new Int32Array(P + 1);
  const personRole = new Uint8Array(P + 1);
  const personActive = new Uint8Array(P + 1);
  const personCreatedAt = new Float64Array(P + 1);
  const tickets: number[][] = Array.from({ length: topicTotal }, () => []);
  for (let p = 1; p <= P; p++) {
    const d = rng.weighted(deptCum);
    personDepartment[p] = d + 1;
    const r = rng.next();
    personRole[p] = r < 0.002 ? 2 : r < 0.06 ? 1 : 0;
    personActive[p] = rng.chance(0.98) ? 1 : 0;
    personCreatedAt[p] = START_MS - rng.int(5 * 365) * 86_400_000;
    const activity = Math.min(40, Math.ceil(1 / Math.pow(1 - rng.next() * 0.999, 0.8)));
    const interests = new Set<number>();
    const own = deptTopics[d];
    const howMany = 1 + rng.int(2);
    for (let i = 0; i < howMany; i++) interests.add(own.length && rng.chance(0.85) ? rng.pick(own) : rng.weighted(topicCum));
    if (rng.chance(0.1)) interests.add(rng.int(T));
    for (const t of interests) for (let i = 0; i < activity; i++) tickets[t].push(p);
  }
  for (let t = 0; t < T; t++) if (tickets[t].length === 0) tickets[t].push(1 + rng.int(P));
  // Mega families draw on the people of the topics around them.
  for (let k = 0; k < MF; k++) {
    const base = Math.floor(((k + 0.5) * T) / MF);
    for (let j = -3; j <= 3; j++) tickets[T + k].push(...tickets[(base + j + T) % T]);
  }

  // ---- times: strictly increasing, gaps exponential, scaled to the three years
  const ideaCreatedAt = new Float64Array(N + 1);
  {
    let acc = 0;
    const gaps = new Float64Array(N + 1);
    for (let i = 1; i <= N; i++) gaps[i] = acc += -Math.log(1 - rng.next()) + 0.05;
    let prev = START_MS - 1;
    for (let i = 1; i <= N; i++) {
      const t = Math.floor(START_MS + ((END_MS - START_MS) * gaps[i]) / acc);
      prev = ideaCreatedAt[i] = Math.max(t, prev + 2);
    }
  }

  const ideaTopic = new Int32Array(N + 1);
  const ideaPoster = new Int32Array(N + 1);
  const ideaRetention = new Float64Array(N + 1);
  const ideaStatus = new Uint8Array(N + 1);
  const ideaRelation = new Uint8Array(N + 1);
  const ideaQuality = new Float32Array(N + 1);
  const childCount = new Int32Array(N + 1);
  const parentStart = new Int32Array(N + 2);
  const parentIdList = new IntList(N);
  const parentWeightList = new IntList(N);
  const coStart = new Int32Array(N + 2);
  const coPersonList = new IntList(N / 8 + 16);
  const coStateList: number[] = [];

  /** Per topic: every idea once (recency), and a preferential list (popular and built-on ideas repeated). */
  const topicIdeas: number[][] = Array.from({ length: topicTotal }, () => []);
  const pref: number[][] = Array.from({ length: topicTotal }, () => []);
  const megaFamilies = Array.from({ length: MF }, (_, k) => ({ topic: T + k, root: 0, target: 0, size: 0 }));
  let megaRemaining = MF * scale.megaFamilySize;
  const megaRoots = new Set<number>();

  const pickInTopic = (t: number): number => {
    const ideas = topicIdeas[t];
    if (rng.chance(0.25)) return ideas[ideas.length - 1 - rng.int(Math.min(20, ideas.length))];
    return rng.pick(pref[t]);
  };

  for (let i = 1; i <= N; i++) {
    // topic: mega families get their quota spread evenly over time
    let t: number;
    if (megaRemaining > 0 && rng.next() < megaRemaining / (N - i + 1)) {
      const k = megaFamilies.reduce((best, f, j) => (f.size < megaFamilies[best].size ? j : best), 0);
      t = T + k;
      megaRemaining--;
    } else {
      t = rng.weighted(topicCum);
    }
    ideaTopic[i] = t;
    const poster = rng.pick(tickets[t]);
    ideaPoster[i] = poster;
    const q = Math.exp(1.1 * rng.normal());
    ideaQuality[i] = q;

    // parents
    const parents: number[] = [];
    const weights: number[] = [];
    const mega = t >= T ? megaFamilies[t - T] : null;
    if (mega) {
      if (mega.size === 0) {
        mega.root = i;
        megaRoots.add(i);
      }
      else if (mega.size === 1) {
        mega.target = i;
        parents.push(mega.root);
      } else {
        const want = rollParentCount(rng);
        for (let attempt = 0; parents.length < want && attempt < 8; attempt++) {
          const p = pickInTopic(t);
          if (!parents.includes(p)) parents.push(p);
        }
      }
      mega.size++;
    } else if (topicIdeas[t].length > 0 && !rng.chance(0.3)) {
      const want = rollParentCount(rng);
      for (let attempt = 0; parents.length < want && attempt < 8; attempt++) {
        let from = t;
        if (parents.length > 0 && rng.chance(0.15)) {
          const neighbour = (t + (rng.chance(0.5) ? 1 : -1) * (1 + rng.int(2)) + T) % T;
          if (topicIdeas[neighbour].length > 0) from = neighbour;
        }
        const p = pickInTopic(from);
        if (!parents.includes(p)) parents.push(p);
      }
    }
    parents.sort((a, b) => a - b);
    const weighted = parents.length > 1 && rng.chance(0.2);
    for (let j = 0; j < parents.length; j++) weights.push(weighted ? (j === 0 ? 70 : 30) : 1);

    parentStart[i] = parentIdList.length;
    for (let j = 0; j < parents.length; j++) {
      parentIdList.push(parents[j]);
      parentWeightList.push(weights[j]);
      childCount[parents[j]]++;
      if (!megaRoots.has(parents[j])) pref[ideaTopic[parents[j]]].push(parents[j]);
    }
    if (parents.length === 0) {
      ideaRetention[i] = 1;
      ideaRelation[i] = 0;
    } else {
      ideaRetention[i] = rng.chance(0.85) ? 0.6 : rng.pick([0.3, 0.4, 0.5, 0.7, 0.8, 0.9]);
      ideaRelation[i] = parents.length > 1 ? 1 : rng.chance(0.15) ? 2 : 0;
    }
    const age = (END_MS - ideaCreatedAt[i]) / (END_MS - START_MS);
    const s = rng.next();
    ideaStatus[i] = s < 0.45 + 0.4 * (1 - age) ? 0 : s < 0.6 ? 1 : s < 0.75 ? 2 : s < 0.9 ? 3 : 4;

    // co-authors (people of the same topic), and a few open or declined invitations
    coStart[i] = coPersonList.length;
    const taken = [poster];
    const addCo = (state: number) => {
      for (let attempt = 0; attempt < 6; attempt++) {
        const person = rng.pick(tickets[t]);
        if (!taken.includes(person)) {
          taken.push(person);
          coPersonList.push(person);
          coStateList.push(state);
          return;
        }
      }
    };
    if (rng.chance(0.08)) {
      addCo(0);
      if (rng.chance(0.25)) addCo(0);
    }
    if (rng.chance(0.01)) addCo(1);
    if (rng.chance(0.005)) addCo(2);

    // the idea joins its topic (mega roots stay out of the pick lists: everything descends from the target)
    if (!(mega && mega.size === 1)) {
      topicIdeas[t].push(i);
      const entries = 1 + Math.min(15, Math.floor(2 * q));
      for (let k = 0; k < entries; k++) pref[t].push(i);
    }
  }
  parentStart[N + 1] = parentIdList.length;
  coStart[N + 1] = coPersonList.length;
  const coPerson = coPersonList.done();
  const coState = Uint8Array.from(coStateList);

  // ---- endorsements: quality and being built on attract them; never by an author or invitee
  const erng = new Rng(seed, 'endorsements', scale.name);
  const endStart = new Int32Array(N + 2);
  const endList = new IntList(N * 2);
  for (let i = 1; i <= N; i++) {
    endStart[i] = endList.length;
    const lambda = 0.9 * ideaQuality[i] + 0.4 * Math.min(30, childCount[i]);
    const want = Math.min(400, Math.floor(P / 3), erng.poisson(lambda));
    if (want === 0) continue;
    const excluded = new Set<number>([ideaPoster[i]]);
    for (let k = coStart[i]; k < coStart[i + 1]; k++) excluded.add(coPerson[k]);
    const chosen = new Set<number>();
    const local = tickets[ideaTopic[i]];
    for (let attempt = 0; chosen.size < want && attempt < want * 4; attempt++) {
      const person = erng.chance(0.65) ? erng.pick(local) : 1 + erng.int(P);
      if (!excluded.has(person)) chosen.add(person);
    }
    for (const person of [...chosen].sort((a, b) => a - b)) endList.push(person);
  }
  endStart[N + 1] = endList.length;

  return {
    scale,
    seed,
    departments: D,
    personDepartment,
    personRole,
    personActive,
    personCreatedAt,
    topicCount: topicTotal,
    ideaTopic,
    ideaCreatedAt,
    ideaPoster,
    ideaRetention,
    ideaStatus,
    ideaRelation,
    ideaQuality,
    childCount,
    parentStart,
    parentId: parentIdList.done(),
    parentWeight: parentWeightList.done(),
    coStart,
    coPerson,
    coState,
    endStart,
    endPerson: endList.done(),
    topicPeople: tickets.map((list) => Int32Array.from(list)),
    megaFamilies,
  };
}

function rollParentCount(rng: Rng): number {
  const r = rng.next();
  return r < 0.85 ? 1 : r < 0.96 ? 2 : 3;
}

/** Children in CSR form (for statistics and family walks). */
export function childrenOf(org: Organisation): { start: Int32Array; ids: Int32Array } {
  const N = org.scale.ideas;
  const start = new Int32Array(N + 2);
  for (let k = 0; k < org.parentId.length; k++) start[org.parentId[k] + 1]++;
  for (let i = 1; i <= N + 1; i++) start[i] += start[i - 1];
  const fill = start.slice();
  const ids = new Int32Array(org.parentId.length);
  for (let c = 1; c <= N; c++) for (let k = org.parentStart[c]; k < org.parentStart[c + 1]; k++) ids[fill[org.parentId[k]]++] = c;
  return { start, ids };
}

/** Descendants of `root` (root excluded) with their shortest depth, by BFS. */
export function descendants(children: { start: Int32Array; ids: Int32Array }, root: number): Map<number, number> {
  const depth = new Map<number, number>();
  let frontier = [root];
  for (let d = 1; frontier.length; d++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (let k = children.start[v]; k < children.start[v + 1]; k++) {
        const c = children.ids[k];
        if (!depth.has(c)) {
          depth.set(c, d);
          next.push(c);
        }
      }
    }
    frontier = next;
  }
  return depth;
}

/** Summary numbers for the report: sizes, degree, the families P1 and P2 touch. */
export function describe(org: Organisation) {
  const N = org.scale.ideas;
  const children = childrenOf(org);
  const byEndorsement = Array.from({ length: N }, (_, k) => k + 1).sort(
    (a, b) => org.endStart[b + 1] - org.endStart[b] - (org.endStart[a + 1] - org.endStart[a]) || b - a,
  );
  const top = byEndorsement.slice(0, 50);
  const topFamilies = top.map((id) => descendants(children, id).size).sort((a, b) => a - b);
  const mega = org.megaFamilies.map((f) => {
    const desc = descendants(children, f.target);
    let maxDepth = 0;
    for (const d of desc.values()) maxDepth = Math.max(maxDepth, d);
    return { root: f.root, target: f.target, lineageNodes: desc.size + 2, maxDepth };
  });
  let roots = 0;
  for (let i = 1; i <= N; i++) if (org.parentStart[i + 1] === org.parentStart[i]) roots++;
  return {
    ideas: N,
    people: org.scale.people,
    departments: org.departments,
    topics: org.topicCount,
    edges: org.parentId.length,
    roots,
    coAuthorRows: org.coPerson.length,
    endorsements: org.endPerson.length,
    topEndorsements: org.endStart[top[0] + 1] - org.endStart[top[0]],
    top50FamilySizes: { min: topFamilies[0], median: topFamilies[25], max: topFamilies[49], total: topFamilies.reduce((s, x) => s + x, 0) },
    megaFamilies: mega,
  };
}
