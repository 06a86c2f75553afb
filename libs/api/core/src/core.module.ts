import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { type RequestContext } from './context';
import { KindlingErrorFilter, RequestErrors } from './errors';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { RolesGuard } from './access';
import { IN_TRANSACTION_HANDLERS, type InTransactionHandler, Writes } from './events';
import { Node, NodeRegistry } from './node';
import { fromGlobalId } from './relay';
import { MAX_NODE_IDS } from './graphql-limits';
import { JOB_QUEUE_OPTIONS, JobQueue, LiveHub, OUTBOX_CONSUMERS, OutboxRelay, type OutboxConsumerTypes } from './delivery';

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
    if (ids.length > MAX_NODE_IDS) throw RequestErrors.tooManyIds('ids', MAX_NODE_IDS);
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

export interface CoreOptions {
  /** The handlers that run inside every write's transaction, in the order they run. */
  inTransactionHandlers: ReadonlyArray<Type<InTransactionHandler>>;
  /** The consumers of the outbox after the commit (each gets every event through its job queue). */
  outboxConsumers: OutboxConsumerTypes;
  /** The database of the job queue and LISTEN/NOTIFY; null: neither runs (schema printing). */
  databaseUrl: string | null;
}

/**
 * Shared, app-wide pieces: `node(id:)`, the error filter, the role guard, `Writes` with its handlers, and the
 * work after the commit: the job queue, the outbox relay and LISTEN/NOTIFY between processes.
 */
@Module({})
export class CoreModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      providers: [
        NodeRegistry,
        NodeResolver,
        Writes,
        { provide: IN_TRANSACTION_HANDLERS, useValue: options.inTransactionHandlers },
        { provide: OUTBOX_CONSUMERS, useValue: options.outboxConsumers },
        { provide: JOB_QUEUE_OPTIONS, useValue: { databaseUrl: options.databaseUrl } },
        JobQueue,
        LiveHub,
        OutboxRelay,
        { provide: APP_FILTER, useClass: KindlingErrorFilter },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
      exports: [NodeRegistry, Writes, JobQueue, LiveHub, OutboxRelay],
    };
  }
}
