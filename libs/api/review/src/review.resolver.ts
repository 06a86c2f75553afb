import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, Roles, type Viewer, localId } from '@kindling/api/core';
import { GraphLoaders, IdeaRefInput } from '@kindling/api/graph';
import { ChangeIdeaStatusInput, ReviewQueueArgs } from './dto/review.inputs';
import { ReviewLoaders } from './review.loaders';
import { ReviewService } from './review.service';
import { ChangeIdeaStatusPayload, ClaimIdeaPayload, ReleaseClaimPayload, ReviewQueueConnection } from './models/review.model';

/** Review's queries and mutations: reviewers and admins only. */
@Resolver()
export class ReviewResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly loaders: ReviewLoaders,
    private readonly graph: GraphLoaders,
  ) {}

  @Roles('REVIEWER')
  @Mutation(() => ChangeIdeaStatusPayload, { description: 'Move an idea through the review workflow with a written response (reviewers and admins).' })
  async changeIdeaStatus(@Args('input') input: ChangeIdeaStatusInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    const changeId = await this.review.changeStatus(viewer, { ideaId, status: input.status, response: input.response });
    const [idea, history] = await Promise.all([this.graph.for(ctx).idea.load(ideaId), this.loaders.for(ctx).history.load(ideaId)]);
    return { idea, change: history.find((c) => c.localId === changeId) };
  }

  @Roles('REVIEWER')
  @Mutation(() => ClaimIdeaPayload, { description: 'Take an idea for a while (KINDLING_CLAIM_HOURS) so other reviewers pick another; claiming your own claim renews it.' })
  async claimIdea(@Args('input') input: IdeaRefInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    const claim = await this.review.claim(viewer, ideaId);
    return { idea: await this.graph.for(ctx).idea.load(ideaId), claim };
  }

  @Roles('REVIEWER')
  @Mutation(() => ReleaseClaimPayload, { description: 'Give up your claim on an idea.' })
  async releaseClaim(@Args('input') input: IdeaRefInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.review.releaseClaim(viewer, ideaId);
    return { idea: await this.graph.for(ctx).idea.load(ideaId) };
  }

  @Roles('REVIEWER')
  @Query(() => ReviewQueueConnection, { description: 'Ideas awaiting a first response, oldest first, with their due dates (reviewers and admins).' })
  reviewQueue(@Args() args: ReviewQueueArgs) {
    return this.review.queue({
      page: args,
      departmentId: args.departmentId ? localId('Department', args.departmentId, 'departmentId') : null,
      campaignId: args.campaignId ? localId('Campaign', args.campaignId, 'campaignId') : null,
      overdueOnly: args.overdueOnly ?? false,
    });
  }
}
