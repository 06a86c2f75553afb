import { EngagementReason, ModerationReason } from '@kindling/shared/errors';
import type { ModerationViolation } from '@kindling/shared/rules';
import { KindlingError } from '@kindling/api/core';

const RULE_MESSAGES: Partial<Record<ModerationReason, string>> = {
  [ModerationReason.FLAG_NOTE_REQUIRED]: 'say what is wrong when the reason is OTHER.',
  [ModerationReason.FLAG_NOTE_TOO_LONG]: 'at most 1,000 characters.',
  [ModerationReason.MODERATION_REASON_EMPTY]: 'give a reason: the author reads it.',
  [ModerationReason.MODERATION_REASON_TOO_LONG]: 'at most 2,000 characters.',
};

/** The ways a moderation request is refused, worded for the person who sent it. */
export const ModerationErrors = {
  rule: (v: ModerationViolation) => new KindlingError(v.reason, `${v.field}: ${RULE_MESSAGES[v.reason] ?? 'not allowed.'}`, v.field),
  oneTarget: () => new KindlingError(ModerationReason.ONE_TARGET, 'Give exactly one of ideaId and commentId.', 'ideaId'),
  commentNotFound: (id: string) => new KindlingError(EngagementReason.COMMENT_NOT_FOUND, `Comment ${id} does not exist.`, 'commentId'),
  alreadyFlagged: (field: string) => new KindlingError(ModerationReason.ALREADY_FLAGGED, 'You already flagged this; an admin will look at it.', field),
  ownContent: (field: string) => new KindlingError(ModerationReason.OWN_CONTENT, 'You cannot flag your own idea or comment; edit it instead.', field),
  alreadyHidden: (field: string) => new KindlingError(ModerationReason.ALREADY_HIDDEN, 'This is already hidden.', field),
  notHidden: (field: string) => new KindlingError(ModerationReason.NOT_HIDDEN, 'This is not hidden.', field),
  noOpenFlags: (field: string) => new KindlingError(ModerationReason.NO_OPEN_FLAGS, 'There are no open flags on this to dismiss.', field),
};
