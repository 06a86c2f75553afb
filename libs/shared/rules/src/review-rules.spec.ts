import { describe, expect, it } from '@jest/globals';
import { InputReason } from '@kindling/shared/errors';
import { LIMITS } from './idea-rules';
import { STATUS_TRANSITIONS, checkResponse, isFinalStatus, isLegalTransition } from './review-rules';

describe('the review workflow rules', () => {
  it('never lead to MERGED, nor out of IMPLEMENTED or MERGED, nor to the same status', () => {
    for (const [from, targets] of Object.entries(STATUS_TRANSITIONS)) {
      expect(targets).not.toContain('MERGED');
      expect(targets).not.toContain(from);
    }
    expect(isFinalStatus('IMPLEMENTED') && isFinalStatus('MERGED')).toBe(true);
    expect(isFinalStatus('DECLINED')).toBe(false);
    expect(isLegalTransition('DECLINED', 'UNDER_REVIEW')).toBe(true);
    expect(isLegalTransition('DECLINED', 'ACCEPTED')).toBe(false);
  });

  it('require a response of at most LIMITS.response characters', () => {
    expect(checkResponse('')).toEqual({ field: 'response', reason: InputReason.RESPONSE_EMPTY });
    expect(checkResponse('x'.repeat(LIMITS.response))).toBeNull();
    expect(checkResponse('x'.repeat(LIMITS.response + 1))).toEqual({ field: 'response', reason: InputReason.RESPONSE_TOO_LONG });
  });
});
