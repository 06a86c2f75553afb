import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { CriterionMean, CriterionScore, IdeaScore, ScoreCriterion, Scorecard } from './models/scoring.model';
import { ScoringLoaders } from './scoring.loaders';

@Resolver(() => Scorecard)
export class ScorecardResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  reviewer(@Parent() card: Scorecard, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(card.reviewerLocalId);
  }
}

@Resolver(() => CriterionScore)
export class CriterionScoreResolver {
  constructor(private readonly loaders: ScoringLoaders) {}

  @ResolveField(() => ScoreCriterion)
  criterion(@Parent() score: CriterionScore, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).criterion.load(score.criterionLocalId);
  }
}

@Resolver(() => CriterionMean)
export class CriterionMeanResolver {
  constructor(private readonly loaders: ScoringLoaders) {}

  @ResolveField(() => ScoreCriterion)
  criterion(@Parent() mean: CriterionMean, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).criterion.load(mean.criterionLocalId);
  }
}

@Resolver(() => IdeaScore)
export class IdeaScoreResolver {
  constructor(private readonly loaders: ScoringLoaders) {}

  @ResolveField(() => [CriterionMean], { description: 'The mean per criterion (retired criteria included when they were scored), in criterion order.' })
  criteria(@Parent() score: IdeaScore, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).criterionMeans.load(score.ideaLocalId);
  }
}
