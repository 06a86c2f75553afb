import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, perRequest } from '@kindling/api/core';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';
import { Campaign, type CampaignOutcome } from './models/campaign.model';

/** The campaigns domain's DataLoaders, fresh per request: one statement per batch, however many ask. */
@Injectable()
export class CampaignsLoaders {
  constructor(
    private readonly repository: CampaignsRepository,
    private readonly service: CampaignsService,
  ) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => {
      const campaign = new DataLoader<string, Campaign | null>(async (ids) => {
        const byId = new Map((await this.repository.campaigns(ids)).map((r) => [r.id, Campaign.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      return {
        campaign,
        /** The campaign an idea answers; primes `campaign`. */
        campaignOfIdea: new DataLoader<string, Campaign | null>(async (ideaIds) => {
          const byIdea = new Map((await this.repository.campaignsOfIdeas(ideaIds)).map((r) => [r.ideaId, Campaign.from(r)]));
          for (const c of byIdea.values()) campaign.prime(c.localId, c);
          return ideaIds.map((id) => byIdea.get(id) ?? null);
        }),
        ideaCount: new DataLoader<string, number>(async (ids) => {
          const counts = new Map((await this.repository.ideaCounts(ids)).map((r) => [r.campaignId, r.count]));
          return ids.map((id) => counts.get(id) ?? 0);
        }),
        outcome: new DataLoader<string, CampaignOutcome>((ids) => this.service.outcomes(ids)),
      };
    });
  }
}
