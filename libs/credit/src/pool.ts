import { type CreditConfig, resolveConfig } from './config';
import { CreditInputError } from './errors';
import { compareIds } from './ids';
import { normaliseAuthors, sortedMap } from './normalise';
import type { ExtenderPool, FamilyMember, IdeaCredit, IdeaId, PersonId, PoolTerm, TrailTerm, UpstreamInput } from './types';
import { accumulateUpstream, prepareUpstream, upstreamTermsOf } from './upstream';

/** x^n for an integer n ≥ 0 by squaring: plain IEEE multiplications, so identical on every engine. */
function powInt(x: number, n: number): number {
  let result = 1;
  let base = x;
  while (n > 0) {
    if (n & 1) result *= base;
    base *= base;
    n = Math.floor(n / 2);
  }
  return result;
}

function checkMember(z: FamilyMember, i: number): string {
  if (typeof z?.ideaId !== 'string' || z.ideaId.length === 0) {
    throw new CreditInputError(`descendant ${i} has no ideaId`);
  }
  const where = `build-on ${z.ideaId}`;
  if (!Number.isInteger(z.depth) || z.depth < 1) {
    throw new CreditInputError(`${where}: depth must be an integer ≥ 1 (got ${String(z.depth)})`);
  }
  if (typeof z.createdAt !== 'number' || !Number.isFinite(z.createdAt)) {
    throw new CreditInputError(`${where}: createdAt must be a finite number (got ${String(z.createdAt)})`);
  }
  const s = z.significance;
  if (s !== undefined && (typeof s !== 'number' || !Number.isFinite(s) || s <= 0)) {
    throw new CreditInputError(`${where}: significance must be a finite number > 0 (got ${String(s)})`);
  }
  if (!Array.isArray(z.endorsers)) throw new CreditInputError(`${where}: endorsers must be an array`);
  return where;
}

/**
 * The extender pool of Y's family (its descendants): one term per (build-on z, author x),
 *   q_{z,x} = significance_z · (q₀ + e_{z,x}) · δ^(depth_z − 1) · a_z(x) / k_{z,x}.
 * Build-ons are processed in (createdAt, id) order, which fixes k_{z,x} (x's 1-based rank) and which
 * endorsements count for whom: e_{z,x} counts the endorsers of z, other than z's authors, not already
 * counted for x on an earlier build-on of x. So each co-author has their own count, and a colleague who
 * endorses all of one person's build-ons counts once for that person.
 * Cost: O(m log m) for m build-ons, plus the (endorser, author) pairs.
 */
export function extenderPool(descendants: readonly FamilyMember[], config?: Partial<CreditConfig>): ExtenderPool {
  const cfg = resolveConfig(config);
  const seenIds = new Set<IdeaId>();
  for (let i = 0; i < descendants.length; i++) {
    const where = checkMember(descendants[i], i);
    if (seenIds.has(descendants[i].ideaId)) throw new CreditInputError(`${where} appears twice among the descendants`);
    seenIds.add(descendants[i].ideaId);
  }
  const ordered = descendants
    .slice()
    .sort((a, b) => (a.createdAt !== b.createdAt ? a.createdAt - b.createdAt : compareIds(a.ideaId, b.ideaId)));

  const buildOnsSoFar = new Map<PersonId, number>(); // person → how many of their build-ons came before
  const countedFor = new Map<PersonId, Set<PersonId>>(); // author → endorsers already counted for them
  const terms: PoolTerm[] = [];
  let total = 0;
  for (const z of ordered) {
    const where = `build-on ${z.ideaId}`;
    const authors = normaliseAuthors(z.authors, where);
    const endorsers: PersonId[] = [];
    for (const endorser of new Set(z.endorsers)) {
      if (typeof endorser !== 'string' || endorser.length === 0) throw new CreditInputError(`${where}: invalid endorser`);
      if (!authors.keys.includes(endorser)) endorsers.push(endorser); // endorsing one's own build-on counts for nothing
    }

    const decay = powInt(cfg.delta, z.depth - 1);
    for (let i = 0; i < authors.keys.length; i++) {
      const person = authors.keys[i];
      let counted = countedFor.get(person);
      if (counted === undefined) countedFor.set(person, (counted = new Set()));
      let countedEndorsers = 0; // e_{z,x}
      for (const endorser of endorsers) {
        if (!counted.has(endorser)) {
          counted.add(endorser);
          countedEndorsers++;
        }
      }
      const rank = (buildOnsSoFar.get(person) ?? 0) + 1;
      buildOnsSoFar.set(person, rank);
      const weight = ((z.significance ?? 1) * (cfg.q0 + countedEndorsers) * decay * authors.shares[i]) / rank;
      terms.push({ buildOnId: z.ideaId, personId: person, weight, rank, countedEndorsers });
      total += weight;
    }
  }
  return { terms, total };
}

/**
 * The credit of idea Y: S_Y = (1 − B_Y)·u_Y + B_Y·E_Y with E_Y(x) = Σ_z q_{z,x} / Σq and
 * B_Y = β·min(1, Σq / C₀) (B_Y = 0 without descendants, and S_Y = u_Y bit for bit).
 * `idea` is Y's own upstream input (its parents' u_p are needed); `descendants` is desc(Y), Y excluded.
 *
 * A person's share is the left-to-right float sum of their trail terms, in this order:
 *   AUTHOR (1 − B)·ρ·a(x), INHERITED (1 − B)·(1 − ρ)·w(p)·u_p(x) by parent id, POOL (B/Σq)·q_{z,x} by (createdAt, id).
 * so trail(x) adds up to shares.get(x) exactly. Cost: O(Σ_p |u_p| + m log m + k log k) for m build-ons and
 * k people; a family of 10,000 build-ons takes a few milliseconds.
 */
export function ideaCredit(
  idea: UpstreamInput,
  descendants: readonly FamilyMember[],
  config?: Partial<CreditConfig>,
): IdeaCredit {
  const cfg = resolveConfig(config);
  const prep = prepareUpstream(idea, cfg);
  const pool = extenderPool(descendants, cfg);

  // If every q underflowed to 0 (depths beyond ~1,000 generations) there is nothing to share: B = 0.
  const poolBound = pool.total > 0 ? cfg.beta * Math.min(1, pool.total / cfg.c0) : 0;
  const keep = 1 - poolBound;
  const perWeight = pool.total > 0 ? poolBound / pool.total : 0;

  const acc = new Map<PersonId, number>();
  accumulateUpstream(acc, prep, keep);
  // A person's pool terms, kept for their trail (terms are already in (createdAt, id) order).
  const poolTermsOf = new Map<PersonId, TrailTerm[]>();
  for (const t of pool.terms) {
    const share = perWeight * t.weight;
    const prev = acc.get(t.personId);
    acc.set(t.personId, prev === undefined ? share : prev + share);
    let list = poolTermsOf.get(t.personId);
    if (list === undefined) poolTermsOf.set(t.personId, (list = []));
    list.push({ kind: 'POOL', buildOnId: t.buildOnId, share });
  }
  const shares = sortedMap(acc);

  return {
    shares,
    poolBound,
    poolWeight: pool.total,
    trail(personId: PersonId): TrailTerm[] {
      const out: TrailTerm[] = [];
      upstreamTermsOf(prep, personId, keep, out);
      const own = poolTermsOf.get(personId);
      if (own !== undefined) for (const t of own) out.push({ ...t });
      return out;
    },
  };
}
