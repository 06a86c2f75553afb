import { apportion } from '@kindling/credit';

/**
 * The split over parents as whole percentages that add up to 100: what the form shows is what is stored.
 * Every part stays at least 1 (the API refuses a zero part).
 */
export const SPLIT_TOTAL = 100;

/** `total` apportioned over `weights` (largest remainder), every part at least 1. */
function apportionAtLeastOne(total: number, weights: readonly number[]): number[] {
  const above = weights.map((w) => Math.max(w - 1, 0));
  const spread = above.some((w) => w > 0) ? above : weights.map(() => 1);
  return apportion(total - weights.length, spread).map((p) => p + 1);
}

export function equalShares(count: number): number[] {
  return count ? apportion(SPLIT_TOTAL, new Array(count).fill(1)) : [];
}

/** Sets part `index` to `value` (kept within 1 … 100 − the others' minimum) and rescales the others so the sum stays 100. */
export function setShare(shares: readonly number[], index: number, value: number): number[] {
  const n = shares.length;
  if (n <= 1) return n ? [SPLIT_TOTAL] : [];
  const chosen = Math.min(Math.max(Math.round(value), 1), SPLIT_TOTAL - (n - 1));
  const others = shares.filter((_, i) => i !== index);
  const rest = apportionAtLeastOne(SPLIT_TOTAL - chosen, others);
  return shares.map((_, i) => (i === index ? chosen : rest[i < index ? i : i - 1]));
}

/** Shares from elsewhere (an older draft) brought to whole parts of 100, in their proportions. */
export function normaliseShares(shares: readonly number[]): number[] {
  return shares.length ? apportionAtLeastOne(SPLIT_TOTAL, shares.map((w) => (Number.isFinite(w) && w > 0 ? w : 1))) : [];
}

/** A new parent gets an equal part; the others keep their proportions in what is left. */
export function addShare(shares: readonly number[]): number[] {
  const n = shares.length + 1;
  return n === 1 ? [SPLIT_TOTAL] : setShare([...shares, 1], n - 1, SPLIT_TOTAL / n);
}

/** Without part `index`, the others keep their proportions of 100. */
export function removeShare(shares: readonly number[], index: number): number[] {
  return normaliseShares(shares.filter((_, i) => i !== index));
}
