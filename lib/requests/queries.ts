import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/lib/db';
import { media, requestEvents, serviceRequests, services } from '@/db/schema';
import type { CloseReason, RequestStatus } from '@/db/schema/types';
import { pick } from '@/lib/i18n/localized';

export type PublicEvent = {
  id: number;
  kind: string;
  toStatus: RequestStatus | null;
  body: string | null;
  at: Date;
};

/** What anyone with a tracking number may see: no contact details, no internal notes. */
export type PublicRequest = {
  trackingNumber: string;
  serviceCode: string;
  serviceName: string;
  serviceNameLang: string;
  serviceExpect: string;
  status: RequestStatus;
  closeReason: CloseReason | null;
  address: string;
  zip: string | null;
  lat: number | null;
  long: number | null;
  createdAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  /** Closed as a duplicate: the request the work continues on. */
  duplicateOf: string | null;
  events: PublicEvent[];
};

export async function getPublicRequest(
  trackingNumber: string,
  locale: string,
): Promise<PublicRequest | null> {
  const db = await getDb();
  const parent = alias(serviceRequests, 'parent');
  const [row] = await db
    .select({ r: serviceRequests, s: services, parent: parent.trackingNumber })
    .from(serviceRequests)
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .leftJoin(parent, eq(parent.id, serviceRequests.duplicateOf))
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
  if (!row) return null;
  const events = await db
    .select({
      id: requestEvents.id,
      kind: requestEvents.kind,
      toStatus: requestEvents.toStatus,
      body: requestEvents.body,
      at: requestEvents.createdAt,
    })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, row.r.id), eq(requestEvents.visibility, 'public')))
    .orderBy(asc(requestEvents.createdAt), asc(requestEvents.id));
  const name = pick(row.s.name, locale);
  return {
    trackingNumber: row.r.trackingNumber,
    serviceCode: row.s.code,
    serviceName: name.text,
    serviceNameLang: name.lang,
    serviceExpect: pick(row.s.expect, locale).text,
    status: row.r.status,
    closeReason: row.r.closeReason,
    address: row.r.address,
    zip: row.r.zip,
    lat: row.r.lat,
    long: row.r.long,
    createdAt: row.r.createdAt,
    dueAt: row.r.dueAt,
    closedAt: row.r.closedAt,
    duplicateOf: row.parent,
    events,
  };
}

/** How many requests a form (by its idempotency key) created: 0 or 1. For end-to-end tests. */
export async function countRequestsForKey(idempotencyKey: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(serviceRequests)
    .where(eq(serviceRequests.idempotencyKey, idempotencyKey));
  return row.n;
}

/** Where a form's request was placed and how many photos it carries. For end-to-end tests. */
export async function requestPlaceForKey(idempotencyKey: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: serviceRequests.id,
      trackingNumber: serviceRequests.trackingNumber,
      address: serviceRequests.address,
      zip: serviceRequests.zip,
      lat: serviceRequests.lat,
      long: serviceRequests.long,
      locationNote: serviceRequests.locationNote,
    })
    .from(serviceRequests)
    .where(eq(serviceRequests.idempotencyKey, idempotencyKey));
  if (!row) return null;
  const [photos] = await db.select({ n: count() }).from(media).where(eq(media.requestId, row.id));
  const { trackingNumber, address, zip, lat, long, locationNote } = row;
  return { trackingNumber, address, zip, lat, long, locationNote, photos: photos.n };
}
