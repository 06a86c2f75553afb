import { badInput, conflict, forbidden, notFound } from '@kindling/api/core';

/** The ways an idea write can be refused, worded for the person who sent it. */
export const IdeaErrors = {
  notFound: (id: string) => notFound('Idea', id),
  personNotFound: (id: string) => notFound('Person', id),
  commentNotFound: (id: string) => notFound('Comment', id),
  invalid: (field: string, message: string) => badInput(`${field}: ${message}`, { field }),
  cycle: () => conflict('That link would make the lineage circular: an idea cannot build on its own descendant.'),
  alreadyLinked: () => conflict('This idea already builds on that one.'),
  notAnAuthor: () => forbidden('Only an author of this idea can do that.'),
  ownIdea: () => forbidden('Authors cannot endorse their own idea.'),
  alreadyEndorsed: () => conflict('You already endorse this idea.'),
  notEndorsed: () => notFound('Endorsement'),
  alreadyAuthor: () => conflict('That person is already an author of this idea or has a pending invitation.'),
  noInvitation: () => notFound('Co-author invitation'),
};
