import { compareIds } from '@kindling/credit';

/**
 * Splits an integer `total` over keyed non-negative weights by largest remainder, so the
 * parts add up to exactly `total` (ties to the lower id). Used to show a person's trail
 * terms in ppm that add up to the ppm shown for that person.
 */
export function apportion(total: number, weights: ReadonlyArray<{ key: string; weight: number }>): Map<string, number> {
  const sum = weights.reduce((s, w) => s + w.weight, 0);
  const parts = weights.map((w) => {
    const exact = sum > 0 ? (w.weight / sum) * total : 0;
    return { key: w.key, floor: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = total - parts.reduce((s, p) => s + p.floor, 0);
  const byRest = [...parts].sort((a, b) => b.rest - a.rest || compareIds(a.key, b.key));
  for (const p of byRest) {
    if (left <= 0) break;
    p.floor++;
    left--;
  }
  return new Map(parts.map((p) => [p.key, p.floor]));
}
