import { InputReason } from '@kindling/shared/errors';
import type { RuleViolation } from './idea-rules';

/** The longest reason a reviewer may give for a retention or a merge. */
export const CURATION_REASON_MAX = 2_000;

/** A reviewer's written reason (for setting a retention or merging ideas): required, at most 2,000 characters. */
export function checkCurationReason(reason: string): RuleViolation | null {
  if (!reason) return { field: 'reason', reason: InputReason.REASON_EMPTY };
  if (reason.length > CURATION_REASON_MAX) return { field: 'reason', reason: InputReason.REASON_TOO_LONG };
  return null;
}

/**
 * How original a build-on is, by its retention ρ: the one place the labels' thresholds live (the API docs and
 * the web app both use them). Below 0.4 a small refinement, below 0.7 partly new, from 0.7 mostly new.
 */
export const RETENTION_BANDS = [
  { below: 0.4, label: 'SMALL_REFINEMENT' },
  { below: 0.7, label: 'PARTLY_NEW' },
  { below: Infinity, label: 'MOSTLY_NEW' },
] as const;

export type RetentionLabel = (typeof RETENTION_BANDS)[number]['label'];

export function retentionLabel(retention: number): RetentionLabel {
  return RETENTION_BANDS.find((band) => retention < band.below)!.label;
}
