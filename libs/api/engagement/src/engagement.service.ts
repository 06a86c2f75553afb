import { Injectable } from '@nestjs/common';
import { type Queryable, type Transaction, type Viewer, Writes, enforce } from '@kindling/api/core';
import { GraphService } from '@kindling/api/graph';
import { checkComment, normaliseText } from '@kindling/shared/rules';
import { EngagementErrors } from './engagement.errors';
import { CommentEdited, CommentRemoved, Commented, Endorsed, Unendorsed } from './engagement.events';
import { EngagementRepository } from './engagement.repository';

export interface CommentCommand {
  ideaId: string;
  body: string;
  replyToId: string | null;
}

export interface EditCommentCommand {
  commentId: string;
  body: string;
}

/**
 * Endorsements and comments. Endorsements change no stored credit, so they do not take the graph lock; they
 * are ledgered, and the ledger append takes the ledger's own lock (LedgerService.append).
 */
@Injectable()
export class EngagementService {
  constructor(
    private readonly writes: Writes,
    private readonly repository: EngagementRepository,
    private readonly graph: GraphService,
  ) {}

  async endorse(viewer: Viewer, ideaId: string): Promise<void> {
    await this.writes.run({}, async (tx) => {
      // an endorsement racing its endorser's acceptance as co-author would leave an author endorsing their own idea
      await this.graph.lockIdea(tx, ideaId);
      await this.graph.refuseMerged(tx, ideaId);
      await this.graph.refuseWithdrawn(tx, ideaId);
      if (await this.graph.isAuthor(tx, ideaId, viewer.id)) throw EngagementErrors.ownIdea();
      if (!(await this.repository.insertEndorsement(tx, ideaId, viewer.id))) throw EngagementErrors.alreadyEndorsed();
      await this.graph.countEndorsement(tx, ideaId, 1);
      tx.publish(new Endorsed(viewer.id, { ideaId, personId: viewer.id }));
    });
  }

  async unendorse(viewer: Viewer, ideaId: string): Promise<void> {
    await this.writes.run({}, async (tx) => {
      await this.graph.requireIdea(tx, ideaId);
      if (!(await this.repository.deleteEndorsement(tx, ideaId, viewer.id))) throw EngagementErrors.notEndorsed();
      await this.graph.countEndorsement(tx, ideaId, -1);
      tx.publish(new Unendorsed(viewer.id, { ideaId, personId: viewer.id, because: 'WITHDRAWN' }));
    });
  }

  async comment(viewer: Viewer, command: CommentCommand): Promise<string> {
    const body = normaliseText(command.body);
    enforce(checkComment(body));
    return this.writes.run({}, async (tx) => {
      await this.graph.requireIdea(tx, command.ideaId);
      if (command.replyToId) {
        // locked, so the comment replied to cannot be removed while the reply lands
        const replyTo = await this.repository.lockComment(tx, command.replyToId);
        if (replyTo?.ideaId !== command.ideaId) throw EngagementErrors.commentNotFound(command.replyToId);
        if (replyTo.removed) throw EngagementErrors.commentRemoved('replyToId');
      }
      const commentId = await this.repository.insertComment(tx, { ideaId: command.ideaId, authorId: viewer.id, replyToId: command.replyToId, body });
      tx.publish(new Commented(viewer.id, { ideaId: command.ideaId, commentId, replyToId: command.replyToId }));
      return commentId;
    });
  }

  /** Its author edits a comment; the web shows it as edited (`editedAt`). */
  async editComment(viewer: Viewer, command: EditCommentCommand): Promise<string> {
    const body = normaliseText(command.body);
    enforce(checkComment(body));
    return this.writes.run({}, async (tx) => {
      const comment = await this.requireOwnComment(tx, viewer, command.commentId);
      if (comment.body === body) throw EngagementErrors.commentUnchanged();
      await this.repository.updateCommentBody(tx, command.commentId, body);
      tx.publish(new CommentEdited(viewer.id, { ideaId: comment.ideaId, commentId: command.commentId }));
      return comment.ideaId;
    });
  }

  /** Its author removes a comment: a placeholder stays, so the replies keep their place in the thread. */
  async removeComment(viewer: Viewer, commentId: string): Promise<string> {
    return this.writes.run({}, async (tx) => {
      const comment = await this.requireOwnComment(tx, viewer, commentId);
      await this.repository.markCommentRemoved(tx, commentId);
      tx.publish(new CommentRemoved(viewer.id, { ideaId: comment.ideaId, commentId }));
      return comment.ideaId;
    });
  }

  private async requireOwnComment(tx: Transaction, viewer: Viewer, commentId: string) {
    const comment = await this.repository.lockComment(tx, commentId);
    if (!comment) throw EngagementErrors.commentNotFound(commentId, 'commentId');
    if (comment.authorId !== viewer.id) throw EngagementErrors.notCommentAuthor();
    if (comment.removed) throw EngagementErrors.commentRemoved();
    return comment;
  }

  /** The idea each comment belongs to (moderation's events name only the comment). */
  ideasOfComments(db: Queryable, commentIds: readonly string[]): Promise<Array<{ commentId: string; ideaId: string }>> {
    return commentIds.length ? this.repository.ideasOfComments(db, commentIds) : Promise.resolve([]);
  }

  /** Moderation hides a comment (with its reason and who) or unhides it (null); false when it already was in that state. Replies stay. */
  setHidden(tx: Transaction, commentId: string, hidden: { reason: string; by: string } | null): Promise<boolean> {
    return this.repository.setHidden(tx, commentId, hidden);
  }
}
