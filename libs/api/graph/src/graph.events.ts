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

/** a_v as it is after a write: every member's raw weight (the leavers who kept their share included), so the ledger alone replays it. */
export type WeightedAuthors = Array<{ personId: string; weight: number }>;

/** `authors`: a_v after the acceptance (the invitation's split); absent in entries from before invitations carried one. */
export class CoAuthorAccepted extends DomainEvent<{ ideaId: string; personId: string; authors?: WeightedAuthors }> {
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

/** An author proposed a new split; it applies once every other author consented. `current`: the split it would replace. */
export class AuthorSplitProposed extends DomainEvent<{ ideaId: string; proposalId: string; split: Array<{ personId: string; ppm: number }>; current?: Array<{ personId: string; ppm: number }> }> {
  readonly type = 'AUTHOR_SPLIT_PROPOSED';
}

/** An author consented to a pending split that still waits for others. */
export class AuthorSplitConsented extends DomainEvent<{ ideaId: string; proposalId: string; personId: string }> {
  readonly type = 'AUTHOR_SPLIT_CONSENTED';
}

/** The last author consented: the split is a_v from now on. */
export class AuthorSplitChanged extends DomainEvent<{ ideaId: string; proposalId: string; authors: WeightedAuthors }> {
  readonly type = 'AUTHOR_SPLIT_CHANGED';
  override readonly creditAffecting = true;
}

/** A pending split that will not apply: an author refused it, its proposer withdrew it, or the authors changed. */
export class AuthorSplitClosed extends DomainEvent<{ ideaId: string; proposalId: string; outcome: 'REFUSED' | 'WITHDRAWN' | 'OUTDATED' }> {
  readonly type = 'AUTHOR_SPLIT_CLOSED';
}

/** An author left the idea; `authors` is a_v after it (with the leaver when they kept their share). */
export class AuthorLeft extends DomainEvent<{ ideaId: string; personId: string; giveShareTo: 'REMAINING_AUTHORS' | null; authors: WeightedAuthors }> {
  readonly type = 'AUTHOR_LEFT';
  override readonly creditAffecting = true;
}
