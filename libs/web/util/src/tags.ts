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
