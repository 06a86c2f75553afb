import { Inject, Injectable } from '@nestjs/common';
import {
  CURSOR_KEYS,
  type Connection,
  RequestErrors,
  type Viewer,
  Writes,
  enforce,
  holdsRole,
  isKeysetCursor,
  pageRequest,
  toConnection,
} from '@kindling/api/core';
import { GraphService } from '@kindling/api/graph';
import { checkResponse, isFinalStatus, isLegalTransition, normaliseText } from '@kindling/shared/rules';
import type { ChangeStatusCommand, ReviewQueueQuery } from './review.commands';
import { ReviewErrors } from './review.errors';
import { ClaimReleased, IdeaClaimed, IdeaStatusChanged } from './review.events';
import { ReviewRepository } from './review.repository';
import { REVIEW_SETTINGS, type ReviewSettings } from './review.settings';
import { ReviewClaim, ReviewQueueItem } from './models/review.model';

export type ReviewQueuePage = Connection<ReviewQueueItem> & { totalCount: number; overdueCount: number };

/**
 * The review workflow: reviewers move ideas through the statuses of the shared transition table, each move with
 * a written response, and claim ideas of the queue for a while. A move locks the idea's row first, so two
 * reviewers moving one idea at once are serialised and the second is checked against the status the first set.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly writes: Writes,
    private readonly repository: ReviewRepository,
    private readonly graph: GraphService,
    @Inject(REVIEW_SETTINGS) private readonly settings: ReviewSettings,
  ) {}

  /** Moves the idea and records the move with its response; returns the move's id. */
  async changeStatus(viewer: Viewer, command: ChangeStatusCommand): Promise<string> {
    requireReviewer(viewer);
    const response = normaliseText(command.response);
    enforce(checkResponse(response));
    return this.writes.run({}, async (tx) => {
      const from = await this.graph.lockIdeaStatus(tx, command.ideaId);
      if (!isLegalTransition(from, command.status)) throw ReviewErrors.illegalTransition(from, command.status);
      await this.graph.setStatus(tx, command.ideaId, command.status);
      const changeId = await this.repository.insertChange(tx, { ideaId: command.ideaId, from, to: command.status, response, by: viewer.id });
      // the move is what the claim was for
      await this.repository.deleteClaim(tx, command.ideaId);
      tx.publish(new IdeaStatusChanged(viewer.id, { ideaId: command.ideaId, from, to: command.status, changeId }));
      return changeId;
    });
  }

  /** Claims the idea for KINDLING_CLAIM_HOURS, or renews the viewer's own claim. */
  async claim(viewer: Viewer, ideaId: string): Promise<ReviewClaim> {
    requireReviewer(viewer);
    return this.writes.run({}, async (tx) => {
      const status = await this.graph.lockIdeaStatus(tx, ideaId);
      if (isFinalStatus(status)) throw ReviewErrors.finalStatus(status);
      const held = await this.repository.currentClaim(tx, ideaId);
      if (held && held.personLocalId !== viewer.id) throw ReviewErrors.alreadyClaimed(held.personName, held.expiresAt);
      const claim = await this.repository.upsertClaim(tx, ideaId, viewer.id, this.settings.claimHours);
      tx.publish(new IdeaClaimed(viewer.id, { ideaId, personId: viewer.id, expiresAt: claim.expiresAt.toISOString() }));
      return ReviewClaim.from(claim);
    });
  }

  async releaseClaim(viewer: Viewer, ideaId: string): Promise<void> {
    requireReviewer(viewer);
    await this.writes.run({}, async (tx) => {
      await this.graph.lockIdea(tx, ideaId);
      if (!(await this.repository.deleteOwnClaim(tx, ideaId, viewer.id))) throw ReviewErrors.notClaimed();
      tx.publish(new ClaimReleased(viewer.id, { ideaId, personId: viewer.id }));
    });
  }

  /** Ideas awaiting a first response, oldest first, each with its due date under the response promise. */
  async queue(query: ReviewQueueQuery): Promise<ReviewQueuePage> {
    const page = pageRequest(query.page);
    if (page.cursor && !isKeysetCursor(page.cursor, CURSOR_KEYS.timestamp)) throw RequestErrors.invalidCursor('cursor', String(query.page.after ?? query.page.before));
    const filter = { responseDays: this.settings.responseDays, departmentId: query.departmentId, campaignId: query.campaignId, overdueOnly: query.overdueOnly };
    const [rows, counts] = await Promise.all([this.repository.queuePage(filter, page), this.repository.queueCounts(filter)]);
    const connection = toConnection(rows, page, (r) => [r.postedAtText, r.ideaLocalId], ReviewQueueItem.from);
    return { ...connection, totalCount: counts.total, overdueCount: counts.overdue };
  }
}

/** The resolvers' @Roles says the same; the service holds to it for any other caller (the demo loader, scripts). */
function requireReviewer(viewer: Viewer): void {
  if (!holdsRole(viewer.role, 'REVIEWER')) throw RequestErrors.roleRequired('REVIEWER');
}
