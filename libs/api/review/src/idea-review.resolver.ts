import { Context, GraphQLISODateTime, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Idea } from '@kindling/api/graph';
import { ReviewLoaders } from './review.loaders';
import { ReviewClaim, StatusChange } from './models/review.model';

/** The Idea fields review owns: the status history, the official response, the first response and the claim. */
@Resolver(() => Idea)
export class IdeaReviewResolver {
  constructor(private readonly loaders: ReviewLoaders) {}

  @ResolveField(() => [StatusChange], { description: 'Every move through the review workflow, oldest first.' })
  statusHistory(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).history.load(idea.localId);
  }

  @ResolveField(() => StatusChange, { nullable: true, description: 'The official answer: the latest move with its response; null while nobody has answered.' })
  async officialResponse(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return (await this.loaders.for(ctx).history.load(idea.localId)).at(-1) ?? null;
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'When a reviewer first moved it; null while it awaits a first response.' })
  async firstResponseAt(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return (await this.loaders.for(ctx).history.load(idea.localId))[0]?.at ?? null;
  }

  @ResolveField(() => ReviewClaim, { nullable: true, description: 'The reviewer who has taken it for now, if any.' })
  claim(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).claim.load(idea.localId);
  }
}
