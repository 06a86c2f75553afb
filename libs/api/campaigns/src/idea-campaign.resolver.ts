import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Idea } from '@kindling/api/graph';
import { CampaignsLoaders } from './campaigns.loaders';
import { Campaign } from './models/campaign.model';

/** The Idea field campaigns own. */
@Resolver(() => Idea)
export class IdeaCampaignResolver {
  constructor(private readonly loaders: CampaignsLoaders) {}

  @ResolveField(() => Campaign, { nullable: true, description: 'The campaign it answers, if any.' })
  campaign(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).campaignOfIdea.load(idea.localId);
  }
}
