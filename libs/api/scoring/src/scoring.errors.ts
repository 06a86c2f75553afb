import { ScoringReason } from '@kindling/shared/errors';
import { SCORING_LIMITS, type ScoringRuleViolation } from '@kindling/shared/rules';
import { KindlingError } from '@kindling/api/core';

const RULE_MESSAGES: Partial<Record<ScoringReason, string>> = {
  [ScoringReason.CRITERION_NAME]: `give a name of 1–${SCORING_LIMITS.name} characters.`,
  [ScoringReason.CRITERION_DESCRIPTION]: `at most ${SCORING_LIMITS.description} characters.`,
  [ScoringReason.CRITERION_WEIGHT]: `a weight between ${SCORING_LIMITS.weightMin} and ${SCORING_LIMITS.weightMax}.`,
  [ScoringReason.SCORE_OUT_OF_RANGE]: `a whole number from ${SCORING_LIMITS.scoreMin} to ${SCORING_LIMITS.scoreMax}.`,
  [ScoringReason.NOTE_TOO_LONG]: `at most ${SCORING_LIMITS.note} characters.`,
};

export const ScoringErrors = {
  rule: (v: ScoringRuleViolation) => new KindlingError(v.reason, `${v.field}: ${RULE_MESSAGES[v.reason] ?? 'not allowed.'}`, v.field),
  criterionNotFound: (id: string, field = 'criterionId') => new KindlingError(ScoringReason.CRITERION_NOT_FOUND, `Criterion ${id} does not exist.`, field),
  retired: (field = 'criterionId') => new KindlingError(ScoringReason.CRITERION_RETIRED, 'That criterion is retired: it takes no new scores or changes.', field),
  noCriteria: () => new KindlingError(ScoringReason.NO_CRITERIA, 'There are no active criteria to score by; an admin defines them first.', 'scores'),
  missing: (criterionId: string) => new KindlingError(ScoringReason.SCORE_MISSING, `scores: every active criterion needs a score (criterion ${criterionId} has none).`, 'scores'),
  duplicate: (field: string) => new KindlingError(ScoringReason.SCORE_DUPLICATE, `${field}: each criterion can be scored once.`, field),
  unknownCriterion: (field: string) => new KindlingError(ScoringReason.SCORE_UNKNOWN_CRITERION, `${field}: no such criterion.`, field),
};

/** Throws the first broken scoring rule. */
export function enforceScoring(violation: ScoringRuleViolation | null | undefined): void {
  if (violation) throw ScoringErrors.rule(violation);
}
