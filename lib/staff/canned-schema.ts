import * as z from 'zod/mini';
import { textField } from '@/lib/requests/schema';
import { CANNED_BODIES, type CannedBodyField } from './canned-fields';
import { NOTE_MAX } from './schema';

/**
 * The saved-response form (lib/staff/canned-commands.ts parses with it; the page's action posts
 * it as a plain form). Messages are keys in the Validation namespace (`canned.*`); the body keys
 * are the same for every language, the form names the language (`{language}`) per field. The
 * text goes to residents exactly like a public note, so it follows the note's rules: NOTE_MAX,
 * no markup. One body per locale of lib/i18n/config.ts (lib/staff/canned-fields.ts).
 */
export const CANNED_TITLE_MAX = 80;
export const CANNED_BODY_MAX = NOTE_MAX;
const MARKUP = /<\s*[a-z!/?]/i;

// English is what every resident can fall back to: required. The other languages are optional.
const body = (required: boolean) =>
  textField(required ? 'canned.bodyRequired' : null, (v) =>
    v.length > CANNED_BODY_MAX ? 'canned.bodyTooLong' : MARKUP.test(v) ? 'canned.bodyMarkup' : null,
  );
const bodies = Object.fromEntries(
  CANNED_BODIES.map(({ field, required }) => [field, body(required)]),
) as Record<CannedBodyField, ReturnType<typeof body>>;

export const cannedSchema = z.object({
  title: textField('canned.titleRequired', (v) =>
    v.length > CANNED_TITLE_MAX
      ? 'canned.titleTooLong'
      : MARKUP.test(v)
        ? 'canned.titleMarkup'
        : null,
  ),
  ...bodies,
});
export type CannedValues = z.infer<typeof cannedSchema>;
