import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, groupBy, perRequest } from '@kindling/api/core';
import { CriterionMean, IdeaScore, ScoreCriterion, Scorecard } from './models/scoring.model';
import { ScoringRepository } from './scoring.repository';

/** Scoring's DataLoaders, fresh per request: a page of ideas with scores and scorecards is a constant number of statements. */
@Injectable()
export class ScoringLoaders {
  constructor(private readonly repository: ScoringRepository) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      criterion: new DataLoader<string, ScoreCriterion | null>(async (ids) => {
        const byId = new Map((await this.repository.criteria(ids)).map((r) => [r.id, ScoreCriterion.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      /** Each idea's aggregate, null when nobody scored it. */
      score: new DataLoader<string, IdeaScore | null>(async (ids) => {
        const byId = new Map((await this.repository.ideaScores(ids)).map((r) => [r.ideaId, Object.assign(new IdeaScore(), { ideaLocalId: r.ideaId, weighted: r.weighted, reviewers: r.reviewers })]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      criterionMeans: new DataLoader<string, CriterionMean[]>(async (ids) =>
        groupBy(ids, await this.repository.criterionMeans(ids), (r) => r.ideaId).map((rows) =>
          rows.map((r) => Object.assign(new CriterionMean(), { criterionLocalId: r.criterionId, mean: r.mean, reviewers: r.reviewers })),
        ),
      ),
      scorecards: new DataLoader<string, Scorecard[]>(async (ids) =>
        groupBy(ids, await this.repository.scorecards(ids), (r) => r.ideaId).map((rows) => rows.map(Scorecard.from)),
      ),
      /** The acting person's own scorecard of each idea. */
      viewerScorecard: new DataLoader<string, Scorecard | null>(async (ids) => {
        if (!ctx.viewer) return ids.map(() => null);
        const byIdea = new Map((await this.repository.scorecardsBy(ctx.viewer.id, ids)).map((r) => [r.ideaId, Scorecard.from(r)]));
        return ids.map((id) => byIdea.get(id) ?? null);
      }),
    }));
  }
}
