/** Ids are strings (database ids such as "42"); ordered everywhere by compareIds. */
export type PersonId = string;
export type IdeaId = string;

/** A split of one unit of credit over people; sums to 1 (within 1e-12). */
export type Shares = ReadonlyMap<PersonId, number>;

/** A co-author and their relative weight (> 0; the engine normalises weights to sum 1). */
export interface WeightedAuthor {
  personId: PersonId;
  weight: number;
}

/** A parent of the idea: its relative weight (> 0, normalised by the engine) and its upstream credit u_p. */
export interface ParentUpstream {
  ideaId: IdeaId;
  weight: number;
  upstream: Shares;
}

/** What is needed to compute u_v for one idea once its parents' u_p are known. */
export interface UpstreamInput {
  /** ρ_v. Ignored (taken as 1) when there are no parents; otherwise must lie in [minRetention, maxRetention]. */
  retention: number;
  authors: readonly WeightedAuthor[];
  parents: readonly ParentUpstream[];
}

/** One term of a person's share; the terms of a trail add up to the share. */
export type TrailTerm =
  /** Own authorship of the idea. */
  | { kind: 'AUTHOR'; share: number }
  /** Inherited through parent p (drill down: p's own upstream trail). */
  | { kind: 'INHERITED'; parentId: IdeaId; share: number }
  /** Extender pool, through build-on z (a descendant the person co-authored). */
  | { kind: 'POOL'; buildOnId: IdeaId; share: number };

/** A descendant z of the idea Y whose credit is computed. */
export interface FamilyMember {
  ideaId: IdeaId;
  /** Shortest distance from Y (an integer ≥ 1). */
  depth: number;
  /** Creation time (e.g. epoch ms); orders build-ons for the 1/k rank and for counting endorsers per author. */
  createdAt: number;
  authors: readonly WeightedAuthor[];
  /** People who endorsed z (duplicates and z's own authors are ignored). */
  endorsers: readonly PersonId[];
  /** Reviewer's multiplier (> 0), default 1. */
  significance?: number;
}

/** The credit of an idea Y: S_Y = (1 − B_Y)·u_Y + B_Y·E_Y. */
export interface IdeaCredit {
  /** S_Y, person → share, in compareIds order; sums to 1 (within 1e-12). */
  shares: Map<PersonId, number>;
  /** B_Y, the part of Y's credit that went to the extender pool (≤ β). */
  poolBound: number;
  /** Σq over the family: the pool's total weight (B_Y = β·min(1, poolWeight / C₀)). */
  poolWeight: number;
  /** The terms of one person's share, summing (left to right, in float) exactly to shares.get(personId) ?? 0. */
  trail(personId: PersonId): TrailTerm[];
}

/** One (build-on z, author x) pair of the extender pool. */
export interface PoolTerm {
  buildOnId: IdeaId;
  personId: PersonId;
  /** q_{z,x} = significance_z · (q₀ + e_{z,x}) · δ^(depth_z − 1) · a_z(x) / k_{z,x}. */
  weight: number;
  /** k_{z,x}: 1-based rank of z among x's build-ons in the family, by (createdAt, id). */
  rank: number;
  /** e_{z,x}: endorsers of z (not its authors) not already counted for x on an earlier build-on of x. */
  countedEndorsers: number;
}

/** The extender pool of a family: its terms in (createdAt, id, person) order and their sum Σq. */
export interface ExtenderPool {
  terms: PoolTerm[];
  total: number;
}
