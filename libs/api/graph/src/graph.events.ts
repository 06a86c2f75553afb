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

export class RetentionSet extends DomainEvent<{ ideaId: string; retention: number; previous: number }> {
  readonly type = 'RETENTION_SET';
  override readonly creditAffecting = true;
}

/** The graph facts a merge or an unmerge leaves, so that the ledger alone replays them. */
export interface MergedFacts {
  /** The kept idea's retention and accepted authors with their raw weights, as they are now. */
  into: { ideaId: string; retention: number; authors: Array<{ personId: string; weight: number }> };
  /** Build-on edges that no longer exist. */
  removedEdges: Array<{ childId: string; parentId: string }>;
  /** Build-on edges that were added or whose weight changed, as they are now. */
  edges: Array<{ childId: string; parentId: string; relation: RelationValue; weight: number }>;
}

export class IdeasMerged extends DomainEvent<{ mergeId: string; duplicateId: string; intoId: string } & MergedFacts> {
  readonly type = 'IDEAS_MERGED';
  override readonly creditAffecting = true;
}

export class IdeaUnmerged extends DomainEvent<{ mergeId: string; duplicateId: string; intoId: string } & MergedFacts> {
  readonly type = 'IDEA_UNMERGED';
  override readonly creditAffecting = true;
}

/** An author edited an idea's text; `revision` is the number of the new revision (2 for the first edit). */
export class IdeaEdited extends DomainEvent<{ ideaId: string; revision: number }> {
  readonly type = 'IDEA_EDITED';
}

/** The idea stays in every lineage and credit trail; it takes no new endorsements, build-ons or edits. */
export class IdeaWithdrawn extends DomainEvent<{ ideaId: string; reason: string }> {
  readonly type = 'IDEA_WITHDRAWN';
}
