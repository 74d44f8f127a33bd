import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { outbox, serviceRequests, services } from '@/db/schema';
import { can, ForbiddenError, type Actor } from '@/lib/auth/authorize';
import { pick } from '@/lib/i18n/localized';
import { getService, servicesOfAgency } from '@/lib/services/queries';
import type { ServiceDetail } from '@/lib/services/types';
import { canTakeCalls } from './access';

function assertTakesCalls(actor: Actor) {
  if (!canTakeCalls(actor)) throw new ForbiddenError('request.work');
}

/** Every active service, by name: a caller's problem may be any agency's. */
export async function intakeServices(actor: Actor, locale: string) {
  assertTakesCalls(actor);
  return (await servicesOfAgency(null, locale)).map((s) => ({
    code: s.code,
    name: s.name,
    lang: s.nameLang,
  }));
}

/** The chosen service with its questions, or null when it is unknown or withdrawn. */
export async function intakeService(
  actor: Actor,
  code: string,
  locale: string,
): Promise<ServiceDetail | null> {
  assertTakesCalls(actor);
  return getService(code, locale);
}

export type IntakeConfirmation = {
  trackingNumber: string;
  serviceName: { text: string; lang: string };
  /** The confirmation queued for the caller (only with consent): how, and in which language. */
  message: { channel: 'email' | 'sms'; locale: string } | null;
  /** Whether this staff member may open it in the console (its agency's, or an admin). */
  canOpen: boolean;
};

/**
 * What the call taker reads back to the caller after creating a phoned-in request. Nothing
 * personal: the tracking number, the service and how the caller will hear (never the address).
 */
export async function intakeConfirmation(
  actor: Actor,
  trackingNumber: string,
  locale: string,
): Promise<IntakeConfirmation | null> {
  assertTakesCalls(actor);
  const db = await getDb();
  const [row] = await db
    .select({ id: serviceRequests.id, name: services.name, agencyCode: services.agencyCode })
    .from(serviceRequests)
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .where(
      and(eq(serviceRequests.trackingNumber, trackingNumber), eq(serviceRequests.channel, 'phone')),
    );
  if (!row) return null;
  const [message] = await db
    .select({ channel: outbox.channel, locale: outbox.locale })
    .from(outbox)
    .where(and(eq(outbox.requestId, row.id), eq(outbox.kind, 'confirmation')))
    .limit(1);
  return {
    trackingNumber,
    serviceName: pick(row.name, locale),
    message: message ?? null,
    canOpen: can(actor, 'request.view', row.agencyCode),
  };
}
