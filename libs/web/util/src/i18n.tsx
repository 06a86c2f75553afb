import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Reason } from '@kindling/shared/errors';
import { HIDDEN_TITLE, LIMITS } from '@kindling/shared/rules';
import { en, nl, type MessageKey } from './messages';

export type Locale = 'en' | 'nl';
export const LOCALES: readonly Locale[] = ['en', 'nl'];
const STORAGE_KEY = 'kindling.locale';
const tables: Record<Locale, Record<MessageKey, string>> = { en, nl };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Why something was refused, by a form or by the API (the same reasons, the same words), limits filled in. */
export function describeReason(t: Translate, reason: Reason): string {
  return t(`error.reason.${reason}`, LIMITS);
}

/** An idea's title as the reader sees it: the API's placeholder for a title a moderator withholds, in the reader's language. */
export function shownTitle(t: Translate, title: string): string {
  return title === HIDDEN_TITLE ? t('moderation.hiddenTitle') : title;
}

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** Intl tag for formatting: en-GB reads naturally to an international staff; nl-NL for Dutch. */
  intlLocale: string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  formatPercent: (percent: number, digits?: number) => string;
  formatDate: (value: string | Date) => string;
  formatRelative: (value: string | Date) => string;
}

/** Whether someone chose a language on this device (the switch stores it); if not, a signed-in person's stored language applies. */
export function hasLocalLocale(): boolean {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'nl';
  } catch {
    return false;
  }
}

function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'nl') return stored;
  } catch {
    /* storage may be blocked */
  }
  const nav = globalThis.navigator?.language ?? 'en';
  return nav.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function interpolate(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export function createI18n(locale: Locale, setLocale: (locale: Locale) => void = () => undefined): I18n {
  const table = tables[locale];
  const intlLocale = locale === 'nl' ? 'nl-NL' : 'en-GB';
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const formatNumber = (value: number, options?: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options ?? {});
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale, options)));
    return format.format(value);
  };
  const dateFormat = new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'short', year: 'numeric' });
  const relative = new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto' });
  const plurals = new Intl.PluralRules(intlLocale);
  return {
    locale,
    setLocale,
    intlLocale,
    t: (key, values) => {
      let template = table[key] ?? en[key] ?? key;
      // "one|other" messages pick their form by the language's plural rule for a numeric `count`
      if (template.includes('|')) {
        const [one, other] = template.split('|');
        template = typeof values?.count === 'number' && plurals.select(values.count) === 'one' ? one : other;
      }
      const formatted = values && Object.fromEntries(Object.entries(values).map(([name, v]) => [name, typeof v === 'number' ? formatNumber(v) : v]));
      return interpolate(template, formatted);
    },
    formatNumber,
    formatPercent: (percent, digits = 1) =>
      `${formatNumber(percent, { minimumFractionDigits: digits, maximumFractionDigits: digits })} %`,
    formatDate: (value) => dateFormat.format(new Date(value)),
    formatRelative: (value) => {
      const seconds = (new Date(value).getTime() - Date.now()) / 1000;
      const abs = Math.abs(seconds);
      if (abs < 60) return relative.format(Math.round(seconds), 'second');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      if (abs < 86_400 * 30) return relative.format(Math.round(seconds / 86_400), 'day');
      return dateFormat.format(new Date(value));
    },
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      /* ignore */
    }
  }, []);
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => createI18n(locale, setLocale), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
