import { Global, Module } from '@nestjs/common';
import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { type RequestContext } from './context';
import { KindlingErrorFilter, badInput } from './errors';
import { APP_FILTER } from '@nestjs/core';
import { Node, NodeRegistry } from './node';
import { fromGlobalId } from './relay';

@Resolver(() => Node)
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Query(() => Node, { nullable: true, description: 'Refetch any object by its global id (Relay).' })
  async node(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    const [found] = await this.fetch([id], ctx);
    return found;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Refetch several objects by global id, in order.' })
  nodes(@Args('ids', { type: () => [ID] }) ids: string[], @Context() ctx: RequestContext) {
    if (ids.length > 100) throw badInput('At most 100 ids at once.', { field: 'ids' });
    return this.fetch(ids, ctx);
  }

  private async fetch(ids: string[], ctx: RequestContext): Promise<Array<object | null>> {
    return Promise.all(
      ids.map(async (globalId) => {
        const { type, id } = fromGlobalId(globalId);
        const fetcher = this.registry.fetcher(type);
        if (!fetcher) return null;
        const [found] = await fetcher(ctx, [id]);
        return found instanceof Error ? null : found;
      }),
    );
  }
}

/** Shared, app-wide pieces: the node registry and `node(id:)`. */
@Global()
@Module({ providers: [NodeRegistry, NodeResolver, { provide: APP_FILTER, useClass: KindlingErrorFilter }], exports: [NodeRegistry] })
export class CoreModule {}
