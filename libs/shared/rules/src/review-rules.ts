import { InputReason } from '@kindling/shared/errors';
import { LIMITS, type RuleViolation } from './idea-rules';

/** An idea's place in the review workflow (the API's `IdeaStatus`). */
export type ReviewStatus = 'NEW' | 'UNDER_REVIEW' | 'ACCEPTED' | 'IN_PROGRESS' | 'IMPLEMENTED' | 'DECLINED' | 'MERGED';

/**
 * The review workflow: where a reviewer may move an idea from each status. The API refuses anything else and
 * the web app offers only these. IMPLEMENTED and MERGED are final; MERGED is never a target (only a merge sets it).
 */
export const STATUS_TRANSITIONS: { readonly [S in ReviewStatus]: readonly ReviewStatus[] } = {
  NEW: ['UNDER_REVIEW', 'ACCEPTED', 'DECLINED'],
  UNDER_REVIEW: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['IN_PROGRESS', 'DECLINED'],
  IN_PROGRESS: ['IMPLEMENTED', 'DECLINED'],
  DECLINED: ['UNDER_REVIEW'],
  IMPLEMENTED: [],
  MERGED: [],
};

export function isLegalTransition(from: ReviewStatus, to: ReviewStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** Whether nothing is left to review: no move leads out of the status. */
export function isFinalStatus(status: ReviewStatus): boolean {
  return STATUS_TRANSITIONS[status].length === 0;
}

/** The written response of a status move, normalised (trimmed) first: required, at most LIMITS.response characters. */
export function checkResponse(response: string): RuleViolation | null {
  if (!response) return { field: 'response', reason: InputReason.RESPONSE_EMPTY };
  if (response.length > LIMITS.response) return { field: 'response', reason: InputReason.RESPONSE_TOO_LONG };
  return null;
}
