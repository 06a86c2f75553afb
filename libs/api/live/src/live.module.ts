import { Module } from '@nestjs/common';
import { EngagementModule } from '@kindling/api/engagement';
import { GraphModule } from '@kindling/api/graph';
import { IdeaFeed } from './idea-feed';
import { IdeaUpdatedAtHandler } from './idea-updated-at.handler';
import { LiveRepository } from './live.repository';
import { LiveResolver } from './live.resolver';

/** Live updates: GraphQL subscriptions fed by LISTEN/NOTIFY across API processes, and `Idea.updatedAt`. */
@Module({
  imports: [GraphModule, EngagementModule],
  providers: [LiveRepository, IdeaFeed, LiveResolver, IdeaUpdatedAtHandler],
  exports: [IdeaUpdatedAtHandler],
})
export class LiveModule {}
