import { formValues } from '@/lib/requests/form-data';
import { fieldErrors, requestSchema } from '@/lib/requests/schema';
import type { AttributeView } from '@/lib/services/types';

/**
 * The server action's own check (actions.ts), run in the browser before the form is sent:
 * the same reading of the form data and the same zod schema, so the two cannot disagree.
 * A module of its own, imported on demand by QuestionsForm: zod (about 19 KB gzip) loads as
 * the resident starts answering, not with the page (first-load budget,
 * scripts/check-budgets.mjs). Field → Validation message key; empty when all is well.
 */
export function checkAnswers(data: FormData, attributes: AttributeView[]): Record<string, string> {
  const parsed = requestSchema(attributes).safeParse(formValues(data, attributes));
  if (parsed.success) return {};
  const { mediaIds, ...fields } = fieldErrors(parsed.error);
  return { ...fields, ...(mediaIds ? { photo: mediaIds } : {}) };
}
