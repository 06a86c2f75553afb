import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, groupBy, perRequest } from '@kindling/api/core';
import { Comment, Endorsement } from './models/engagement.model';
import { EngagementRepository } from './engagement.repository';

/** Engagement's DataLoaders, fresh per request. */
@Injectable()
export class EngagementLoaders {
  constructor(private readonly repository: EngagementRepository) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      /** Each idea's endorsements, most recent first. */
      endorsements: new DataLoader<string, Endorsement[]>(async (ids) =>
        groupBy(ids, await this.repository.endorsements(ids), (r) => r.ideaId).map((rows) =>
          rows.map((r) => Object.assign(new Endorsement(), { personLocalId: r.personLocalId, createdAt: r.createdAt })),
        ),
      ),
      viewerEndorsed: new DataLoader<string, boolean>(async (ids) => {
        if (!ctx.viewer) return ids.map(() => false);
        const endorsed = await this.repository.endorsedBy(ctx.viewer.id, ids);
        return ids.map((id) => endorsed.has(id));
      }),
      /** Each idea's comments, oldest first, flat. */
      comments: new DataLoader<string, Comment[]>(async (ids) =>
        groupBy(ids, await this.repository.commentsOf(ids), (r) => r.ideaLocalId).map((rows) => rows.map(Comment.from)),
      ),
      comment: new DataLoader<string, Comment | null>(async (ids) => {
        const byId = new Map((await this.repository.comments(ids)).map((r) => [r.localId, Comment.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    }));
  }
}
