import { ReviewReason } from '@kindling/shared/errors';
import { KindlingError } from '@kindling/api/core';

export const ReviewErrors = {
  illegalTransition: (from: string, to: string) =>
    new KindlingError(ReviewReason.ILLEGAL_TRANSITION, `An idea cannot move from ${from} to ${to}.`, 'status'),
  alreadyClaimed: (name: string, until: Date) =>
    new KindlingError(ReviewReason.ALREADY_CLAIMED, `${name} has claimed this idea until ${until.toISOString()}.`, 'ideaId'),
  notClaimed: () => new KindlingError(ReviewReason.NOT_CLAIMED, 'You hold no claim on this idea.', 'ideaId'),
  finalStatus: (status: string) => new KindlingError(ReviewReason.FINAL_STATUS, `The idea is ${status}: nothing is left to review.`, 'ideaId'),
};
