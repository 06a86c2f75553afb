import { Injectable } from '@nestjs/common';
import { type Connection, CURSOR_KEYS, type PageArgs, type RequestContext, RequestErrors, type Transaction, type Viewer, Writes, isKeysetCursor, pageRequest, toConnection } from '@kindling/api/core';
import { EngagementService } from '@kindling/api/engagement';
import { GraphLoaders, GraphService, type Idea } from '@kindling/api/graph';
import { checkFlagNote, checkModerationReason, normaliseText } from '@kindling/shared/rules';
import type { FlagCommand, ModerateCommand } from './moderation.commands';
import { ModerationErrors } from './moderation.errors';
import { ContentFlagged, ContentHidden, ContentUnhidden, FlagsDismissed } from './moderation.events';
import { ModerationRepository } from './moderation.repository';
import { type ContentRef, ModerationItem, type ModerationQueueStateValue } from './models/moderation.model';

/**
 * Flags and hiding. Hiding never deletes: it sets the hidden state that graph and engagement keep on the idea
 * or comment, records the moderator's reason and resolves the open flags. Nothing credit is made of changes,
 * so these writes take no graph lock; hiding and unhiding are ledgered (under the ledger's own lock).
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly writes: Writes,
    private readonly repository: ModerationRepository,
    private readonly graph: GraphService,
    private readonly graphLoaders: GraphLoaders,
    private readonly engagement: EngagementService,
  ) {}

  /**
   * Whether a hidden idea's title, body and tags are withheld from `viewer` (anyone but its authors and admins;
   * null: nobody signed in). `ctx` only carries the loaders; the API's Idea fields and e-mail both ask this.
   */
  async ideaWithheld(idea: Pick<Idea, 'localId' | 'hiddenAt'>, viewer: Viewer | null, ctx: RequestContext): Promise<boolean> {
    if (idea.hiddenAt === null) return false;
    return !(await this.isIdeaAuthorOrAdmin(idea, viewer, ctx));
  }

  /** Whether `viewer` is an admin or one of the idea's authors (who see a hidden idea and its moderation). */
  async isIdeaAuthorOrAdmin(idea: Pick<Idea, 'localId'>, viewer: Viewer | null, ctx: RequestContext): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.role === 'ADMIN') return true;
    return (await this.graphLoaders.for(ctx).authors.load(idea.localId)).some((p) => p.localId === viewer.id);
  }

  /** Any signed-in person flags someone else's idea or comment, once while their flag is open. */
  async flag(viewer: Viewer, command: FlagCommand): Promise<void> {
    const note = normaliseText(command.note);
    const violation = checkFlagNote(command.reason, note);
    if (violation) throw ModerationErrors.rule(violation);
    const { target } = command;
    const field = target.ideaId ? 'ideaId' : 'commentId';
    await this.writes.run({}, async (tx) => {
      if (target.ideaId) {
        await this.graph.requireIdea(tx, target.ideaId);
        if (await this.graph.isAuthor(tx, target.ideaId, viewer.id)) throw ModerationErrors.ownContent(field);
      } else if ((await this.requireComment(tx, target)).authorId === viewer.id) {
        throw ModerationErrors.ownContent(field);
      }
      const flagId = await this.repository.insertFlag(tx, target, viewer.id, command.reason, note);
      if (!flagId) throw ModerationErrors.alreadyFlagged(field);
      tx.publish(new ContentFlagged(viewer.id, { ...target, flagId, reason: command.reason }));
    });
  }

  /** Hides an idea or a comment with a reason and resolves its open flags. */
  async hide(viewer: Viewer, command: ModerateCommand): Promise<void> {
    const reason = this.reason(command);
    await this.writes.run({}, async (tx) => {
      if (!(await this.setHidden(tx, command.target, { reason, by: viewer.id }))) throw ModerationErrors.alreadyHidden(fieldOf(command.target));
      await this.repository.insertAction(tx, command.target, 'HIDE', reason, viewer.id);
      const resolvedFlags = await this.repository.resolveFlags(tx, command.target, viewer.id, 'HIDDEN');
      tx.publish(new ContentHidden(viewer.id, { ...command.target, reason, resolvedFlags }));
    });
  }

  /** Shows hidden content again; flags raised while it was hidden are dismissed. */
  async unhide(viewer: Viewer, command: ModerateCommand): Promise<void> {
    const reason = this.reason(command);
    await this.writes.run({}, async (tx) => {
      if (!(await this.setHidden(tx, command.target, null))) throw ModerationErrors.notHidden(fieldOf(command.target));
      await this.repository.insertAction(tx, command.target, 'UNHIDE', reason, viewer.id);
      const resolvedFlags = await this.repository.resolveFlags(tx, command.target, viewer.id, 'DISMISSED');
      tx.publish(new ContentUnhidden(viewer.id, { ...command.target, reason, resolvedFlags }));
    });
  }

  /** Resolves the open flags without hiding. */
  async dismiss(viewer: Viewer, command: ModerateCommand): Promise<void> {
    const reason = this.reason(command);
    await this.writes.run({}, async (tx) => {
      await this.requireTarget(tx, command.target);
      const resolvedFlags = await this.repository.resolveFlags(tx, command.target, viewer.id, 'DISMISSED');
      if (resolvedFlags === 0) throw ModerationErrors.noOpenFlags(fieldOf(command.target));
      await this.repository.insertAction(tx, command.target, 'DISMISS', reason, viewer.id);
      tx.publish(new FlagsDismissed(viewer.id, { ...command.target, reason, resolvedFlags }));
    });
  }

  async queue(state: ModerationQueueStateValue, args: PageArgs): Promise<Connection<ModerationItem> & { totalCount: number }> {
    const page = pageRequest(args);
    if (page.cursor && !isKeysetCursor(page.cursor, CURSOR_KEYS.timestamp)) throw RequestErrors.invalidCursor('cursor', String(args.after ?? args.before));
    const [rows, totalCount] = await Promise.all([this.repository.queue(state, page), this.repository.queueCount(state)]);
    const connection = toConnection(rows, page, (r) => [r.keyAt, r.keyId], (r) =>
      Object.assign(new ModerationItem(), {
        ideaLocalId: r.ideaLocalId,
        commentLocalId: r.commentLocalId,
        state,
        flagCount: r.flagCount,
        firstFlaggedAt: r.firstFlaggedAt,
        lastResolvedAt: state === 'RESOLVED' ? r.lastResolvedAt : null,
      }),
    );
    return { ...connection, totalCount };
  }

  private reason(command: ModerateCommand): string {
    const reason = normaliseText(command.reason);
    const violation = checkModerationReason(reason);
    if (violation) throw ModerationErrors.rule(violation);
    return reason;
  }

  /** Sets or clears the hidden state through the domain that owns the row; false when it already was so. */
  private async setHidden(tx: Transaction, target: ContentRef, hidden: { reason: string; by: string } | null): Promise<boolean> {
    await this.requireTarget(tx, target);
    return target.ideaId ? this.graph.setHidden(tx, target.ideaId, hidden) : this.engagement.setHidden(tx, target.commentId as string, hidden);
  }

  private async requireTarget(tx: Transaction, target: ContentRef): Promise<void> {
    if (target.ideaId) await this.graph.requireIdea(tx, target.ideaId);
    else await this.requireComment(tx, target);
  }

  private async requireComment(tx: Transaction, target: ContentRef): Promise<{ ideaId: string; authorId: string }> {
    const comment = await this.repository.comment(tx, target.commentId as string);
    if (!comment) throw ModerationErrors.commentNotFound(target.commentId as string);
    return comment;
  }
}

function fieldOf(target: ContentRef): string {
  return target.ideaId ? 'ideaId' : 'commentId';
}
