import { CreditInputError } from './errors';
import { compareIds } from './ids';
import type { PersonId, Shares, WeightedAuthor } from './types';

/**
 * Merged, normalised weights: `keys` strictly increasing in the caller's order, `shares` summing to ~1.
 * Kept as two parallel arrays (no per-entry objects): every idea and build-on needs one.
 */
export interface Normalised<K> {
  keys: K[];
  shares: number[];
}

/** "what id", for error messages; built only when throwing, not once per node on the hot path. */
export function label(what: string, id?: string): string {
  return id === undefined ? what : `${what} ${id}`;
}

export function assertWeight(weight: unknown, what: string, id?: string): void {
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
    throw new CreditInputError(`${label(what, id)}: weight must be a finite number > 0 (got ${String(weight)})`);
  }
}

/**
 * Sorts (key, weight) pairs by key (then weight), merges duplicate keys by adding their weights and
 * divides by the total. Both sums run in that sorted order, so the result does not depend on input order.
 */
export function normaliseWeights<K>(
  keys: readonly K[],
  weights: readonly number[],
  compare: (a: K, b: K) => number,
): Normalised<K> {
  const n = keys.length;
  if (n === 1) return { keys: [keys[0]], shares: [1] }; // w / w, the common case, without sorting
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => compare(keys[i], keys[j]) || weights[i] - weights[j]);
  const outKeys: K[] = [];
  const merged: number[] = [];
  for (const i of order) {
    const last = outKeys.length - 1;
    if (last >= 0 && compare(outKeys[last], keys[i]) === 0) merged[last] += weights[i];
    else {
      outKeys.push(keys[i]);
      merged.push(weights[i]);
    }
  }
  let total = 0;
  for (const w of merged) total += w;
  if (!Number.isFinite(total)) throw new CreditInputError(`weights overflow (total ${total})`);
  for (let i = 0; i < merged.length; i++) merged[i] = merged[i] / total;
  return { keys: outKeys, shares: merged };
}

/** a_v: co-author split. At least one author; duplicate person ids are merged. */
export function normaliseAuthors(authors: readonly WeightedAuthor[], what: string, id?: string): Normalised<PersonId> {
  if (!Array.isArray(authors) || authors.length === 0) {
    throw new CreditInputError(`${label(what, id)}: at least one author is required`);
  }
  const ids: PersonId[] = new Array(authors.length);
  const weights: number[] = new Array(authors.length);
  for (let i = 0; i < authors.length; i++) {
    const a = authors[i];
    if (typeof a?.personId !== 'string' || a.personId.length === 0) {
      throw new CreditInputError(`${label(what, id)}: author ${i} has no personId`);
    }
    if (!(a.weight > 0 && a.weight < Infinity)) assertWeight(a.weight, `${label(what, id)}: author`, a.personId);
    ids[i] = a.personId;
    weights[i] = a.weight;
  }
  return normaliseWeights(ids, weights, compareIds);
}

/**
 * ρ_v for the formula: 1 for a root (its retention is ignored), otherwise the given retention,
 * which must lie in [minRetention, maxRetention].
 */
export function effectiveRetention(
  retention: number,
  hasParents: boolean,
  config: { minRetention: number; maxRetention: number },
  what: string,
  id?: string,
): number {
  if (!hasParents) return 1;
  if (
    typeof retention !== 'number' ||
    !Number.isFinite(retention) ||
    retention < config.minRetention ||
    retention > config.maxRetention
  ) {
    throw new CreditInputError(
      `${label(what, id)}: retention must be in [${config.minRetention}, ${config.maxRetention}] for a build-on (got ${String(retention)})`,
    );
  }
  return retention;
}

/*
 * The arithmetic of u_v. upstreamCredit, upstreamTrail and ideaCredit use these helpers; computeUpstreamColumns
 * (columns.ts) merges sorted runs instead but evaluates the very same expressions in the same order, so
 * incremental and full computations agree bit for bit. A person's value is the left-to-right float sum of
 * their terms, in this fixed order:
 *   AUTHOR term      authorCoef · a_v(x)               (authorCoef = ρ_v, times 1 − B_Y inside ideaCredit)
 *   INHERITED terms  coef_p · u_p(x), parents by id    (coef_p = (1 − ρ_v)·w(v,p), likewise scaled)
 * Trails list the same terms computed by the same expressions, so they add up to the share exactly.
 */

/** Starts the accumulator with the author terms (the accumulator must be empty). */
export function addAuthorTerms(
  acc: Map<PersonId, number>,
  authors: Normalised<PersonId>,
  authorCoef: number,
): void {
  for (let i = 0; i < authors.keys.length; i++) acc.set(authors.keys[i], authorCoef * authors.shares[i]);
}

/** Adds one parent's inherited terms. */
export function addInheritedTerms(acc: Map<PersonId, number>, coef: number, upstream: Shares): void {
  for (const [person, value] of upstream) {
    const prev = acc.get(person);
    // 0 + t === t, so starting a newcomer at t is the same float sum as starting it at 0.
    acc.set(person, prev === undefined ? coef * value : prev + coef * value);
  }
}

/** A new map with the same entries in compareIds order (the order every returned share map uses). */
export function sortedMap(acc: ReadonlyMap<PersonId, number>): Map<PersonId, number> {
  const keys = Array.from(acc.keys());
  if (keys.length > 1) keys.sort(compareIds);
  const out = new Map<PersonId, number>();
  for (const k of keys) out.set(k, acc.get(k) as number);
  return out;
}
