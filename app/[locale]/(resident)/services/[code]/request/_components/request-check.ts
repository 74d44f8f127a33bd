import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { formValues } from '@/lib/requests/form-data';
import { requestSchema } from '@/lib/requests/schema';
import type { AttributeView } from '@/lib/services/types';

/**
 * The server action's own check (actions.ts), run in the browser before the form is sent:
 * the same reading of the form data and the same zod schema, through react-hook-form's zod
 * resolver, so the two cannot disagree. A module of its own, imported on demand by
 * QuestionsForm: zod and the resolver (about 20 KB gzip) load as the resident starts
 * answering, not with the page (first-load budget, scripts/check-budgets.mjs). The form's
 * fields are plain elements read through FormData (the no-JavaScript form, unchanged), so the
 * form itself needs no useForm state. Field → Validation message key; empty when all is well.
 */
export async function checkAnswers(
  data: FormData,
  attributes: AttributeView[],
): Promise<Record<string, string>> {
  const resolve = zodResolver(requestSchema(attributes)) as unknown as Resolver<FieldValues>;
  const { errors } = await resolve(formValues(data, attributes), undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  const out: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors)) {
    const message = firstMessage(error as FieldErrors[string]);
    if (message) out[field === 'mediaIds' ? 'photo' : field] = message;
  }
  return out;
}

/** The resolver nests errors by path (mediaIds.0); the form shows one message per field. */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { message } = error as { message?: unknown };
  if (typeof message === 'string' && message) return message;
  for (const [key, value] of Object.entries(error)) {
    if (key === 'ref' || key === 'types') continue;
    const found = firstMessage(value);
    if (found) return found;
  }
  return undefined;
}
