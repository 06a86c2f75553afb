import { describe, expect, it } from '@jest/globals';
import { InputReason, REASON_CODES, type Reason } from '@kindling/shared/errors';
import { createI18n, describeReason } from './i18n';

describe('translations', () => {
  it('picks the singular or plural form by the language’s rule and formats the count', () => {
    const en = createI18n('en');
    expect(en.t('ties.buildOns', { count: 1 })).toBe('1 build-on');
    expect(en.t('ties.buildOns', { count: 2 })).toBe('2 build-ons');
    expect(en.t('ties.buildOns', { count: 0 })).toBe('0 build-ons');
    expect(en.t('feed.count', { count: 12_345 })).toBe('12,345 ideas');
    const nl = createI18n('nl');
    expect(nl.t('idea.comments', { count: 1 })).toBe('1 reactie');
    expect(nl.t('feed.count', { count: 12_345 })).toBe('12.345 ideeën');
  });

  it('leaves text values as given', () => {
    expect(createI18n('en').t('ties.last', { date: '5 Oct 2026' })).toBe('latest 5 Oct 2026');
  });

  it('words every refusal reason in both languages, with its limits filled in', () => {
    const en = createI18n('en');
    const nl = createI18n('nl');
    for (const reason of Object.keys(REASON_CODES) as Reason[]) {
      const english = describeReason(en.t, reason);
      const dutch = describeReason(nl.t, reason);
      expect({ reason, english, dutch }).toEqual({ reason, english: expect.not.stringMatching(/[{}]/), dutch: expect.not.stringMatching(/[{}]/) });
      expect(dutch).not.toBe(english);
    }
    expect(describeReason(nl.t, InputReason.TITLE_TOO_LONG)).toBe('Een titel heeft hoogstens 200 tekens.');
  });
});
