import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Node, toGlobalId } from '@kindling/api/core';
import { IdeaPayload } from '@kindling/api/graph';

/** A criterion as the repository reads it (ids as text). */
export interface CriterionRow {
  id: string;
  nameEn: string;
  nameNl: string;
  descriptionEn: string;
  descriptionNl: string;
  weight: number;
  retiredAt: Date | null;
}

/** A scorecard as the repository reads it, with its scores. */
export interface ScorecardRow {
  id: string;
  ideaId: string;
  reviewerId: string;
  note: string;
  updatedAt: Date;
  scores: Array<{ criterionId: string; score: number }>;
}

@ObjectType('ScoreCriterion', {
  implements: () => [Node],
  description: 'What reviewers score ideas by, on a scale of 1–5. Both languages are given; the client picks one.',
})
export class ScoreCriterion extends Node {
  readonly __typename = 'ScoreCriterion';
  localId!: string;
  @Field() nameEn!: string;
  @Field() nameNl!: string;
  @Field() descriptionEn!: string;
  @Field() descriptionNl!: string;
  @Field(() => Float, { description: 'How much it counts in the weighted score (0.1–10).' }) weight!: number;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was retired: it takes no new scores, but the scores given by it keep counting.',
  })
  retiredAt!: Date | null;

  static from(row: CriterionRow): ScoreCriterion {
    return Object.assign(new ScoreCriterion(), row, { id: toGlobalId('ScoreCriterion', row.id), localId: row.id });
  }
}

@ObjectType({ description: 'One criterion scored on a scorecard.' })
export class CriterionScore {
  criterionLocalId!: string;
  @Field(() => Int, { description: '1–5.' }) score!: number;
}

@ObjectType({ description: 'One reviewer’s scores of an idea, with their note. Only reviewers and admins see scorecards.' })
export class Scorecard {
  @Field(() => ID) id!: string;
  localId!: string;
  ideaLocalId!: string;
  reviewerLocalId!: string;
  @Field(() => [CriterionScore]) scores!: CriterionScore[];
  @Field({ description: 'Markdown; empty when the reviewer left none.' }) note!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the reviewer last saved it (a new scorecard replaces the old one).' }) updatedAt!: Date;

  static from(row: ScorecardRow): Scorecard {
    return Object.assign(new Scorecard(), {
      id: toGlobalId('Scorecard', row.id),
      localId: row.id,
      ideaLocalId: row.ideaId,
      reviewerLocalId: row.reviewerId,
      scores: row.scores.map((s) => Object.assign(new CriterionScore(), { criterionLocalId: s.criterionId, score: s.score })),
      note: row.note,
      updatedAt: row.updatedAt,
    });
  }
}

@ObjectType({ description: 'The mean score reviewers gave an idea by one criterion.' })
export class CriterionMean {
  criterionLocalId!: string;
  @Field(() => Float) mean!: number;
  @Field(() => Int, { description: 'How many reviewers scored it by this criterion.' }) reviewers!: number;
}

@ObjectType({ description: 'An idea’s aggregate score, visible to every signed-in person.' })
export class IdeaScore {
  ideaLocalId!: string;
  @Field(() => Float, {
    description: 'On the 1–5 scale: per reviewer the weighted mean over the criteria they scored (current weights), then the mean over reviewers.',
  })
  weighted!: number;
  @Field(() => Int, { description: 'How many reviewers scored it.' }) reviewers!: number;
}

@ObjectType()
export class ScoreCriterionPayload {
  @Field(() => ScoreCriterion) criterion!: ScoreCriterion;
}

@ObjectType()
export class ScoreIdeaPayload extends IdeaPayload {
  @Field(() => Scorecard, { description: 'The acting reviewer’s scorecard as saved.' }) scorecard!: Scorecard;
}
