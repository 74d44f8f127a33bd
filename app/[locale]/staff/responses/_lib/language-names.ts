import { formatLocale } from '@/lib/i18n/format-locale';

/**
 * A language's name in the reader's language ("Chinese" on English pages, "chino" on Spanish
 * ones), from ICU, so a new locale needs no new message. Messages use it as `{language}` in
 * phrasings that take the name as it comes (Russian: "Сообщение (китайский)").
 */
export function languageNames(reader: string): (lang: string) => string {
  const names = new Intl.DisplayNames([formatLocale(reader)], { type: 'language' });
  return (lang) => names.of(lang) ?? lang;
}
