import { describe, expect, it } from '@jest/globals';
import { ScoringReason } from '@kindling/shared/errors';
import { checkScore, checkScoreNote, criterionViolations, normaliseCriterion } from './scoring-rules';

const draft = { nameEn: 'Impact', nameNl: 'Impact', descriptionEn: '', descriptionNl: '', weight: 1 };

describe('scorecard rules', () => {
  it('normalises names to one line and trims descriptions', () => {
    expect(normaliseCriterion({ ...draft, nameEn: '  Cost \n of  it ', descriptionNl: '  Kosten  ' })).toEqual({ ...draft, nameEn: 'Cost of it', descriptionNl: 'Kosten' });
  });

  it('accepts names of 1–80 characters, descriptions up to 500 and weights of 0.1–10', () => {
    expect(criterionViolations({ ...draft, nameEn: 'x'.repeat(80), descriptionEn: 'x'.repeat(500), weight: 0.1 })).toEqual([]);
    expect(criterionViolations({ ...draft, weight: 10 })).toEqual([]);
  });

  it('names every broken rule with its field, in form order', () => {
    expect(criterionViolations({ nameEn: '', nameNl: 'x'.repeat(81), descriptionEn: 'x'.repeat(501), descriptionNl: '', weight: Number.NaN })).toEqual([
      { field: 'nameEn', reason: ScoringReason.CRITERION_NAME },
      { field: 'nameNl', reason: ScoringReason.CRITERION_NAME },
      { field: 'descriptionEn', reason: ScoringReason.CRITERION_DESCRIPTION },
      { field: 'weight', reason: ScoringReason.CRITERION_WEIGHT },
    ]);
    expect(criterionViolations({ ...draft, weight: 0.09 })).toEqual([{ field: 'weight', reason: ScoringReason.CRITERION_WEIGHT }]);
    expect(criterionViolations({ ...draft, weight: 10.01 })).toEqual([{ field: 'weight', reason: ScoringReason.CRITERION_WEIGHT }]);
  });

  it('takes whole scores from 1 to 5 and notes up to 5,000 characters', () => {
    expect([1, 2, 3, 4, 5].map((s) => checkScore(s))).toEqual([null, null, null, null, null]);
    for (const s of [0, 6, 2.5, Number.NaN]) expect(checkScore(s, 'scores[0].score')).toEqual({ field: 'scores[0].score', reason: ScoringReason.SCORE_OUT_OF_RANGE });
    expect(checkScoreNote('x'.repeat(5000))).toBeNull();
    expect(checkScoreNote('x'.repeat(5001))).toEqual({ field: 'note', reason: ScoringReason.NOTE_TOO_LONG });
  });
});
