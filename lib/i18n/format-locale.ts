/**
 * The one mapping from a route locale (the `[locale]` segment, what links and `<html lang>` use)
 * to the locale numbers, percentages, dates and times are formatted in. Every formatting site goes
 * through it: next-intl's translator and formatter (lib/i18n/request.ts), and our own Intl calls.
 *
 * It covers the seven languages of issue 14 even before each is registered in config.ts, so a new
 * locale formats right the day it is added. Why each choice:
 * - en → en-US: Baltimore's conventions (3.2 · 83.3% · 6:05 PM).
 * - es → es-US: US Spanish, as Baltimore's Spanish speakers read numbers and times on US papers
 *   (3.2 · 83.3% · 6:05 p.m.), not Spain's (3,2 · 83,3 % · 18:05). Same words and plural rules.
 * - zh → zh-Hans: Simplified Chinese, the script our Chinese text is written in; its numbers
 *   already look like US ones (3.2 · 83.3%). ICU has no zh-Hans-US data: it would fall back here.
 * - ko → ko: Korean numbers and 12-hour times (오후 6:05) already match US habits.
 * - fr → fr: ICU has no fr-US data (it falls back to fr); fr-CA writes times "18 h 05", which
 *   most of Baltimore's French speakers (West African, Haitian) do not. Decimal comma kept.
 * - ru → ru: there is no ru-US; Russian readers expect 3,2 and 18:05.
 * - ar → ar-u-nu-latn: Latin digits (0–9), as Arabic readers in Baltimore see on US documents,
 *   and the same digits as tracking numbers, street numbers and phone numbers on the same page.
 *   Said explicitly: some ICU versions and browsers default `ar` to Arabic-Indic digits (٣٫٢).
 */
export const formatLocales = {
  en: 'en-US',
  es: 'es-US',
  zh: 'zh-Hans',
  ko: 'ko',
  fr: 'fr',
  ru: 'ru',
  ar: 'ar-u-nu-latn',
} as const satisfies Record<string, string>;

export type FormattedLanguage = keyof typeof formatLocales;

/**
 * The formatting locale for a route locale. Anything else (already a formatting locale, or a
 * language outside the list) is returned unchanged, so calling it twice is harmless.
 */
export function formatLocale(locale: string): string {
  return Object.hasOwn(formatLocales, locale) ? formatLocales[locale as FormattedLanguage] : locale;
}

/** The route locale a formatting locale was made from (for loading that locale's messages). */
export function routeLocaleOf(locale: string): string {
  const found = Object.entries(formatLocales).find(([, f]) => f === locale);
  return found ? found[0] : locale;
}

/**
 * Several answers or items as the language lists them ("a, b and c"; "a、b和c"; "a وb وc"),
 * not joined with an English comma by hand.
 */
export function formatList(locale: string, items: string[]): string {
  return new Intl.ListFormat(formatLocale(locale), { type: 'conjunction' }).format(items);
}
