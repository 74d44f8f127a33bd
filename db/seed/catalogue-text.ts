/**
 * The catalogue's words, one file per language (locales/<locale>/catalogue.json) so translators
 * work in JSON rather than TypeScript. Every file is read through one schema; English must be
 * complete (it is every other language's fallback), other languages may lag a release behind —
 * `npm run check:i18n` is what insists they are complete before a merge.
 */
import * as z from 'zod/mini';
import type { LocalizedList, LocalizedText } from '../schema/types';
import { locales, type Locale } from '../../lib/i18n/config';
import en from '../../locales/en/catalogue.json';
import es from '../../locales/es/catalogue.json';
import zh from '../../locales/zh/catalogue.json';
import ko from '../../locales/ko/catalogue.json';
import fr from '../../locales/fr/catalogue.json';
import ru from '../../locales/ru/catalogue.json';
import ar from '../../locales/ar/catalogue.json';

const text = z.string().check(z.trim(), z.minLength(1));
const keywords = z.array(text);

export const catalogueTextSchema = z.strictObject({
  agencies: z.record(z.string(), z.strictObject({ name: text })),
  categories: z.record(z.string(), z.strictObject({ name: text, description: text })),
  services: z.record(
    z.string(),
    z.strictObject({
      name: text,
      description: text,
      /** What happens after a request (service page and confirmation). */
      expect: text,
      /** Words residents of this language type for the service: not a translation of English's. */
      keywords,
      questions: z.optional(
        z.record(
          z.string(),
          z.strictObject({
            question: text,
            hint: z.optional(text),
            options: z.optional(z.record(z.string(), text)),
          }),
        ),
      ),
    }),
  ),
  pointers: z.record(z.string(), z.strictObject({ title: text, body: text, call: text, keywords })),
});
export type CatalogueText = z.infer<typeof catalogueTextSchema>;

/** Adding a language: add its file here (and to lib/i18n/config.ts). */
const raw: Record<Locale, unknown> = { en, es, zh, ko, fr, ru, ar };

// Parsed once at start-up: a malformed translation file stops the server, not a resident's page.
export const catalogueText: Record<Locale, CatalogueText> = Object.fromEntries(
  locales.map((locale) => {
    const parsed = catalogueTextSchema.safeParse(raw[locale]);
    if (!parsed.success)
      throw new Error(`locales/${locale}/catalogue.json: ${z.prettifyError(parsed.error)}`);
    return [locale, parsed.data];
  }),
) as Record<Locale, CatalogueText>;

/**
 * One field in every language that has it. `where` names the field for the error English's
 * absence raises (a new service added to the shape but not to locales/en/catalogue.json).
 */
export function localized(
  where: string,
  get: (c: CatalogueText) => string | undefined,
): LocalizedText {
  const out: Record<string, string> = {};
  for (const locale of locales) {
    const value = get(catalogueText[locale]);
    if (value) out[locale] = value;
  }
  if (!out.en) throw new Error(`locales/en/catalogue.json has no text for ${where}`);
  return out as LocalizedText;
}

export function localizedList(
  where: string,
  get: (c: CatalogueText) => string[] | undefined,
): LocalizedList {
  const out: Record<string, string[]> = {};
  for (const locale of locales) {
    const value = get(catalogueText[locale]);
    if (value) out[locale] = value;
  }
  if (!out.en) throw new Error(`locales/en/catalogue.json has no keywords for ${where}`);
  return out as LocalizedList;
}
