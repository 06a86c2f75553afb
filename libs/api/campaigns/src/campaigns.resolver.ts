import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequestErrors, type RequestContext, Roles, type Viewer, localId } from '@kindling/api/core';
import { CampaignsLoaders } from './campaigns.loaders';
import { CampaignsService } from './campaigns.service';
import { CampaignsArgs, CloseCampaignInput, OpenCampaignInput } from './dto/campaigns.inputs';
import { CampaignConnection } from './models/campaign.model';
import { CloseCampaignPayload, OpenCampaignPayload } from './models/payloads.model';

/** The campaigns' queries and mutations: reviewers open and close campaigns; everyone reads them. */
@Resolver()
export class CampaignsResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly loaders: CampaignsLoaders,
  ) {}

  @Query(() => CampaignConnection, { name: 'campaigns', description: 'Open campaigns (soonest deadline first) or closed ones (most recently ended first).' })
  list(@Args() args: CampaignsArgs) {
    return this.service.list({ state: args.state, page: { first: args.first, after: args.after } });
  }

  @Roles('REVIEWER')
  @Mutation(() => OpenCampaignPayload, { description: 'Ask a question with a deadline (reviewers and admins). Ideas answer it with `campaignId`.' })
  async openCampaign(@Args('input') input: OpenCampaignInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    if (Number.isNaN(input.deadline.getTime())) throw RequestErrors.malformedValue('deadline', 'date and time');
    const id = await this.service.open(viewer, {
      question: input.question,
      description: input.description,
      deadline: input.deadline,
      departmentIds: input.departmentIds.map((id, i) => localId('Department', id, `departmentIds[${i}]`)),
    });
    return { campaign: await this.loaders.for(ctx).campaign.load(id) };
  }

  @Roles('REVIEWER')
  @Mutation(() => CloseCampaignPayload, { description: 'Close an open campaign before its deadline: the reviewer who opened it, or an admin.' })
  async closeCampaign(@Args('input') input: CloseCampaignInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const id = localId('Campaign', input.campaignId, 'campaignId');
    await this.service.close(viewer, id);
    return { campaign: await this.loaders.for(ctx).campaign.load(id) };
  }
}
