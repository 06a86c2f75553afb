import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type RequestContext, holdsRole } from '@kindling/api/core';
import { Idea } from '@kindling/api/graph';
import { IdeaScore, Scorecard } from './models/scoring.model';
import { ScoringLoaders } from './scoring.loaders';

/** The Idea fields scoring owns: the aggregate for everyone, the scorecards (with their notes) for reviewers and admins only. */
@Resolver(() => Idea)
export class IdeaScoringResolver {
  constructor(private readonly loaders: ScoringLoaders) {}

  @ResolveField(() => IdeaScore, { nullable: true, description: 'The reviewers’ aggregate score; null until someone scores it.' })
  score(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).score.load(idea.localId);
  }

  @ResolveField(() => [Scorecard], {
    description: 'Every reviewer’s scorecard, most recently saved first. Reviewers and admins only: anyone else gets an empty list (notes never reach members).',
  })
  scorecards(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    if (!ctx.viewer || !holdsRole(ctx.viewer.role, 'REVIEWER')) return [];
    return this.loaders.for(ctx).scorecards.load(idea.localId);
  }

  @ResolveField(() => Scorecard, { nullable: true, description: 'The acting reviewer’s own scorecard of it, if they scored it.' })
  viewerScorecard(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    if (!ctx.viewer || !holdsRole(ctx.viewer.role, 'REVIEWER')) return null;
    return this.loaders.for(ctx).viewerScorecard.load(idea.localId);
  }
}
