import * as z from 'zod/mini';
import { textField } from '@/lib/requests/schema';
import { NOTE_MAX } from './schema';

/**
 * The saved-response form (lib/staff/canned.ts parses with it; the page's action posts it as a
 * plain form). Messages are keys in the Validation namespace (`canned.*`). The text goes to
 * residents exactly like a public note, so it follows the note's rules: NOTE_MAX, no markup.
 */
export const CANNED_TITLE_MAX = 80;
export const CANNED_BODY_MAX = NOTE_MAX;
const MARKUP = /<\s*[a-z!/?]/i;

/** The form's fields, in the order the error summary lists them. */
export const CANNED_FIELDS = ['agency', 'title', 'bodyEn', 'bodyEs'] as const;
export type CannedField = (typeof CANNED_FIELDS)[number];

const body = (emptyKey: string | null, lang: 'En' | 'Es') =>
  textField(emptyKey, (v) =>
    v.length > CANNED_BODY_MAX
      ? `canned.body${lang}TooLong`
      : MARKUP.test(v)
        ? `canned.body${lang}Markup`
        : null,
  );

export const cannedSchema = z.object({
  title: textField('canned.titleRequired', (v) =>
    v.length > CANNED_TITLE_MAX
      ? 'canned.titleTooLong'
      : MARKUP.test(v)
        ? 'canned.titleMarkup'
        : null,
  ),
  // English is what every resident can fall back to: required. Spanish is optional.
  bodyEn: body('canned.bodyEnRequired', 'En'),
  bodyEs: body(null, 'Es'),
});
export type CannedValues = z.infer<typeof cannedSchema>;
