import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@kindling/api/core';
import { LedgerModule } from '@kindling/api/ledger';
import { PeopleModule } from '@kindling/api/people';
import { GraphChangeListeners } from './graph-change.listeners';
import { IdeasService } from './ideas.service';
import {
  BuildOnTieResolver,
  CoAuthorInvitationResolver,
  CommentResolver,
  EndorsementResolver,
  IdeaLinkResolver,
  IdeasResolver,
  PersonIdeasResolver,
} from './ideas.resolver';

@Module({
  imports: [PeopleModule, LedgerModule],
  providers: [
    IdeasService,
    GraphChangeListeners,
    IdeasResolver,
    IdeaLinkResolver,
    CommentResolver,
    EndorsementResolver,
    CoAuthorInvitationResolver,
    PersonIdeasResolver,
    BuildOnTieResolver,
  ],
  exports: [IdeasService, GraphChangeListeners],
})
export class IdeasModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly ideas: IdeasService,
  ) {}

  onModuleInit() {
    this.nodes.register('Idea', (ctx, ids) => this.ideas.loaders(ctx).idea.loadMany(ids) as Promise<Array<object | null>>);
    this.nodes.register('Comment', (ctx, ids) => this.ideas.loaders(ctx).comment.loadMany(ids) as Promise<Array<object | null>>);
  }
}
