import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Idea } from '@kindling/api/graph';
import { NotificationsLoaders } from './notifications.loaders';

/** The Idea field notifications own. */
@Resolver(() => Idea)
export class IdeaFollowResolver {
  constructor(private readonly loaders: NotificationsLoaders) {}

  @ResolveField(() => Boolean, { description: 'Whether the acting person follows it (authors, co-authors and commenters do automatically, until they unfollow).' })
  viewerFollows(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).viewerFollows.load(idea.localId);
  }
}
