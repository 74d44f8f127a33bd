/**
 * Supported locales. Adding one: add it here, add locales/<code>/*.json (the i18n check lists
 * what is missing) and, for catalogue text, its key in the jsonb maps. Right-to-left scripts
 * are handled by `dir` on <html> and logical CSS properties.
 */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language's own name for itself: what a reader of that language looks for. */
export const localeNames: Record<Locale, string> = { en: 'English', es: 'Español' };

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur']);
export function localeDir(locale: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export const LOCALE_COOKIE = 'NEXT_LOCALE';
