import * as z from 'zod/mini';
import { textField } from '@/lib/requests/schema';
import { staffErrorKey } from './errors';
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
  newService: textField(staffErrorKey('serviceRequired'), (v) =>
    v.length > SERVICE_CODE_MAX ? staffErrorKey('serviceUnknown') : null,
  ),
  reclassifyReason: textField(staffErrorKey('reclassifyReasonRequired'), (v) =>
    v.length > NOTE_MAX
      ? staffErrorKey('reclassifyReasonTooLong')
      : MARKUP.test(v)
        ? staffErrorKey('reclassifyReasonMarkup')
        : null,
  ),
});
