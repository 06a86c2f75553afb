import { DomainEvent } from '@kindling/api/core';

/** The events scoring publishes. Scores do not count in credit, so none is ledgered. */

export class ScoreCriterionCreated extends DomainEvent<{ criterionId: string }> {
  readonly type = 'SCORE_CRITERION_CREATED';
}

export class ScoreCriterionUpdated extends DomainEvent<{ criterionId: string }> {
  readonly type = 'SCORE_CRITERION_UPDATED';
}

export class ScoreCriterionRetired extends DomainEvent<{ criterionId: string }> {
  readonly type = 'SCORE_CRITERION_RETIRED';
}

export class IdeaScored extends DomainEvent<{ ideaId: string; scorecardId: string; scores: Array<{ criterionId: string; score: number }> }> {
  readonly type = 'IDEA_SCORED';
}
