import { DomainEvent } from '@kindling/api/core';

/** The events engagement publishes. */

export class Endorsed extends DomainEvent<{ ideaId: string; personId: string }> {
  readonly type = 'ENDORSED';
}

export class Unendorsed extends DomainEvent<{
  ideaId: string;
  personId: string;
  /** WITHDRAWN by the person, or lapsed because they BECAME_AUTHOR (authors cannot endorse their own idea). */
  because: 'WITHDRAWN' | 'BECAME_AUTHOR';
}> {
  readonly type = 'UNENDORSED';
}

export class Commented extends DomainEvent<{ ideaId: string; commentId: string; replyToId: string | null }> {
  readonly type = 'COMMENTED';
}
