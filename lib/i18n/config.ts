/**
 * Supported locales: the languages Baltimore's residents read besides English (Spanish, Chinese,
 * Korean, French, Russian, Arabic). Adding one: add it here, add locales/<code>/*.json and
 * catalogue.json (`npm run check:i18n` lists what is missing), and its files to
 * db/seed/catalogue-text.ts and lib/i18n/proxy-copy.ts (static imports). Right-to-left scripts
 * are handled by `dir` on <html>, logical CSS properties and the mirrored SGDS stylesheet.
 */
export const locales = ['en', 'es', 'zh', 'ko', 'fr', 'ru', 'ar'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language's own name for itself: what a reader of that language looks for. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  zh: '中文',
  ko: '한국어',
  fr: 'Français',
  ru: 'Русский',
  ar: 'العربية',
};

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur']);
export function localeDir(locale: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export const LOCALE_COOKIE = 'NEXT_LOCALE';
