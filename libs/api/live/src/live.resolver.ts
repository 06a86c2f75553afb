import { Args, Context, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, type Viewer, localId } from '@kindling/api/core';
import { Comment as CommentType, EngagementLoaders } from '@kindling/api/engagement';
import { GraphLoaders, GraphService } from '@kindling/api/graph';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { IdeaFeed, MAX_WATCHES_PER_CONNECTION } from './idea-feed';
import { LiveErrors } from './live.errors';
import { IdeaChange, IdeaUpdate } from './models/idea-update.model';

/** Subscriptions on one WebSocket connection (its upgrade request), to bound what one connection may follow. */
const watchesOf = new WeakMap<object, number>();

/** Live updates of an open idea page (`ideaUpdated`), authorised per event for the connection's person. */
@Resolver(() => IdeaUpdate)
export class LiveResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly feed: IdeaFeed,
    private readonly graph: GraphService,
    private readonly graphLoaders: GraphLoaders,
    private readonly engagementLoaders: EngagementLoaders,
  ) {}

  @Subscription(() => IdeaUpdate, {
    name: 'ideaUpdated',
    description:
      'Every later change of the idea (over graphql-ws on /graphql): the idea as it is now and what changed. Missed while disconnected? Re-read the idea.',
    // the context lives as long as the subscription: each event is read afresh
    resolve: (update: IdeaUpdate, _args: unknown, ctx: RequestContext) => {
      ctx.cache.clear();
      return update;
    },
  })
  async ideaUpdated(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', id, 'id');
    await this.graph.requireIdea(this.db, ideaId, 'id');
    const connection = ctx.req as object;
    const count = watchesOf.get(connection) ?? 0;
    if (count >= MAX_WATCHES_PER_CONNECTION) throw LiveErrors.tooManySubscriptions();
    // taken before the first await, so subscriptions sent at once cannot all slip under the cap
    watchesOf.set(connection, count + 1);
    const release = () => watchesOf.set(connection, (watchesOf.get(connection) ?? 1) - 1);
    const updates = await this.feed.watch(ideaId, (update) => this.maySee(update, viewer, ctx)).catch((error: unknown) => {
      release();
      throw error;
    });
    const stop = updates.return!.bind(updates);
    updates.return = () => {
      release();
      return stop();
    };
    return updates;
  }

  @ResolveField('comment', () => CommentType, { nullable: true })
  comment(@Parent() update: IdeaUpdate, @Context() ctx: RequestContext): Promise<CommentType | null> | null {
    return update.commentLocalId ? this.engagementLoaders.for(ctx).comment.load(update.commentLocalId) : null;
  }

  /**
   * A hidden idea's changes reach only its authors and admins (the moderation mask); that it was hidden or shown
   * again reaches everyone watching, so their page shows the masked idea.
   */
  private async maySee(update: IdeaUpdate, viewer: Viewer, ctx: RequestContext): Promise<boolean> {
    if (update.idea.hiddenAt === null || update.change === IdeaChange.MODERATED || viewer.role === 'ADMIN') return true;
    ctx.cache.clear();
    return (await this.graphLoaders.for(ctx).authors.load(update.idea.localId)).some((author) => author.localId === viewer.id);
  }
}
