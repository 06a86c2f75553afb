import { describe, expect, it } from '@jest/globals';
import { InputReason } from '@kindling/shared/errors';
import {
  LIMITS,
  checkComment,
  checkParents,
  checkSplit,
  checkSplitShares,
  checkTokenExpiry,
  checkTokenName,
  checkTokenScopes,
  defaultRelation,
  ideaDraftViolations,
  normaliseTags,
  normaliseText,
  normaliseTitle,
  parseTagText,
} from './idea-rules';
import { COMMENT_CASES, DRAFT_CASES, PARENT_CASES } from './rules.cases';

describe('the shared input rules', () => {
  it.each(DRAFT_CASES)('judge an idea: $name', ({ draft, violation }) => {
    const normalised = { title: normaliseTitle(draft.title), body: normaliseText(draft.body), tags: normaliseTags(draft.tags) };
    expect(ideaDraftViolations(normalised)).toEqual(violation ? [violation] : []);
  });

  // in the API's order: the parents first, then the split when one is given
  it.each(PARENT_CASES)('judge a build-on: $name', ({ parents, relation, split, violation }) => {
    expect(checkParents(parents, relation) ?? (split ? checkSplit(split, parents.length) : null)).toEqual(violation);
  });

  it.each(COMMENT_CASES)('judge $name', ({ body, violation }) => {
    expect(checkComment(normaliseText(body))).toEqual(violation);
  });

  it('refuses a split that is not a finite number (which JSON cannot carry, so the table cannot either)', () => {
    expect(checkSplit([Number.NaN, 1], 2)?.reason).toBe(InputReason.SPLIT_NOT_POSITIVE);
    expect(checkSplit([Number.POSITIVE_INFINITY, 1], 2)?.reason).toBe(InputReason.SPLIT_NOT_POSITIVE);
  });

  it('takes a split in percentages only when its whole parts add up to 100', () => {
    expect(checkSplitShares([70, 30], 2)).toBeNull();
    expect(checkSplitShares([100], 1)).toBeNull();
    expect(checkSplitShares([70, 50], 2)?.reason).toBe(InputReason.PARENT_SPLIT_SUM);
    expect(checkSplitShares([33.5, 66.5], 2)?.reason).toBe(InputReason.PARENT_SPLIT_SUM);
    expect(checkSplitShares([100], 2)?.reason).toBe(InputReason.SPLIT_LENGTH);
    expect(checkSplitShares([100, 0], 2)?.reason).toBe(InputReason.SPLIT_NOT_POSITIVE);
  });

  it('builds on one idea by extending it and on several by combining them', () => {
    expect(defaultRelation(1)).toBe('EXTENDS');
    expect(defaultRelation(2)).toBe('COMBINES');
    expect(defaultRelation(LIMITS.parents)).toBe('COMBINES');
  });

  it('reads tags as typed: split at commas and new lines, normalised, duplicates dropped in order', () => {
    expect(parseTagText('Night shift, parking ,\n #Wellbeing, night-shift,,')).toEqual(['night-shift', 'parking', 'wellbeing']);
  });

  it('collapses a title onto one line', () => {
    expect(normaliseTitle('  Hot\tmeals \n at  night ')).toBe('Hot meals at night');
  });

  it('names an API token by 1 to 100 characters', () => {
    expect(checkTokenName('')?.reason).toBe(InputReason.TOKEN_NAME);
    expect(checkTokenName('a'.repeat(LIMITS.tokenName))).toBeNull();
    expect(checkTokenName('a'.repeat(LIMITS.tokenName + 1))?.reason).toBe(InputReason.TOKEN_NAME);
  });

  it('gives API tokens 1 to 365 days and at least one scope', () => {
    for (const days of [1, LIMITS.tokenDaysDefault, LIMITS.tokenDaysMax]) expect(checkTokenExpiry(days)).toBeNull();
    for (const days of [0, -1, LIMITS.tokenDaysMax + 1, 1.5, Number.NaN]) expect(checkTokenExpiry(days)).toEqual({ field: 'expiresInDays', reason: InputReason.TOKEN_EXPIRY });
    expect(checkTokenScopes(['READ'])).toBeNull();
    expect(checkTokenScopes([])).toEqual({ field: 'scopes', reason: InputReason.TOKEN_SCOPES });
  });
});
