import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@kindling/api/core';
import { CreditModule } from '@kindling/api/credit';
import { GraphModule } from '@kindling/api/graph';
import { PeopleModule } from '@kindling/api/people';
import { CampaignAnswerHandler } from './campaign-answer.handler';
import { CampaignCreditHolderResolver, CampaignResolver } from './campaign.resolver';
import { CampaignsLoaders } from './campaigns.loaders';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';
import { IdeaCampaignResolver } from './idea-campaign.resolver';

/** Campaigns: a question leadership asks, with a deadline, answered by ideas. */
@Module({
  imports: [PeopleModule, GraphModule, CreditModule],
  providers: [
    CampaignsRepository,
    CampaignsService,
    CampaignsLoaders,
    CampaignAnswerHandler,
    CampaignsResolver,
    CampaignResolver,
    CampaignCreditHolderResolver,
    IdeaCampaignResolver,
  ],
  exports: [CampaignsService, CampaignAnswerHandler],
})
export class CampaignsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly loaders: CampaignsLoaders,
  ) {}

  onModuleInit() {
    this.nodes.register('Campaign', (ctx, ids) => this.loaders.for(ctx).campaign.loadMany(ids) as Promise<Array<object | null>>);
  }
}
