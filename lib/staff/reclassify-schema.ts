import * as z from 'zod/mini';
import { textField } from '@/lib/requests/schema';
import { MARKUP, NOTE_MAX, target } from './schema';

/** Service codes are short catalogue keys (`TRM-Potholes`, `SW-Appliance (White Goods)`). */
const SERVICE_CODE_MAX = 100;

/**
 * "Move to another service": the service it belongs under and why. The reason follows the
 * notes' rules (it becomes an internal note on the timeline). Field names differ from the close
 * and reopen forms' (`reason`, `reopenReason`), which share the page.
 */
export const reclassifySchema = z.object({
  ...target,
  newService: textField('reclassify.serviceRequired', (v) =>
    v.length > SERVICE_CODE_MAX ? 'reclassify.serviceUnknown' : null,
  ),
  reclassifyReason: textField('reclassify.reasonRequired', (v) =>
    v.length > NOTE_MAX
      ? 'reclassify.reasonTooLong'
      : MARKUP.test(v)
        ? 'reclassify.reasonMarkup'
        : null,
  ),
});

/** Every message key the form and the command can show (Validation namespace). */
export const RECLASSIFY_ERROR_KEYS = [
  'reclassify.serviceRequired',
  'reclassify.serviceUnknown',
  'reclassify.serviceSame',
  'reclassify.reasonRequired',
  'reclassify.reasonTooLong',
  'reclassify.reasonMarkup',
] as const;
