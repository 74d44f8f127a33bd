import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { staffUsers } from '@/db/schema';
import { ForbiddenError, type Actor } from '@/lib/auth/authorize';
import { isLocale } from '@/lib/i18n/config';
import { createServiceRequest } from '@/lib/requests/commands';
import { getService } from '@/lib/services/queries';
import { canTakeCalls } from './access';
import { parseIntake } from './schema';

export type IntakeResult =
  | { ok: true; trackingNumber: string; created: boolean }
  | { ok: false; errors: Record<string, string> };

/**
 * The actor as the database knows them now: an account that was disabled, or an actor that
 * never existed (a forged one), is nobody; the role and agency are the stored ones.
 */
async function currentActor(actor: Actor | null): Promise<Actor | null> {
  if (!actor || !Number.isSafeInteger(actor.id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: staffUsers.id, role: staffUsers.role, agencyCode: staffUsers.agencyCode })
    .from(staffUsers)
    .where(and(eq(staffUsers.id, actor.id), isNull(staffUsers.disabledAt)));
  return row ?? null;
}

/**
 * A request for a resident who phoned 311, entered by staff: the resident form's validation,
 * the one create path (idempotency key, due date, outbox confirmation) with channel `phone`, the
 * staff member named on its first event and in an audit row. Contact details are kept, and a
 * confirmation sent in the caller's language, only when the caller agreed to be contacted.
 * Anyone who may not take calls gets ForbiddenError (a forged post: the page is not offered).
 */
export async function createPhoneRequest(
  actor: Actor | null,
  serviceCode: string,
  values: Record<string, unknown>,
  { locale, now = new Date() }: { locale: string; now?: Date },
): Promise<IntakeResult> {
  const staff = await currentActor(actor);
  if (!canTakeCalls(staff)) throw new ForbiddenError('request.work');
  const service = await getService(serviceCode, locale);
  // Withdrawn while the form was open: the service is chosen again.
  if (!service) return { ok: false, errors: { service: 'intake.serviceGone' } };
  const parsed = parseIntake(values, service.attributes, now);
  if (!parsed.ok) return parsed;
  const { input, consent } = parsed;
  // The caller's language is the request's: the language its messages and page are in.
  const callerLocale = isLocale(input.contactLanguage) ? input.contactLanguage : locale;
  const kept = consent
    ? input
    : { ...input, contactName: '', contactEmail: '', contactPhone: '', consent: false };
  const created = await createServiceRequest({
    serviceCode: service.code,
    attributes: service.attributes,
    input: kept,
    locale: callerLocale,
    channel: 'phone',
    enteredBy: {
      actorId: staff.id,
      action: 'request.intake',
      after: {
        channel: 'phone',
        serviceCode: service.code,
        callerLanguage: input.contactLanguage,
        callerConsent: consent,
      },
    },
    now,
  });
  return { ok: true, ...created };
}
