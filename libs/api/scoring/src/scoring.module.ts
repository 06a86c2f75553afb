import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@kindling/api/core';
import { GraphModule } from '@kindling/api/graph';
import { PeopleModule } from '@kindling/api/people';
import { IdeaScoringResolver } from './idea-scoring.resolver';
import { CriterionMeanResolver, CriterionScoreResolver, IdeaScoreResolver, ScorecardResolver } from './scorecard.resolver';
import { ScoringLoaders } from './scoring.loaders';
import { ScoringRepository } from './scoring.repository';
import { ScoringResolver } from './scoring.resolver';
import { ScoringService } from './scoring.service';

/** Scorecards: criteria and reviewers' scores of ideas. */
@Module({
  imports: [PeopleModule, GraphModule],
  providers: [
    ScoringRepository,
    ScoringService,
    ScoringLoaders,
    ScoringResolver,
    IdeaScoringResolver,
    ScorecardResolver,
    CriterionScoreResolver,
    CriterionMeanResolver,
    IdeaScoreResolver,
  ],
  exports: [ScoringService, ScoringLoaders],
})
export class ScoringModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly loaders: ScoringLoaders,
  ) {}

  onModuleInit() {
    this.nodes.register('ScoreCriterion', (ctx, ids) => this.loaders.for(ctx).criterion.loadMany(ids) as Promise<Array<object | null>>);
  }
}
