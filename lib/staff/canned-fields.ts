import type { LocalizedText } from '@/db/schema/types';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/config';

/**
 * The saved-response form's fields, built from the locale list so a new language gets its box
 * without code changes: one body per locale (`bodyEn`, `bodyEs`, `bodyZh`…). Client-safe (no
 * zod): the form imports it, the schema and the commands too. English (the default locale) is
 * required, the others optional; a resident whose language has no body gets the English one.
 */
export type CannedBodyField = `body${Capitalize<Locale>}`;

export const cannedBodyField = (locale: Locale) =>
  `body${locale[0].toUpperCase()}${locale.slice(1)}` as CannedBodyField;

/** Each locale with its field, English first (the locale list's order). */
export const CANNED_BODIES = locales.map((locale) => ({
  locale,
  field: cannedBodyField(locale),
  required: locale === defaultLocale,
}));

/** The form's fields, in the order the error summary lists them. */
export const CANNED_FIELDS = ['agency', 'title', ...CANNED_BODIES.map((b) => b.field)] as const;
export type CannedField = (typeof CANNED_FIELDS)[number];

export type CannedBodies = Record<CannedBodyField, string>;

/** The jsonb map the row stores: English always, other languages only when written. */
export function cannedBody(values: CannedBodies): LocalizedText {
  const body: LocalizedText = { en: values[cannedBodyField(defaultLocale)] };
  for (const { locale, field } of CANNED_BODIES) if (values[field]) body[locale] = values[field];
  return body;
}

/** The form's boxes for a stored body (empty where a language has no text). */
export function cannedBodyValues(body: LocalizedText): CannedBodies {
  return Object.fromEntries(
    CANNED_BODIES.map(({ locale, field }) => [field, body[locale] ?? '']),
  ) as CannedBodies;
}

/** The languages a stored body has text in, in the locale list's order. */
export const cannedLanguages = (body: LocalizedText): Locale[] =>
  locales.filter((l) => Boolean(body[l]));
