import { IdeaChange } from './models/idea-update.model';

/** What one event changed that a reader of an idea can see, and on which ideas. */
export interface IdeaTouch {
  change: IdeaChange;
  ideaIds: string[];
  /** A comment-only moderation event names the comment, not its idea: the caller looks the idea up. */
  commentId: string | null;
  /** The new comment of a COMMENTED event (the live payload offers it). */
  newCommentId: string | null;
}

type Payload = Record<string, unknown>;
const id = (value: unknown): string[] => (typeof value === 'string' && value ? [value] : []);
const one = (change: IdeaChange) => (p: Payload) => ({ change, ideaIds: id(p.ideaId) });
const merge = (change: IdeaChange) => (p: Payload) => ({ change, ideaIds: [...id(p.intoId), ...id(p.duplicateId)] });

/**
 * The one mapping from events to the ideas they visibly change, shared by `Idea.updatedAt` (inside the write)
 * and the live feed (after the commit). Flags, claims and scores are not listed: readers do not see them.
 */
const TOUCHES: Record<string, (p: Payload) => { change: IdeaChange; ideaIds: string[] }> = {
  IDEA_POSTED: one(IdeaChange.POSTED),
  BUILT_ON: (p) => ({
    change: IdeaChange.BUILT_ON,
    ideaIds: [...id(p.ideaId), ...((p.parents as Array<{ ideaId: string }> | undefined) ?? []).flatMap((parent) => id(parent.ideaId))],
  }),
  PARENT_LINKED: (p) => ({ change: IdeaChange.BUILT_ON, ideaIds: [...id(p.ideaId), ...id(p.parentId)] }),
  COAUTHOR_INVITED: one(IdeaChange.AUTHORS),
  COAUTHOR_ACCEPTED: one(IdeaChange.AUTHORS),
  COAUTHOR_DECLINED: one(IdeaChange.AUTHORS),
  AUTHOR_SPLIT_PROPOSED: one(IdeaChange.AUTHORS),
  AUTHOR_SPLIT_CONSENTED: one(IdeaChange.AUTHORS),
  AUTHOR_SPLIT_CHANGED: one(IdeaChange.AUTHORS),
  AUTHOR_SPLIT_CLOSED: one(IdeaChange.AUTHORS),
  AUTHOR_LEFT: one(IdeaChange.AUTHORS),
  RETENTION_SET: one(IdeaChange.RETENTION),
  IDEAS_MERGED: merge(IdeaChange.MERGED),
  IDEA_UNMERGED: merge(IdeaChange.MERGED),
  ENDORSEMENTS_MOVED: merge(IdeaChange.ENDORSEMENTS),
  IDEA_EDITED: one(IdeaChange.EDITED),
  IDEA_WITHDRAWN: one(IdeaChange.WITHDRAWN),
  IDEA_STATUS_CHANGED: one(IdeaChange.STATUS),
  ENDORSED: one(IdeaChange.ENDORSEMENTS),
  UNENDORSED: one(IdeaChange.ENDORSEMENTS),
  COMMENTED: one(IdeaChange.COMMENTED),
  COMMENT_EDITED: one(IdeaChange.COMMENTS),
  COMMENT_REMOVED: one(IdeaChange.COMMENTS),
  CONTENT_HIDDEN: (p) => ({ change: p.commentId ? IdeaChange.COMMENTS : IdeaChange.MODERATED, ideaIds: id(p.ideaId) }),
  CONTENT_UNHIDDEN: (p) => ({ change: p.commentId ? IdeaChange.COMMENTS : IdeaChange.MODERATED, ideaIds: id(p.ideaId) }),
};

/** The ideas `type` with `payload` visibly changes, or null when it changes none. */
export function ideaTouch(type: string, payload: Payload): IdeaTouch | null {
  const touch = TOUCHES[type]?.(payload);
  if (!touch) return null;
  const commentId = touch.ideaIds.length === 0 ? (id(payload.commentId)[0] ?? null) : null;
  if (touch.ideaIds.length === 0 && !commentId) return null;
  return { ...touch, ideaIds: [...new Set(touch.ideaIds)], commentId, newCommentId: type === 'COMMENTED' ? (id(payload.commentId)[0] ?? null) : null };
}
