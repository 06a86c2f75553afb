import { Injectable } from '@nestjs/common';
import type { DomainEvent, InTransactionHandler, Transaction } from '@kindling/api/core';
import { EngagementService } from '@kindling/api/engagement';
import { GraphService } from '@kindling/api/graph';
import { ideaTouch } from './idea-changes';

/**
 * Keeps `Idea.updatedAt` inside the write's transaction: every idea an event visibly changes (the same mapping
 * the live feed uses) is marked changed at the write's time, so `ideas(filter: { updatedAfter })` agrees with
 * the write that committed.
 */
@Injectable()
export class IdeaUpdatedAtHandler implements InTransactionHandler {
  constructor(
    private readonly graph: GraphService,
    private readonly engagement: EngagementService,
  ) {}

  async handle(event: DomainEvent, tx: Transaction): Promise<void> {
    const touch = ideaTouch(event.type, event.payload as Record<string, unknown>);
    if (!touch) return;
    const ideaIds = touch.commentId ? (await this.engagement.ideasOfComments(tx, [touch.commentId])).map((c) => c.ideaId) : touch.ideaIds;
    await this.graph.touchIdeas(tx, ideaIds);
  }
}
