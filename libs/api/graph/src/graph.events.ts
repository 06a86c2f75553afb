import { DomainEvent } from '@kindling/api/core';
import type { RelationValue } from './models/idea.model';

/** The events the attribution graph publishes. Credit-affecting ones are ledgered with exactly these payloads. */

export class IdeaPosted extends DomainEvent<{ ideaId: string; authorId: string }> {
  readonly type = 'IDEA_POSTED';
  override readonly creditAffecting = true;
}

export class BuiltOn extends DomainEvent<{
  ideaId: string;
  authorId: string;
  relation: RelationValue;
  retention: number;
  parents: Array<{ ideaId: string; weight: number }>;
}> {
  readonly type = 'BUILT_ON';
  override readonly creditAffecting = true;
}

export class ParentLinked extends DomainEvent<{
  ideaId: string;
  parentId: string;
  relation: RelationValue;
  weight: number;
  /** Set when the link made a root a build-on: its retention from then on (so the ledger alone replays it). */
  retention?: number;
}> {
  readonly type = 'PARENT_LINKED';
  override readonly creditAffecting = true;
}

/**
 * A new idea answers a campaign: published after its IDEA_POSTED / BUILT_ON; the campaigns domain records the
 * answer in the same transaction or refuses the whole write. Not credit-affecting, so the ledger is unchanged.
 */
export class CampaignAnswered extends DomainEvent<{ ideaId: string; campaignId: string }> {
  readonly type = 'CAMPAIGN_ANSWERED';
}

export class CoAuthorInvited extends DomainEvent<{ ideaId: string; personId: string }> {
  readonly type = 'COAUTHOR_INVITED';
}

export class CoAuthorAccepted extends DomainEvent<{ ideaId: string; personId: string }> {
  readonly type = 'COAUTHOR_ACCEPTED';
  override readonly creditAffecting = true;
}

export class CoAuthorDeclined extends DomainEvent<{ ideaId: string; personId: string }> {
  readonly type = 'COAUTHOR_DECLINED';
}
