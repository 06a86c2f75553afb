import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { GraphLoaders, Idea } from '@kindling/api/graph';
import { Lineage, LineageDirection } from './models/lineage.model';
import { LineageService } from './lineage.service';

@Resolver(() => Idea)
export class LineageResolver {
  constructor(
    private readonly lineageService: LineageService,
    private readonly graph: GraphLoaders,
  ) {}

  @ResolveField(() => Lineage, { description: 'Ancestors and/or descendants as flat nodes and edges (never nested).' })
  async lineage(
    @Parent() idea: Idea,
    @Context() ctx: RequestContext,
    @Args('direction', { type: () => LineageDirection, defaultValue: LineageDirection.BOTH }) direction: LineageDirection,
    @Args('maxDepth', { type: () => Int, nullable: true, description: 'Steps from the idea; unlimited when omitted.' }) maxDepth?: number,
  ): Promise<Lineage> {
    const family = await this.lineageService.lineage(idea.localId, direction, maxDepth);
    const nodes = await this.graph.for(ctx).idea.loadMany(family.ideaIds);
    return {
      nodes: nodes.filter((n): n is Idea => n instanceof Idea),
      edges: family.edges,
      ancestorCount: family.ancestorCount,
      descendantCount: family.descendantCount,
    };
  }
}
