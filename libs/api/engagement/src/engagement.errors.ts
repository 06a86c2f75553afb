import { EngagementReason, GraphReason } from '@kindling/shared/errors';
import { KindlingError } from '@kindling/api/core';

export const EngagementErrors = {
  ownIdea: () => new KindlingError(EngagementReason.OWN_IDEA, 'Authors cannot endorse their own idea.', 'ideaId'),
  alreadyEndorsed: () => new KindlingError(EngagementReason.ALREADY_ENDORSED, 'You already endorse this idea.', 'ideaId'),
  notEndorsed: () => new KindlingError(EngagementReason.NOT_ENDORSED, 'You do not endorse this idea.', 'ideaId'),
  /** An unmerge that would bring back an endorsement its endorser withdrew after the merge. */
  unmergeBlocked: (personId: string, intoId: string) =>
    new KindlingError(
      GraphReason.UNMERGE_BLOCKED,
      `This merge cannot be undone exactly: Person ${personId} withdrew the endorsement the merge had moved to idea ${intoId}.`,
      'ideaId',
    ),
  commentNotFound: (id: string, field = 'replyToId') => new KindlingError(EngagementReason.COMMENT_NOT_FOUND, `Comment ${id} does not exist on this idea.`, field),
  notCommentAuthor: () => new KindlingError(EngagementReason.NOT_COMMENT_AUTHOR, 'Only the author of a comment can edit or remove it.', 'commentId'),
  commentRemoved: (field = 'commentId') => new KindlingError(EngagementReason.COMMENT_REMOVED, 'That comment was removed by its author.', field),
  commentUnchanged: () => new KindlingError(EngagementReason.COMMENT_UNCHANGED, 'The comment is as it was: there is nothing to save.', 'body'),
};
