import { Injectable } from '@nestjs/common';
import { type Transaction, type Viewer, Writes, enforce } from '@kindling/api/core';
import { GraphService } from '@kindling/api/graph';
import { checkComment, normaliseText } from '@kindling/shared/rules';
import { EngagementErrors } from './engagement.errors';
import { Commented, Endorsed, Unendorsed } from './engagement.events';
import { EngagementRepository } from './engagement.repository';

export interface CommentCommand {
  ideaId: string;
  body: string;
  replyToId: string | null;
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
      if (command.replyToId && (await this.repository.commentIdea(tx, command.replyToId)) !== command.ideaId) {
        throw EngagementErrors.commentNotFound(command.replyToId);
      }
      const commentId = await this.repository.insertComment(tx, { ideaId: command.ideaId, authorId: viewer.id, replyToId: command.replyToId, body });
      tx.publish(new Commented(viewer.id, { ideaId: command.ideaId, commentId, replyToId: command.replyToId }));
      return commentId;
    });
  }

  /** Moderation hides a comment (with its reason and who) or unhides it (null); false when it already was in that state. Replies stay. */
  setHidden(tx: Transaction, commentId: string, hidden: { reason: string; by: string } | null): Promise<boolean> {
    return this.repository.setHidden(tx, commentId, hidden);
  }
}
