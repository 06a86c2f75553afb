/** 0.01 % in parts per million: the unit the web shows shares in. */
export const PPM_PER_UNIT = 100;

/**
 * Rounds parts per million to shown units (0.01 %) by largest remainder, so the shown parts add up to
 * exactly `totalUnits`: by default the rounded sum; a trail passes its row's shown units (the floor or
 * the ceiling of its sum). Rounding each part on its own gives 99.99 % or 100.01 % for shares that add
 * up to 100 %. Equal remainders go to the earlier part (shares come largest first).
 */
export function apportionPpm(ppms: readonly number[], totalUnits = Math.round(ppms.reduce((sum, p) => sum + p, 0) / PPM_PER_UNIT)): number[] {
  const units = ppms.map((p) => Math.floor(p / PPM_PER_UNIT));
  const missing = totalUnits - units.reduce((sum, u) => sum + u, 0);
  const byRemainder = ppms.map((p, i) => ({ i, rest: p - units[i] * PPM_PER_UNIT })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; k < missing && byRemainder.length > 0; k++) units[byRemainder[k % byRemainder.length].i]++;
  return units;
}

/** Shown units (0.01 %) as the percentage `formatPercent(…, 2)` takes. */
export function unitsToPercent(units: number): number {
  return units / 100;
}
