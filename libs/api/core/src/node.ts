import { Field, ID, InterfaceType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from './context';

/** Relay's Node interface: every object a client can refetch by its global id. */
@InterfaceType('Node', {
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global, opaque id (Relay).' })
  id!: string;
}

export type NodeFetcher = (ctx: RequestContext, localIds: readonly string[]) => Promise<Array<object | null>>;

/**
 * Domains register how to fetch their node types; `node(id:)` dispatches here.
 * Fetchers must go through the request's DataLoaders so `nodes(ids:)` batches.
 */
@Injectable()
export class NodeRegistry {
  private readonly fetchers = new Map<string, NodeFetcher>();

  register(typeName: string, fetcher: NodeFetcher): void {
    this.fetchers.set(typeName, fetcher);
  }

  fetcher(typeName: string): NodeFetcher | undefined {
    return this.fetchers.get(typeName);
  }
}
