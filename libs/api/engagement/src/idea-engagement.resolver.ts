import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, type RequestContext, connectionFromArray } from '@kindling/api/core';
import { Idea } from '@kindling/api/graph';
import { EngagementLoaders } from './engagement.loaders';
import { Comment, EndorsementConnection } from './models/engagement.model';

/** The Idea fields engagement owns: endorsements and comments. */
@Resolver(() => Idea)
export class IdeaEngagementResolver {
  constructor(private readonly loaders: EngagementLoaders) {}

  @ResolveField(() => EndorsementConnection, { description: 'Who endorsed it, most recent first.' })
  async endorsements(@Parent() idea: Idea, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    const all = await this.loaders.for(ctx).endorsements.load(idea.localId);
    return connectionFromArray(all, args, (e) => [e.personLocalId]);
  }

  @ResolveField(() => Boolean, { description: 'Whether the acting person endorses it.' })
  viewerHasEndorsed(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).viewerEndorsed.load(idea.localId);
  }

  @ResolveField(() => [Comment], { description: 'Top-level comments, oldest first; replies hang below each.' })
  async comments(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return (await this.loaders.for(ctx).comments.load(idea.localId)).filter((c) => !c.replyToLocalId);
  }

  @ResolveField(() => [Comment], { description: 'Every comment, oldest first, flat: `replyTo` gives the thread at any depth.' })
  commentThread(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).comments.load(idea.localId);
  }

  @ResolveField(() => Int, { description: 'Comments that can be read: placeholders of removed comments do not count.' })
  async commentCount(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return (await this.loaders.for(ctx).comments.load(idea.localId)).filter((c) => !c.removedAt).length;
  }
}
