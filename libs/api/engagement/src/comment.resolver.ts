import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { GraphLoaders, Idea } from '@kindling/api/graph';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { EngagementLoaders } from './engagement.loaders';
import { Comment } from './models/engagement.model';

@Resolver(() => Comment)
export class CommentResolver {
  constructor(
    private readonly loaders: EngagementLoaders,
    private readonly graph: GraphLoaders,
    private readonly people: PeopleLoaders,
  ) {}

  @ResolveField(() => Person)
  author(@Parent() comment: Comment, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(comment.authorLocalId);
  }

  @ResolveField(() => Idea)
  idea(@Parent() comment: Comment, @Context() ctx: RequestContext) {
    return this.graph.for(ctx).idea.load(comment.ideaLocalId);
  }

  @ResolveField(() => Idea, { nullable: true, description: 'The idea it was written on, when a merge moved it to this one; else null.' })
  movedFrom(@Parent() comment: Comment, @Context() ctx: RequestContext) {
    return comment.movedFromLocalId ? this.graph.for(ctx).idea.load(comment.movedFromLocalId) : null;
  }

  @ResolveField(() => [Comment], { description: 'Direct replies, oldest first.' })
  async replies(@Parent() comment: Comment, @Context() ctx: RequestContext) {
    const all = await this.loaders.for(ctx).comments.load(comment.ideaLocalId);
    return all.filter((c) => c.replyToLocalId === comment.localId);
  }

  @ResolveField(() => Comment, { nullable: true })
  replyTo(@Parent() comment: Comment, @Context() ctx: RequestContext) {
    return comment.replyToLocalId ? this.loaders.for(ctx).comment.load(comment.replyToLocalId) : null;
  }
}
