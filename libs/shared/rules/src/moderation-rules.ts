import { ModerationReason } from '@kindling/shared/errors';

/** The input rules of flags and moderators' reasons: the API enforces them, the report and moderation forms check the same. */
export const MODERATION_LIMITS = {
  flagNote: 1_000,
  moderationReason: 2_000,
} as const;

/** What the API gives as an idea's title while a moderator hides it from the reader (the web app shows it in the reader's language). */
export const HIDDEN_TITLE = 'Hidden by a moderator';

export const FLAG_REASONS = ['SPAM', 'OFFENSIVE', 'PERSONAL_DATA', 'OFF_TOPIC', 'OTHER'] as const;
export type FlagReasonValue = (typeof FLAG_REASONS)[number];

export interface ModerationViolation {
  field: string;
  reason: ModerationReason;
}

/** A flag's note is optional, at most 1,000 characters, and required for OTHER (what is wrong must be said). */
export function checkFlagNote(reason: FlagReasonValue, note: string): ModerationViolation | null {
  if (reason === 'OTHER' && !note) return { field: 'note', reason: ModerationReason.FLAG_NOTE_REQUIRED };
  if (note.length > MODERATION_LIMITS.flagNote) return { field: 'note', reason: ModerationReason.FLAG_NOTE_TOO_LONG };
  return null;
}

/** A moderator's reason for hiding, unhiding or dismissing: required, at most 2,000 characters. */
export function checkModerationReason(reason: string): ModerationViolation | null {
  if (!reason) return { field: 'reason', reason: ModerationReason.MODERATION_REASON_EMPTY };
  if (reason.length > MODERATION_LIMITS.moderationReason) return { field: 'reason', reason: ModerationReason.MODERATION_REASON_TOO_LONG };
  return null;
}
