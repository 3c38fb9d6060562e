import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type Messages } from './en.ts';
import { hi } from './hi.ts';

export const LANGUAGES = ['en', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

const DICTIONARIES: Record<Language, Messages> = { en, hi };
/** BCP 47 tags for Intl formatting; hi-IN keeps Latin digits, as NTA papers do. */
const LOCALES: Record<Language, string> = { en: 'en-IN', hi: 'hi-IN' };
const STORAGE_KEY = 'cr.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function initialLanguage(): Language {
  const stored = safeGet(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

interface I18n {
  lang: Language;
  t: Messages;
  locale: string;
  setLang: (lang: Language) => void;
  formatDate: (iso: string) => string;
  formatNumber: (n: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * Intl formatters, made on first use and kept per locale. Creating them is costly the first time
 * (the ICU locale data is set up): made eagerly in the provider, they were ~130 ms of the first
 * screen's longest task at 4x CPU, for a sign-in screen that formats no date or number.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) cache.set(locale, (value = make()));
  return value;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode without storage: the choice lasts for this visit only.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const locale = LOCALES[lang];
    return {
      lang,
      t: DICTIONARIES[lang],
      locale,
      setLang,
      // Dates from the API are calendar days (YYYY-MM-DD) or UTC instants; show them in UTC so a
      // date never shifts by a day across time zones.
      formatDate: (iso) => {
        const ms = Date.parse(iso);
        if (Number.isNaN(ms)) return iso;
        const dates = cached(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
        return dates.format(ms);
      },
      formatNumber: (n) => cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(n),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
