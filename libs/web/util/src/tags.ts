/** Parses "Night shift, parking ,  wellbeing" into ["night-shift", "parking", "wellbeing"]. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,\n]/)
    .map((t) => t.trim().toLowerCase().replace(/^#/, '').replace(/\s+/g, '-'))
    .filter(Boolean);
  return [...new Set(tags)];
}

export const TAG_PATTERN = /^[\p{Ll}\p{N}]+(-[\p{Ll}\p{N}]+)*$/u;

export function tagsAreValid(tags: readonly string[]): boolean {
  return tags.length <= 10 && tags.every((t) => TAG_PATTERN.test(t));
}

/** Splits a whole (e.g. 1,000,000 ppm or 100 %) over weights so the parts add up exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (w / sum) * total);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
}
