import { CreditInputError } from './errors';
import { compareIds } from './ids';
import type { PersonId } from './types';

export const PARTS_PER_MILLION = 1_000_000;

/**
 * Splits the whole number `total` over `weights` (finite, ≥ 0) in proportion, as whole numbers that add up
 * to exactly `total`. Largest remainder: each part gets floor(total·w/Σw), and the units still missing go
 * one each to the largest remainders, ties to the earlier weight (list the weights in compareIds order of
 * their ids where ties must follow ids). Each part is within 1 of total·w/Σw; all parts are 0 when Σw = 0.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new CreditInputError(`apportion: total must be a whole number ≥ 0 (got ${total})`);
  let sum = 0;
  for (const w of weights) {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw new CreditInputError(`apportion: weights must be finite numbers ≥ 0 (got ${String(w)})`);
    sum += w;
  }
  const parts: number[] = new Array(weights.length).fill(0);
  if (!(sum > 0)) return parts;
  const remainders: number[] = new Array(weights.length);
  let assigned = 0;
  for (let i = 0; i < weights.length; i++) {
    const exact = (weights[i] / sum) * total;
    parts[i] = Math.floor(exact);
    remainders[i] = exact - parts[i];
    assigned += parts[i];
  }
  // Σ floor ≤ total and total − Σ floor < number of weights, so the missing units go to distinct parts.
  const byRemainder = parts.map((_, i) => i).sort((i, j) => remainders[j] - remainders[i] || i - j);
  for (let r = 0; r < total - assigned && r < byRemainder.length; r++) parts[byRemainder[r]] += 1;
  return parts;
}

/**
 * Shares as integer parts per million that add up to exactly 1,000,000 (displayed as 100.0000 %), by
 * apportion over the people in compareIds order, so ties go by compareIds. Each result is within 1 of
 * share·10⁶. The shares are divided by their total first, so a sum off by rounding noise cannot leave units
 * over. Returns the map in compareIds order.
 */
export function toPartsPerMillion(shares: ReadonlyMap<PersonId, number>): Map<PersonId, number> {
  const ids = Array.from(shares.keys()).sort(compareIds);
  const values = ids.map((id) => shares.get(id) as number);
  values.forEach((s, i) => {
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0) {
      throw new CreditInputError(`share of ${ids[i]} must be a finite number ≥ 0 (got ${String(s)})`);
    }
  });
  if (!(values.reduce((a, b) => a + b, 0) > 0)) {
    throw new CreditInputError('cannot convert shares that sum to 0 (or an empty map) to parts per million');
  }
  const parts = apportion(PARTS_PER_MILLION, values);
  return new Map(ids.map((id, i) => [id, parts[i]]));
}
