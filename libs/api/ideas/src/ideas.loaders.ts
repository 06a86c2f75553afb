import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, perRequest } from '@kindling/api/core';
import { IdeasRepository } from './ideas.repository';

/** The read side's per-request batches: people's idea counts (a page of the directory in one statement). */
@Injectable()
export class IdeasLoaders {
  constructor(private readonly repository: IdeasRepository) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => {
      const ideaCount = new DataLoader<string, number>(async (personIds) => {
        const byId = new Map((await this.repository.ideaCounts(personIds)).map((r) => [r.personId, r.count]));
        return personIds.map((id) => byId.get(id) ?? 0);
      });
      return { ideaCount };
    });
  }
}
