import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, Roles, type Viewer, localId } from '@kindling/api/core';
import { GraphLoaders } from '@kindling/api/graph';
import { CreateScoreCriterionInput, RetireScoreCriterionInput, ScoreIdeaInput, UpdateScoreCriterionInput } from './dto/scoring.inputs';
import { ScoreCriterion, ScoreCriterionPayload, ScoreIdeaPayload } from './models/scoring.model';
import { ScoringErrors } from './scoring.errors';
import { ScoringLoaders } from './scoring.loaders';
import { ScoringRepository } from './scoring.repository';
import { ScoringService } from './scoring.service';

/** Scoring's queries and mutations: criteria are an admin's, scorecards a reviewer's. */
@Resolver()
export class ScoringResolver {
  constructor(
    private readonly scoring: ScoringService,
    private readonly repository: ScoringRepository,
    private readonly loaders: ScoringLoaders,
    private readonly graph: GraphLoaders,
  ) {}

  @Query(() => [ScoreCriterion], { description: 'The scorecard criteria: active ones first, in the order they were defined; retired ones after them when asked.' })
  async scoreCriteria(@Args('includeRetired', { type: () => Boolean, defaultValue: false }) includeRetired: boolean) {
    return (await this.repository.criteriaList(includeRetired)).map(ScoreCriterion.from);
  }

  @Roles('ADMIN')
  @Mutation(() => ScoreCriterionPayload, { description: 'Define a criterion reviewers score ideas by (admins).' })
  async createScoreCriterion(@Args('input') input: CreateScoreCriterionInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const criterionId = await this.scoring.createCriterion(viewer, input);
    return { criterion: await this.criterion(ctx, criterionId) };
  }

  @Roles('ADMIN')
  @Mutation(() => ScoreCriterionPayload, { description: 'Change a criterion’s names, descriptions or weight (admins); a new weight re-weighs every scorecard.' })
  async updateScoreCriterion(@Args('input') input: UpdateScoreCriterionInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const criterionId = localId('ScoreCriterion', input.criterionId, 'criterionId');
    const { nameEn, nameNl, descriptionEn, descriptionNl, weight } = input;
    await this.scoring.updateCriterion(viewer, criterionId, { nameEn, nameNl, descriptionEn, descriptionNl, weight });
    return { criterion: await this.criterion(ctx, criterionId) };
  }

  @Roles('ADMIN')
  @Mutation(() => ScoreCriterionPayload, { description: 'Retire a criterion (admins): it takes no new scores; the scores given by it keep counting.' })
  async retireScoreCriterion(@Args('input') input: RetireScoreCriterionInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const criterionId = localId('ScoreCriterion', input.criterionId, 'criterionId');
    await this.scoring.retireCriterion(viewer, criterionId);
    return { criterion: await this.criterion(ctx, criterionId) };
  }

  @Roles('REVIEWER')
  @Mutation(() => ScoreIdeaPayload, { description: 'Score an idea by every active criterion (reviewers and admins); replaces your earlier scorecard of it.' })
  async scoreIdea(@Args('input') input: ScoreIdeaInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    const scores = input.scores.map((s, i) => ({ criterionId: localId('ScoreCriterion', s.criterionId, `scores[${i}].criterionId`), score: s.score }));
    await this.scoring.scoreIdea(viewer, { ideaId, scores, note: input.note ?? '' });
    const [idea, scorecard] = await Promise.all([this.graph.for(ctx).idea.load(ideaId), this.loaders.for(ctx).viewerScorecard.load(ideaId)]);
    return { idea, scorecard };
  }

  private async criterion(ctx: RequestContext, criterionId: string): Promise<ScoreCriterion> {
    const criterion = await this.loaders.for(ctx).criterion.load(criterionId);
    if (!criterion) throw ScoringErrors.criterionNotFound(criterionId);
    return criterion;
  }
}
