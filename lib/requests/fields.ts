import { locales } from '@/lib/i18n/config';

/**
 * The request form's field names and choices, apart from its zod schema (schema.ts) so the
 * browser can name fields without downloading zod: the form loads the schema only when it
 * checks the answers (request/_components/request-resolver.ts).
 */
export const ATTR_PREFIX = 'attr__';
export const attrField = (code: string) => `${ATTR_PREFIX}${code}`;
export const contactLanguages = [...locales, 'other'] as const;
