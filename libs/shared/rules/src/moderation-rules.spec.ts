import { ModerationReason } from '@kindling/shared/errors';
import { MODERATION_LIMITS, checkFlagNote, checkModerationReason } from './moderation-rules';

describe('moderation rules', () => {
  it('asks for a note only when the reason is OTHER, and keeps every note within its limit', () => {
    expect(checkFlagNote('SPAM', '')).toBeNull();
    expect(checkFlagNote('OTHER', '')).toEqual({ field: 'note', reason: ModerationReason.FLAG_NOTE_REQUIRED });
    expect(checkFlagNote('OTHER', 'Copied from a newspaper')).toBeNull();
    expect(checkFlagNote('OFFENSIVE', 'x'.repeat(MODERATION_LIMITS.flagNote))).toBeNull();
    expect(checkFlagNote('OFFENSIVE', 'x'.repeat(MODERATION_LIMITS.flagNote + 1))).toEqual({ field: 'note', reason: ModerationReason.FLAG_NOTE_TOO_LONG });
  });

  it('requires a moderator’s reason of at most 2,000 characters', () => {
    expect(checkModerationReason('')).toEqual({ field: 'reason', reason: ModerationReason.MODERATION_REASON_EMPTY });
    expect(checkModerationReason('x'.repeat(MODERATION_LIMITS.moderationReason))).toBeNull();
    expect(checkModerationReason('x'.repeat(MODERATION_LIMITS.moderationReason + 1))).toEqual({ field: 'reason', reason: ModerationReason.MODERATION_REASON_TOO_LONG });
  });
});
