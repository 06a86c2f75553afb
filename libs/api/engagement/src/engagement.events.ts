import { DomainEvent } from '@kindling/api/core';

/**
 * The events engagement publishes. Endorsements count in credit (the extender pool), so they are ledgered;
 * they change no stored credit, so they need not wait for the graph lock (the ledger orders them itself).
 */

export class Endorsed extends DomainEvent<{ ideaId: string; personId: string }> {
  readonly type = 'ENDORSED';
  override readonly creditAffecting = true;
  override get needsGraphLock(): boolean {
    return false;
  }
}

export class Unendorsed extends DomainEvent<{
  ideaId: string;
  personId: string;
  /** WITHDRAWN by the person, or lapsed because they BECAME_AUTHOR (authors cannot endorse their own idea). */
  because: 'WITHDRAWN' | 'BECAME_AUTHOR';
}> {
  readonly type = 'UNENDORSED';
  override readonly creditAffecting = true;
  override get needsGraphLock(): boolean {
    return false;
  }
}

export class Commented extends DomainEvent<{ ideaId: string; commentId: string; replyToId: string | null }> {
  readonly type = 'COMMENTED';
}

/** Endorsements a merge moved to the kept idea or let go (or its unmerge put back), so the ledger alone replays them. */
export class EndorsementsMoved extends DomainEvent<{
  mergeId: string;
  duplicateId: string;
  intoId: string;
  because: 'MERGE' | 'UNMERGE';
  removed: Array<{ ideaId: string; personId: string }>;
  added: Array<{ ideaId: string; personId: string }>;
}> {
  readonly type = 'ENDORSEMENTS_MOVED';
  override readonly creditAffecting = true;
}

export class CommentEdited extends DomainEvent<{ ideaId: string; commentId: string }> {
  readonly type = 'COMMENT_EDITED';
}

/** Its author removed it: it stays in the thread as a placeholder without a body. */
export class CommentRemoved extends DomainEvent<{ ideaId: string; commentId: string }> {
  readonly type = 'COMMENT_REMOVED';
}
