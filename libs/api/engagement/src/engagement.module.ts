import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@kindling/api/core';
import { GraphModule } from '@kindling/api/graph';
import { PeopleModule } from '@kindling/api/people';
import { CommentResolver } from './comment.resolver';
import { EndorsementLapseHandler } from './endorsement-lapse.handler';
import { EndorsementResolver } from './endorsement.resolver';
import { EngagementLoaders } from './engagement.loaders';
import { EngagementRepository } from './engagement.repository';
import { EngagementResolver } from './engagement.resolver';
import { EngagementService } from './engagement.service';
import { IdeaEngagementResolver } from './idea-engagement.resolver';
import { MergeEngagementHandler } from './merge-engagement.handler';

@Module({
  imports: [PeopleModule, GraphModule],
  providers: [
    EngagementRepository,
    EngagementService,
    EngagementLoaders,
    EndorsementLapseHandler,
    MergeEngagementHandler,
    EngagementResolver,
    IdeaEngagementResolver,
    CommentResolver,
    EndorsementResolver,
  ],
  exports: [EngagementService, EngagementLoaders, EndorsementLapseHandler, MergeEngagementHandler],
})
export class EngagementModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly loaders: EngagementLoaders,
  ) {}

  onModuleInit() {
    this.nodes.register('Comment', (ctx, ids) => this.loaders.for(ctx).comment.loadMany(ids) as Promise<Array<object | null>>);
  }
}
