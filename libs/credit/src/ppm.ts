import { CreditInputError } from './errors';
import { compareIds } from './ids';
import type { PersonId } from './types';

export const PARTS_PER_MILLION = 1_000_000;

/**
 * Shares as integer parts per million that add up to exactly 1,000,000 (displayed as 100.0000 %).
 * Largest-remainder rounding: everyone gets floor(share·10⁶), and the units still missing go one each to
 * the largest remainders, ties broken by compareIds. Each result is within 1 of share·10⁶.
 * The shares are divided by their total first, so a sum off by rounding noise cannot leave units over.
 * Returns the map in compareIds order.
 */
export function toPartsPerMillion(shares: ReadonlyMap<PersonId, number>): Map<PersonId, number> {
  const ids = Array.from(shares.keys()).sort(compareIds);
  let total = 0;
  for (const id of ids) {
    const s = shares.get(id) as number;
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0) {
      throw new CreditInputError(`share of ${id} must be a finite number ≥ 0 (got ${String(s)})`);
    }
    total += s;
  }
  if (!(total > 0)) throw new CreditInputError('cannot convert shares that sum to 0 (or an empty map) to parts per million');

  const floors: number[] = new Array(ids.length);
  const remainders: number[] = new Array(ids.length);
  let assigned = 0;
  for (let i = 0; i < ids.length; i++) {
    const exact = ((shares.get(ids[i]) as number) / total) * PARTS_PER_MILLION;
    floors[i] = Math.floor(exact);
    remainders[i] = exact - floors[i];
    assigned += floors[i];
  }
  // Σ floor ≤ 10⁶ and 10⁶ − Σ floor < number of entries, so `missing` units go to distinct people.
  const missing = PARTS_PER_MILLION - assigned;
  const byRemainder = ids.map((_, i) => i);
  byRemainder.sort((i, j) => remainders[j] - remainders[i] || compareIds(ids[i], ids[j]));
  for (let r = 0; r < missing && r < byRemainder.length; r++) floors[byRemainder[r]] += 1;

  const out = new Map<PersonId, number>();
  for (let i = 0; i < ids.length; i++) out.set(ids[i], floors[i]);
  return out;
}
