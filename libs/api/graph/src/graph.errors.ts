import { AuthorshipReason, GraphReason, RequestReason } from '@kindling/shared/errors';
import { KindlingError } from '@kindling/api/core';

/** The ways a graph write is refused, worded for the person who sent it. */
export const GraphErrors = {
  ideaNotFound: (id: string, field = 'ideaId') => new KindlingError(GraphReason.IDEA_NOT_FOUND, `Idea ${id} does not exist.`, field),
  cycle: () =>
    new KindlingError(GraphReason.LINEAGE_CYCLE, 'That link would make the lineage circular: an idea cannot build on its own descendant.', 'parentId'),
  alreadyLinked: () => new KindlingError(GraphReason.ALREADY_LINKED, 'This idea already builds on that one.', 'parentId'),
  notAnAuthor: () => new KindlingError(GraphReason.NOT_AN_AUTHOR, 'Only an author of this idea can do that.', 'ideaId'),
  alreadyAuthor: () =>
    new KindlingError(GraphReason.ALREADY_AUTHOR, 'That person is already an author of this idea or has a pending invitation.', 'personId'),
  withdrawn: (field = 'ideaId') =>
    new KindlingError(GraphReason.IDEA_WITHDRAWN, 'That idea was withdrawn by its authors: it takes no new endorsements, build-ons, links or edits.', field),
  merged: () => new KindlingError(GraphReason.IDEA_MERGED, 'That idea was merged into another one; change the idea it was merged into.', 'ideaId'),
  nothingChanged: () => new KindlingError(GraphReason.NOTHING_CHANGED, 'The title, body and tags are as they were: there is nothing to save.', 'ideaId'),
  noInvitation: () => new KindlingError(GraphReason.NO_INVITATION, 'There is no open invitation to co-author this idea.', 'ideaId'),
};

/** The ways a merge, an unmerge or a retention is refused. */
export const MergeErrors = {
  rootRetention: () => new KindlingError(GraphReason.ROOT_RETENTION, 'This idea builds on nothing: it keeps all of its credit, so it has no retention to set.', 'ideaId'),
  retentionOutOfRange: (min: number, max: number) =>
    new KindlingError(RequestReason.OUT_OF_RANGE, `The retention must be between ${min} and ${max}.`, 'retention'),
  intoItself: () => new KindlingError(GraphReason.MERGE_INTO_ITSELF, 'An idea cannot be merged into itself.', 'intoId'),
  intoMerged: (id: string, intoId: string) =>
    new KindlingError(GraphReason.MERGE_INTO_MERGED, `Idea ${id} was itself merged into idea ${intoId}: merge into that one.`, 'intoId'),
  alreadyMerged: (id: string, intoId: string) => new KindlingError(GraphReason.ALREADY_MERGED, `Idea ${id} is already merged into idea ${intoId}.`, 'duplicateId'),
  cycle: () =>
    new KindlingError(
      GraphReason.MERGE_CYCLE,
      'One of these ideas builds on the other: merged, the lineage would be circular. Merge only ideas that do not build on each other.',
      'intoId',
    ),
  notMerged: (id: string) => new KindlingError(GraphReason.NOT_MERGED, `Idea ${id} is not merged into another idea.`, 'ideaId'),
  blocked: (why: string) => new KindlingError(GraphReason.UNMERGE_BLOCKED, `This merge cannot be undone exactly: ${why}.`, 'ideaId'),
  ideaMerged: (id: string, intoId: string, field = 'ideaId') =>
    new KindlingError(GraphReason.IDEA_MERGED, `Idea ${id} was merged into idea ${intoId}: use that idea instead.`, field),
};

/** The ways a split between an idea's authors, a proposal to change it, or leaving an idea is refused. */
export const AuthorshipErrors = {
  splitAuthors: (field = 'split') =>
    new KindlingError(AuthorshipReason.SPLIT_AUTHORS, 'The split must name every author of the idea (and the invitee) exactly once, and nobody else.', field),
  notPositive: (field = 'split') => new KindlingError(AuthorshipReason.SPLIT_SHARE_NOT_POSITIVE, 'Every share is a whole number of ppm above 0.', field),
  sum: () => new KindlingError(AuthorshipReason.SPLIT_SUM, 'The shares must add up to exactly 1,000,000 ppm (100 %).', 'split'),
  lowersOther: (field = 'split') =>
    new KindlingError(
      AuthorshipReason.SPLIT_LOWERS_OTHER_AUTHOR,
      'That lowers another author more than making room for the invitee does; changing their share needs their consent (proposeAuthorSplit).',
      field,
    ),
  unchanged: () => new KindlingError(AuthorshipReason.SPLIT_UNCHANGED, 'That is the split as it is.', 'split'),
  singleAuthor: () => new KindlingError(AuthorshipReason.SPLIT_SINGLE_AUTHOR, 'A split needs at least two authors.', 'ideaId'),
  pending: () => new KindlingError(AuthorshipReason.SPLIT_PROPOSAL_PENDING, 'This idea already has a pending split proposal: answer or withdraw it first.', 'ideaId'),
  noProposal: () => new KindlingError(AuthorshipReason.NO_SPLIT_PROPOSAL, 'This idea has no pending split proposal.', 'ideaId'),
  alreadyAnswered: () => new KindlingError(AuthorshipReason.SPLIT_ALREADY_ANSWERED, 'You already consented to this split.', 'ideaId'),
  lastAuthor: () => new KindlingError(AuthorshipReason.LAST_AUTHOR, 'You are the only author of this idea: it cannot be left without one.', 'ideaId'),
};
