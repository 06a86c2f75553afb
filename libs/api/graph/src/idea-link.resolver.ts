import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { GraphLoaders } from './graph.loaders';
import { Idea, IdeaLink } from './models/idea.model';

@Resolver(() => IdeaLink)
export class IdeaLinkResolver {
  constructor(private readonly loaders: GraphLoaders) {}

  @ResolveField(() => Idea)
  idea(@Parent() link: IdeaLink, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).idea.load(link.ideaLocalId);
  }
}
