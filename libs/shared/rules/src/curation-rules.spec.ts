import { InputReason } from '@kindling/shared/errors';
import { CURATION_REASON_MAX, checkCurationReason, retentionLabel } from './curation-rules';

describe('reviewers’ reasons and originality labels', () => {
  it('requires a reason of at most 2,000 characters', () => {
    expect(checkCurationReason('')).toEqual({ field: 'reason', reason: InputReason.REASON_EMPTY });
    expect(checkCurationReason('x'.repeat(CURATION_REASON_MAX))).toBeNull();
    expect(checkCurationReason('x'.repeat(CURATION_REASON_MAX + 1))).toEqual({ field: 'reason', reason: InputReason.REASON_TOO_LONG });
  });

  it('labels a retention by its range: below 0.4, below 0.7, from 0.7', () => {
    expect([0.2, 0.39, 0.4, 0.6, 0.69, 0.7, 0.95].map(retentionLabel)).toEqual([
      'SMALL_REFINEMENT',
      'SMALL_REFINEMENT',
      'PARTLY_NEW',
      'PARTLY_NEW',
      'PARTLY_NEW',
      'MOSTLY_NEW',
      'MOSTLY_NEW',
    ]);
  });
});
