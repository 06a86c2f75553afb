import { InputReason } from '@kindling/shared/errors';

/**
 * The input rules of ideas and comments, in one place: the API enforces them and the web app's forms check
 * the same rules before sending. Each check returns what is wrong (field + reason) or nothing.
 */
export const LIMITS = {
  title: 200,
  body: 20_000,
  tags: 10,
  tag: 40,
  parents: 10,
  comment: 5_000,
  /** A reviewer's written response to a status move (markdown). */
  response: 20_000,
  withdrawalReason: 2_000,
  tokenName: 100,
  /** API token lifetime in days: the default, and the most a token may be given. */
  tokenDaysDefault: 90,
  tokenDaysMax: 365,
} as const;

/** Lowercase letters and digits in dash-separated words ("night-shift", "2025"). */
export const TAG_PATTERN = /^[\p{Ll}\p{N}]+(-[\p{Ll}\p{N}]+)*$/u;

export type Relation = 'EXTENDS' | 'COMBINES' | 'REFINES';

export interface RuleViolation {
  field: string;
  reason: InputReason;
}

const violation = (field: string, reason: InputReason): RuleViolation => ({ field, reason });

/** Titles are single-line: outer space trimmed, inner runs of space collapsed. */
export function normaliseTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ');
}

export function normaliseText(text: string): string {
  return text.trim();
}

/** "#Night Shift" → "night-shift"; duplicates and empty entries dropped, order kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase().replace(/^#/, '').replace(/\s+/g, '-')).filter(Boolean))];
}

/** Tags as a person types them: separated by commas or new lines. */
export function parseTagText(text: string): string[] {
  return normaliseTags(text.split(/[,\n]/));
}

/** The relation a build-on gets when its author does not choose one. */
export function defaultRelation(parentCount: number): Relation {
  return parentCount > 1 ? 'COMBINES' : 'EXTENDS';
}

// The checks below take normalised values.

export function checkTitle(title: string): RuleViolation | null {
  if (!title) return violation('title', InputReason.TITLE_EMPTY);
  if (title.length > LIMITS.title) return violation('title', InputReason.TITLE_TOO_LONG);
  return null;
}

export function checkBody(body: string): RuleViolation | null {
  if (!body) return violation('body', InputReason.BODY_EMPTY);
  if (body.length > LIMITS.body) return violation('body', InputReason.BODY_TOO_LONG);
  return null;
}

export function checkTags(tags: readonly string[]): RuleViolation | null {
  if (tags.length > LIMITS.tags) return violation('tags', InputReason.TOO_MANY_TAGS);
  if (tags.some((t) => t.length > LIMITS.tag || !TAG_PATTERN.test(t))) return violation('tags', InputReason.INVALID_TAG);
  return null;
}

/** What a build-on builds on: 1–10 distinct ideas; COMBINES needs two or more. */
export function checkParents(parentIds: readonly string[], relation: Relation | null | undefined): RuleViolation | null {
  if (parentIds.length < 1 || parentIds.length > LIMITS.parents) return violation('parentIds', InputReason.PARENT_COUNT);
  if (new Set(parentIds).size !== parentIds.length) return violation('parentIds', InputReason.DUPLICATE_PARENT);
  if (relation === 'COMBINES' && parentIds.length < 2) return violation('relation', InputReason.COMBINES_NEEDS_TWO);
  return null;
}

/** The split over parents: one positive, finite number per parent (any scale; normalised by the credit engine). */
export function checkSplit(split: readonly number[], parentCount: number): RuleViolation | null {
  if (split.length !== parentCount) return violation('split', InputReason.SPLIT_LENGTH);
  if (split.some((w) => !Number.isFinite(w) || w <= 0)) return violation('split', InputReason.SPLIT_NOT_POSITIVE);
  // parts so large that their sum overflows cannot be normalised
  if (!Number.isFinite(split.reduce((sum, w) => sum + w, 0))) return violation('split', InputReason.SPLIT_TOO_LARGE);
  return null;
}

/**
 * A split as the compose form gives it: whole percentages that add up to exactly 100, so the shares a person
 * sees are the weights stored (the API accepts any scale and normalises).
 */
export function checkSplitShares(split: readonly number[], parentCount: number): RuleViolation | null {
  const broken = checkSplit(split, parentCount);
  if (broken) return broken;
  if (split.some((w) => !Number.isInteger(w)) || split.reduce((sum, w) => sum + w, 0) !== 100) return violation('split', InputReason.PARENT_SPLIT_SUM);
  return null;
}

export function checkComment(body: string): RuleViolation | null {
  if (!body) return violation('body', InputReason.COMMENT_EMPTY);
  if (body.length > LIMITS.comment) return violation('body', InputReason.COMMENT_TOO_LONG);
  return null;
}

export function checkWithdrawalReason(reason: string): RuleViolation | null {
  if (!reason) return violation('reason', InputReason.WITHDRAWAL_REASON_EMPTY);
  if (reason.length > LIMITS.withdrawalReason) return violation('reason', InputReason.WITHDRAWAL_REASON_TOO_LONG);
  return null;
}

export function checkTokenName(name: string): RuleViolation | null {
  return !name || name.length > LIMITS.tokenName ? violation('name', InputReason.TOKEN_NAME) : null;
}

export function checkTokenExpiry(days: number): RuleViolation | null {
  return Number.isInteger(days) && days >= 1 && days <= LIMITS.tokenDaysMax ? null : violation('expiresInDays', InputReason.TOKEN_EXPIRY);
}

export function checkTokenScopes(scopes: readonly string[]): RuleViolation | null {
  return scopes.length === 0 ? violation('scopes', InputReason.TOKEN_SCOPES) : null;
}

export interface IdeaDraft {
  title: string;
  body: string;
  tags: readonly string[];
}

/** Every rule an idea's text breaks, in form order (title, body, tags). */
export function ideaDraftViolations(draft: IdeaDraft): RuleViolation[] {
  return [checkTitle(draft.title), checkBody(draft.body), checkTags(draft.tags)].filter((v): v is RuleViolation => v !== null);
}
