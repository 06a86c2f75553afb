import { describe, expect, it } from '@jest/globals';
import { createI18n } from './i18n';

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
});
