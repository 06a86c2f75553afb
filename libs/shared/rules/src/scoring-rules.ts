import { ScoringReason } from '@kindling/shared/errors';

/** The input rules of scorecards: the API enforces them, the criteria page and the scorecard form check the same. */
export const SCORING_LIMITS = {
  name: 80,
  description: 500,
  weightMin: 0.1,
  weightMax: 10,
  scoreMin: 1,
  scoreMax: 5,
  note: 5_000,
} as const;

export interface ScoringRuleViolation {
  field: string;
  reason: ScoringReason;
}

export interface CriterionDraft {
  nameEn: string;
  nameNl: string;
  descriptionEn: string;
  descriptionNl: string;
  weight: number;
}

const violation = (field: string, reason: ScoringReason): ScoringRuleViolation => ({ field, reason });

/** Names are single-line (outer space trimmed, inner runs collapsed); descriptions are trimmed. */
export function normaliseCriterion(draft: CriterionDraft): CriterionDraft {
  return {
    nameEn: draft.nameEn.trim().replace(/\s+/g, ' '),
    nameNl: draft.nameNl.trim().replace(/\s+/g, ' '),
    descriptionEn: draft.descriptionEn.trim(),
    descriptionNl: draft.descriptionNl.trim(),
    weight: draft.weight,
  };
}

/** Every rule a criterion breaks, in form order; takes a normalised draft. */
export function criterionViolations(draft: CriterionDraft): ScoringRuleViolation[] {
  const found: ScoringRuleViolation[] = [];
  for (const field of ['nameEn', 'nameNl'] as const) {
    if (!draft[field] || draft[field].length > SCORING_LIMITS.name) found.push(violation(field, ScoringReason.CRITERION_NAME));
  }
  for (const field of ['descriptionEn', 'descriptionNl'] as const) {
    if (draft[field].length > SCORING_LIMITS.description) found.push(violation(field, ScoringReason.CRITERION_DESCRIPTION));
  }
  if (!Number.isFinite(draft.weight) || draft.weight < SCORING_LIMITS.weightMin || draft.weight > SCORING_LIMITS.weightMax) {
    found.push(violation('weight', ScoringReason.CRITERION_WEIGHT));
  }
  return found;
}

/** A score is a whole number on the 1–5 scale. */
export function checkScore(score: number, field = 'score'): ScoringRuleViolation | null {
  return Number.isInteger(score) && score >= SCORING_LIMITS.scoreMin && score <= SCORING_LIMITS.scoreMax ? null : violation(field, ScoringReason.SCORE_OUT_OF_RANGE);
}

/** The note is optional markdown; takes the trimmed text. */
export function checkScoreNote(note: string): ScoringRuleViolation | null {
  return note.length > SCORING_LIMITS.note ? violation('note', ScoringReason.NOTE_TOO_LONG) : null;
}
