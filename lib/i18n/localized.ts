import type { LocalizedList, LocalizedText } from '@/db/schema/types';

/**
 * Catalogue text in the reader's language, falling back to English. `lang` says which one was
 * used, so a fallback can be marked up with lang="en" for screen readers (WCAG 3.1.2).
 */
export function pick(text: LocalizedText, locale: string): { text: string; lang: string } {
  const own = text[locale];
  return own ? { text: own, lang: locale } : { text: text.en, lang: 'en' };
}

export function pickText(text: LocalizedText | null | undefined, locale: string): string {
  return text ? pick(text, locale).text : '';
}

export function pickList(list: LocalizedList, locale: string): string[] {
  return list[locale] ?? list.en;
}
