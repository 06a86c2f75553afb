import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { GraphLoaders, Idea } from '@kindling/api/graph';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { ReviewClaim, ReviewQueueItem, StatusChange } from './models/review.model';

@Resolver(() => StatusChange)
export class StatusChangeResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { description: 'The reviewer who made the move.' })
  by(@Parent() change: StatusChange, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(change.changedByLocalId);
  }
}

@Resolver(() => ReviewClaim)
export class ReviewClaimResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { description: 'The reviewer holding the claim.' })
  by(@Parent() claim: ReviewClaim, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(claim.personLocalId);
  }
}

@Resolver(() => ReviewQueueItem)
export class ReviewQueueItemResolver {
  constructor(private readonly graph: GraphLoaders) {}

  @ResolveField(() => Idea)
  idea(@Parent() item: ReviewQueueItem, @Context() ctx: RequestContext) {
    return this.graph.for(ctx).idea.load(item.ideaLocalId);
  }
}
