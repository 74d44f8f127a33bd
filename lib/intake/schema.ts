import * as z from 'zod/mini';
import type { AttributeView } from '@/lib/services/types';
import { fieldErrors, requestSchema, type RequestInput } from '@/lib/requests/schema';

/**
 * A phoned-in request is checked by the resident form's own schema (lib/requests/schema.ts), so
 * staff and residents cannot drift apart. This wrapper adds only what a call needs: whether the
 * caller agreed to be contacted, asked every time (yes or no, never assumed). Photos are not
 * taken on the phone: none is accepted, so no posted photo id can be claimed.
 */
export const CALLER_CONSENT = ['yes', 'no'] as const;

const callerSchema = z.object({
  callerConsent: z.enum(CALLER_CONSENT, 'intake.consentRequired'),
});

const CONTACT_FIELDS = ['contactName', 'contactEmail', 'contactPhone'] as const;
const given = (v: unknown) => typeof v === 'string' && v.trim() !== '';

export type IntakeParse =
  | { ok: true; input: RequestInput; consent: boolean }
  | { ok: false; errors: Record<string, string> };

/** The posted intake form → the request input, or field → Validation key (first per field). */
export function parseIntake(
  values: Record<string, unknown>,
  attributes: AttributeView[],
  now = new Date(),
): IntakeParse {
  const caller = callerSchema.safeParse(values);
  const consent = caller.success && caller.data.callerConsent === 'yes';
  const request = requestSchema(attributes, 'web', now).safeParse({
    ...values,
    // The resident form's "send me updates" is the caller's yes here: it asks for an email
    // or phone number to send them to (`consent.needsContact`), as on the web.
    consent: consent ? 'yes' : '',
    mediaIds: [],
  });
  const errors: Record<string, string> = request.success ? {} : fieldErrors(request.error);
  if (!caller.success) errors.callerConsent = 'intake.consentRequired';
  // Without consent nothing personal is kept: details typed anyway are refused, not dropped
  // unseen, so a mistaken "No" is caught while the caller is still on the line.
  else if (!consent && CONTACT_FIELDS.some((f) => given(values[f])))
    errors.callerConsent = 'intake.contactWithoutConsent';
  if (!request.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input: request.data, consent };
}
