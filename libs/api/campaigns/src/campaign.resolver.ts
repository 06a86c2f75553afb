import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type RequestContext, holdsRole } from '@kindling/api/core';
import { Department, PeopleLoaders, Person } from '@kindling/api/people';
import { CampaignsLoaders } from './campaigns.loaders';
import { CampaignsService } from './campaigns.service';
import { CampaignIdeasArgs } from './dto/campaigns.inputs';
import { Campaign, CampaignCreditHolder, CampaignIdeaConnection, CampaignOutcome } from './models/campaign.model';

/** The fields of a campaign read through loaders: who opened it, whom it asks, its ideas and its outcome. */
@Resolver(() => Campaign)
export class CampaignResolver {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly loaders: CampaignsLoaders,
    private readonly people: PeopleLoaders,
  ) {}

  @ResolveField(() => Person)
  openedBy(@Parent() campaign: Campaign, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(campaign.openedById);
  }

  @ResolveField(() => [Department], { description: 'The departments it asks; empty: everyone.' })
  async departments(@Parent() campaign: Campaign, @Context() ctx: RequestContext) {
    return (await this.people.for(ctx).department.loadMany(campaign.departmentIds)).filter((d): d is Department => d instanceof Department);
  }

  @ResolveField(() => Int, { description: 'How many ideas answer it.' })
  ideaCount(@Parent() campaign: Campaign, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).ideaCount.load(campaign.localId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the acting person may close it now (its opener or an admin, while it is open).' })
  viewerCanClose(@Parent() campaign: Campaign, @Context() ctx: RequestContext) {
    const viewer = ctx.viewer;
    return Boolean(viewer && campaign.isOpen && (viewer.id === campaign.openedById || holdsRole(viewer.role, 'ADMIN')));
  }

  @ResolveField(() => CampaignIdeaConnection, { description: 'The ideas answering it, ranked; expand each idea’s `credit` for who holds it.' })
  ideas(@Parent() campaign: Campaign, @Args() args: CampaignIdeasArgs) {
    return this.campaigns.ideas({ campaignId: campaign.localId, order: args.orderBy, page: { first: args.first, after: args.after } });
  }

  @ResolveField(() => CampaignOutcome, { nullable: true, description: 'What it brought, once closed; null while open.' })
  outcome(@Parent() campaign: Campaign, @Context() ctx: RequestContext) {
    return campaign.isOpen ? null : this.loaders.for(ctx).outcome.load(campaign.localId);
  }
}

@Resolver(() => CampaignCreditHolder)
export class CampaignCreditHolderResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(@Parent() holder: CampaignCreditHolder, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(holder.personLocalId);
  }
}
