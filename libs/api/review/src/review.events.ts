import { DomainEvent } from '@kindling/api/core';
import type { IdeaStatusValue } from '@kindling/api/graph';

/** The events review publishes. None changes credit: status and claims are not ledgered. */

export class IdeaStatusChanged extends DomainEvent<{ ideaId: string; from: IdeaStatusValue; to: IdeaStatusValue; changeId: string }> {
  readonly type = 'IDEA_STATUS_CHANGED';
}

export class IdeaClaimed extends DomainEvent<{ ideaId: string; personId: string; expiresAt: string }> {
  readonly type = 'IDEA_CLAIMED';
}

export class ClaimReleased extends DomainEvent<{ ideaId: string; personId: string }> {
  readonly type = 'CLAIM_RELEASED';
}
