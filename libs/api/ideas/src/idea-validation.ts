import { IdeaErrors } from './ideas.errors';

export const LIMITS = { title: 200, body: 20000, tags: 10, tag: 40, parents: 10, comment: 5000 };
const TAG = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u;

export function cleanTitle(title: string): string {
  const value = title.trim().replace(/\s+/g, ' ');
  if (!value) throw IdeaErrors.invalid('title', 'cannot be empty.');
  if (value.length > LIMITS.title) throw IdeaErrors.invalid('title', `is ${value.length} characters; at most ${LIMITS.title}.`);
  return value;
}

export function cleanBody(body: string): string {
  const value = body.trim();
  if (value.length > LIMITS.body) throw IdeaErrors.invalid('body', `is ${value.length} characters; at most ${LIMITS.body}.`);
  return value;
}

export function cleanTags(tags: readonly string[] | undefined | null): string[] {
  const cleaned = [...new Set((tags ?? []).map((t) => t.trim().toLowerCase().replace(/^#/, '').replace(/\s+/g, '-')).filter(Boolean))];
  if (cleaned.length > LIMITS.tags) throw IdeaErrors.invalid('tags', `at most ${LIMITS.tags} tags.`);
  for (const tag of cleaned) {
    if (tag.length > LIMITS.tag || !TAG.test(tag)) throw IdeaErrors.invalid('tags', `"${tag}" is not a tag (letters, digits and dashes, at most ${LIMITS.tag}).`);
  }
  return cleaned;
}

export function cleanComment(body: string): string {
  const value = body.trim();
  if (!value) throw IdeaErrors.invalid('body', 'cannot be empty.');
  if (value.length > LIMITS.comment) throw IdeaErrors.invalid('body', `is ${value.length} characters; at most ${LIMITS.comment}.`);
  return value;
}

/** The split over parents: positive finite numbers, one per parent; equal when omitted. Stored raw, normalised by the credit engine. */
export function cleanSplit(split: readonly number[] | undefined | null, parentCount: number): number[] {
  if (!split) return Array(parentCount).fill(1);
  if (split.length !== parentCount) throw IdeaErrors.invalid('split', `give one number per parent (${parentCount}), got ${split.length}.`);
  if (split.some((w) => !Number.isFinite(w) || w <= 0)) throw IdeaErrors.invalid('split', 'every part must be a positive number.');
  return [...split];
}
