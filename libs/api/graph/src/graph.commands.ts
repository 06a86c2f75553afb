import type { RelationValue } from './models/idea.model';

/** What the graph's writes take: plain values with database ids (resolvers decode global ids). */

export interface PostIdeaCommand {
  title: string;
  body: string;
  tags: readonly string[];
  /** The campaign the idea answers, if any (recorded by the campaigns domain's handler of CampaignAnswered). */
  campaignId?: string | null;
}

export interface BuildOnCommand extends PostIdeaCommand {
  parentIds: readonly string[];
  relation: RelationValue | null;
  /** One positive weight per parent, or null for an equal split. */
  split: readonly number[] | null;
}

export interface LinkParentCommand {
  ideaId: string;
  parentId: string;
  relation: RelationValue | null;
}

export interface InviteCoAuthorCommand {
  ideaId: string;
  personId: string;
  /** Every author's and the invitee's ppm of a_v after acceptance; null for the default (the invitee 1/n, the others in proportion). */
  split: ReadonlyArray<{ personId: string; ppm: number }> | null;
}

export interface ProposeAuthorSplitCommand {
  ideaId: string;
  split: ReadonlyArray<{ personId: string; ppm: number }>;
}

export interface LeaveIdeaCommand {
  ideaId: string;
  /** null: the leaver keeps their share. */
  giveShareTo: 'REMAINING_AUTHORS' | null;
}

/** An author's edit: each field optional (unchanged when omitted), but the idea must change. */
export interface EditIdeaCommand {
  ideaId: string;
  title: string | null;
  body: string | null;
  tags: readonly string[] | null;
}

export interface WithdrawIdeaCommand {
  ideaId: string;
  reason: string;
}
