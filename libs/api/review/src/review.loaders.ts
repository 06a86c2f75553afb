import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, groupBy, perRequest } from '@kindling/api/core';
import { ReviewClaim, StatusChange } from './models/review.model';
import { ReviewRepository } from './review.repository';

/** Review's DataLoaders, fresh per request: one statement for a page of ideas' histories, one for their claims. */
@Injectable()
export class ReviewLoaders {
  constructor(private readonly repository: ReviewRepository) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      /** Each idea's moves, oldest first. */
      history: new DataLoader<string, StatusChange[]>(async (ids) =>
        groupBy(ids, await this.repository.changesOf(ids), (r) => r.ideaLocalId).map((rows) => rows.map(StatusChange.from)),
      ),
      /** Each idea's unexpired claim, if any. */
      claim: new DataLoader<string, ReviewClaim | null>(async (ids) => {
        const byId = new Map((await this.repository.claimsOf(ids)).map((r) => [r.ideaLocalId, ReviewClaim.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    }));
  }
}
