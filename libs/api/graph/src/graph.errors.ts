import { GraphReason } from '@kindling/shared/errors';
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
