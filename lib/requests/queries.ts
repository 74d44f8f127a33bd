import 'server-only';
import { and, asc, count, eq, gte, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/lib/db';
import { media, requestEvents, serviceRequests, services } from '@/db/schema';
import type { Channel, CloseReason, RequestStatus } from '@/db/schema/types';
import { pick } from '@/lib/i18n/localized';
import { closingMessages } from './closing-messages';
import { blockOf, distanceMeters, NEARBY_DAYS, NEARBY_METERS } from './same-place';

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
  /** What the resident wrote, as plain text (never rendered as markup). */
  description: string;
  status: RequestStatus;
  closeReason: CloseReason | null;
  /** Closed as referred: the organisation staff passed it to. */
  referredTo: string | null;
  /** What staff wrote when they closed it ("what was done"), kept whatever notes come later. */
  closingMessage: string | null;
  /** A public note written after the closure, if any: the latest one. */
  laterNote: string | null;
  address: string;
  zip: string | null;
  lat: number | null;
  long: number | null;
  /** A landmark the resident added ("opposite the library"). */
  locationNote: string | null;
  createdAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  /** Closed as a duplicate: the request the work continues on. */
  duplicateOf: string | null;
  /** How it was reported (web, an app, a call to 311): public, it names nobody. */
  channel: Channel;
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
  const closed = row.r.status === 'closed';
  const outcome = closed ? closingMessages(events) : { closingMessage: null, laterNote: null };
  return {
    trackingNumber: row.r.trackingNumber,
    serviceCode: row.s.code,
    serviceName: name.text,
    serviceNameLang: name.lang,
    serviceExpect: pick(row.s.expect, locale).text,
    description: row.r.description,
    status: row.r.status,
    closeReason: row.r.closeReason,
    referredTo: closed && row.r.closeReason === 'referred' ? row.r.referredTo : null,
    ...outcome,
    address: row.r.address,
    zip: row.r.zip,
    lat: row.r.lat,
    long: row.r.long,
    locationNote: row.r.locationNote,
    createdAt: row.r.createdAt,
    dueAt: row.r.dueAt,
    closedAt: row.r.closedAt,
    duplicateOf: row.parent,
    channel: row.r.channel,
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

/** An open request a resident may be about to report again (public facts only). */
export type NearbyRequest = {
  trackingNumber: string;
  status: RequestStatus;
  address: string;
  createdAt: Date;
  /** Metres from the resident's position, when both have coordinates. */
  meters: number | null;
};

/**
 * "Already reported?": open requests of the same service from the last NEARBY_DAYS days within
 * NEARBY_METERS of the position, or on the same block of the same street. Nearest (then newest)
 * first, at most `limit`. One indexed query (service, created_at); the place is judged here.
 */
export async function openRequestsNearby(
  where: { serviceCode: string; lat?: number | null; long?: number | null; address?: string },
  now = new Date(),
  limit = 5,
): Promise<NearbyRequest[]> {
  const db = await getDb();
  const rows = await db
    .select({
      trackingNumber: serviceRequests.trackingNumber,
      status: serviceRequests.status,
      address: serviceRequests.address,
      lat: serviceRequests.lat,
      long: serviceRequests.long,
      createdAt: serviceRequests.createdAt,
    })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.serviceCode, where.serviceCode),
        ne(serviceRequests.status, 'closed'),
        gte(serviceRequests.createdAt, new Date(+now - NEARBY_DAYS * 86_400_000)),
      ),
    );
  const here =
    where.lat != null && where.long != null ? { lat: where.lat, long: where.long } : null;
  const block = where.address ? blockOf(where.address) : null;
  return rows
    .map((r) => ({
      r,
      meters:
        here && r.lat != null && r.long != null
          ? distanceMeters(here, { lat: r.lat, long: r.long })
          : null,
    }))
    .filter(
      ({ r, meters }) =>
        (meters !== null && meters <= NEARBY_METERS) ||
        (block !== null && blockOf(r.address) === block),
    )
    .sort(
      (a, b) => (a.meters ?? Infinity) - (b.meters ?? Infinity) || +b.r.createdAt - +a.r.createdAt,
    )
    .slice(0, limit)
    .map(({ r, meters }) => ({
      trackingNumber: r.trackingNumber,
      status: r.status,
      address: r.address,
      createdAt: r.createdAt,
      meters: meters === null ? null : Math.round(meters),
    }));
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
