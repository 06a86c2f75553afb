import { type CreditConfig, resolveConfig } from './config';
import { CreditInputError } from './errors';
import { compareIds } from './ids';
import {
  addAuthorTerms,
  addInheritedTerms,
  assertWeight,
  effectiveRetention,
  type Normalised,
  normaliseAuthors,
  normaliseWeights,
  sortedMap,
} from './normalise';
import type { IdeaId, PersonId, Shares, TrailTerm, UpstreamInput } from './types';

/** An UpstreamInput validated and put in canonical order (authors and parents by compareIds). */
export interface PreparedUpstream {
  authors: Normalised<PersonId>;
  /** ρ_v (1 for a root). */
  rho: number;
  parentIds: IdeaId[];
  /** (1 − ρ_v)·w(v,p), aligned with parentIds. */
  parentCoefs: number[];
  parentUpstreams: Shares[];
}

const SUM_TOLERANCE = 1e-9;

function checkUpstream(upstream: Shares, where: string): void {
  if (!(upstream instanceof Map) || upstream.size === 0) {
    throw new CreditInputError(`${where}: upstream must be a non-empty Map of person → share`);
  }
  let sum = 0;
  for (const [person, value] of upstream) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new CreditInputError(`${where}: share of ${person} must be a finite number ≥ 0 (got ${String(value)})`);
    }
    sum += value;
  }
  // Catches ppm maps or partial maps passed by mistake; real upstreams are within 1e-12 of 1.
  if (Math.abs(sum - 1) > SUM_TOLERANCE) throw new CreditInputError(`${where}: upstream sums to ${sum}, not 1`);
}

function sameShares(a: Shares, b: Shares): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

export function prepareUpstream(
  input: UpstreamInput,
  config: Readonly<CreditConfig>,
  where = 'idea',
): PreparedUpstream {
  const authors = normaliseAuthors(input.authors, where);
  const parents = input.parents ?? [];
  const rho = effectiveRetention(input.retention, parents.length > 0, config, where);
  if (parents.length === 0) return { authors, rho, parentIds: [], parentCoefs: [], parentUpstreams: [] };

  const ids: IdeaId[] = [];
  const weights: number[] = [];
  const upstreamOf = new Map<IdeaId, Shares>();
  for (const p of parents) {
    if (typeof p?.ideaId !== 'string' || p.ideaId.length === 0) {
      throw new CreditInputError(`${where}: a parent has no ideaId`);
    }
    const pw = `${where}: parent ${p.ideaId}`;
    assertWeight(p.weight, pw);
    checkUpstream(p.upstream, pw);
    const seen = upstreamOf.get(p.ideaId);
    // Listing a parent twice adds its weights; but its upstream must be one thing.
    if (seen !== undefined && !sameShares(seen, p.upstream)) {
      throw new CreditInputError(`${pw}: listed twice with different upstream credit`);
    }
    upstreamOf.set(p.ideaId, p.upstream);
    ids.push(p.ideaId);
    weights.push(p.weight);
  }
  const w = normaliseWeights(ids, weights, compareIds);
  const passUp = 1 - rho;
  const parentCoefs = w.shares.map((share) => passUp * share);
  const parentUpstreams = w.keys.map((id) => upstreamOf.get(id) as Shares);
  return { authors, rho, parentIds: w.keys, parentCoefs, parentUpstreams };
}

/**
 * Adds scale·(terms of u_v) into an empty accumulator. scale = 1 gives u_v itself; ideaCredit uses
 * scale = 1 − B_Y. (1·x === x in float, so both paths share the same bits when B_Y = 0.)
 */
export function accumulateUpstream(acc: Map<PersonId, number>, prep: PreparedUpstream, scale: number): void {
  addAuthorTerms(acc, prep.authors, scale * prep.rho);
  for (let j = 0; j < prep.parentIds.length; j++) {
    addInheritedTerms(acc, scale * prep.parentCoefs[j], prep.parentUpstreams[j]);
  }
}

/** The same terms as accumulateUpstream, for one person, in the same order and by the same expressions. */
export function upstreamTermsOf(prep: PreparedUpstream, person: PersonId, scale: number, out: TrailTerm[]): void {
  const authorCoef = scale * prep.rho;
  // Authors are few (usually one or two), so a linear scan is cheapest.
  const a = prep.authors.keys.indexOf(person);
  if (a >= 0) out.push({ kind: 'AUTHOR', share: authorCoef * prep.authors.shares[a] });
  for (let j = 0; j < prep.parentIds.length; j++) {
    const value = prep.parentUpstreams[j].get(person);
    if (value !== undefined) {
      out.push({ kind: 'INHERITED', parentId: prep.parentIds[j], share: scale * prep.parentCoefs[j] * value });
    }
  }
}

/**
 * u_v = ρ_v·a_v + (1 − ρ_v)·Σ_p w(v,p)·u_p, for one idea whose parents' u_p are known.
 * Returns person → share in compareIds order; every author of v and every person of every u_p keeps an entry.
 * Cost: O(Σ_p |u_p| + k log k) for k people in the result.
 */
export function upstreamCredit(input: UpstreamInput, config?: Partial<CreditConfig>): Map<PersonId, number> {
  const prep = prepareUpstream(input, resolveConfig(config));
  const acc = new Map<PersonId, number>();
  accumulateUpstream(acc, prep, 1);
  return sortedMap(acc);
}

/**
 * The terms of u_v(person): own authorship (ρ_v·a_v(x)), then what came through each parent
 * ((1 − ρ_v)·w(v,p)·u_p(x), parents in compareIds order). Summed left to right they equal
 * upstreamCredit(input).get(person) exactly; empty when the person has no share.
 * To drill an INHERITED term, call upstreamTrail on that parent's own input.
 */
export function upstreamTrail(
  input: UpstreamInput,
  personId: PersonId,
  config?: Partial<CreditConfig>,
): TrailTerm[] {
  const prep = prepareUpstream(input, resolveConfig(config));
  const out: TrailTerm[] = [];
  upstreamTermsOf(prep, personId, 1, out);
  return out;
}
