import { LiveReason } from '@kindling/shared/errors';
import { KindlingError } from '@kindling/api/core';
import { MAX_WATCHES_PER_CONNECTION } from './idea-feed';

export const LiveErrors = {
  tooManySubscriptions: () =>
    new KindlingError(
      LiveReason.TOO_MANY_SUBSCRIPTIONS,
      `One connection follows at most ${MAX_WATCHES_PER_CONNECTION} ideas live; end a subscription first.`,
      'id',
    ),
};
