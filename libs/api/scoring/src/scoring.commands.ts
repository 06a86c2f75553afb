import type { CriterionDraft } from '@kindling/shared/rules';

/** What scoring's writes take: plain values with database ids (resolvers decode global ids). */

export type CriterionChange = Partial<CriterionDraft>;

export interface ScoreIdeaCommand {
  ideaId: string;
  /** As sent, in order; `criterionId` already decoded. */
  scores: Array<{ criterionId: string; score: number }>;
  note: string;
}
