import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@kindling/api/core';
import { PeopleModule } from '@kindling/api/people';
import { AuthorShareResolver, AuthorSplitProposalResolver, AuthorshipResolver, CoAuthorInvitationSplitResolver, IdeaAuthorSplitResolver } from './authorship.resolver';
import { AuthorshipService } from './authorship.service';
import { BuildOnTieResolver, PersonTiesResolver } from './build-on-tie.resolver';
import { CoAuthorInvitationResolver } from './co-author-invitation.resolver';
import { GraphLoaders } from './graph.loaders';
import { IdeaAuthoringResolver, IdeaRevisionResolver, IdeaWithdrawalResolver } from './idea-authoring.resolver';
import { GraphRepository } from './graph.repository';
import { GraphResolver } from './graph.resolver';
import { GraphService } from './graph.service';
import { IdeaLinkResolver } from './idea-link.resolver';
import { IdeaResolver } from './idea.resolver';
import { IdeaMergeFieldsResolver, IdeaMergeResolver, RetentionNoteResolver } from './idea-merge.resolver';
import { MergeResolver } from './merge.resolver';
import { MergeService } from './merge.service';

@Module({
  imports: [PeopleModule],
  providers: [
    GraphRepository,
    GraphService,
    GraphLoaders,
    GraphResolver,
    IdeaResolver,
    IdeaLinkResolver,
    CoAuthorInvitationResolver,
    PersonTiesResolver,
    BuildOnTieResolver,
    MergeService,
    MergeResolver,
    IdeaMergeResolver,
    IdeaMergeFieldsResolver,
    RetentionNoteResolver,
    IdeaAuthoringResolver,
    IdeaRevisionResolver,
    IdeaWithdrawalResolver,
    AuthorshipService,
    AuthorshipResolver,
    IdeaAuthorSplitResolver,
    AuthorSplitProposalResolver,
    AuthorShareResolver,
    CoAuthorInvitationSplitResolver,
  ],
  exports: [GraphService, GraphLoaders, AuthorshipService],
})
export class GraphModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly loaders: GraphLoaders,
  ) {}

  onModuleInit() {
    this.nodes.register('Idea', (ctx, ids) => this.loaders.for(ctx).idea.loadMany(ids) as Promise<Array<object | null>>);
  }
}
