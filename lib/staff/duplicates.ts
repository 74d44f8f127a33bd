import 'server-only';
import { and, between, eq, gte, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { serviceRequests, services } from '@/db/schema';
import type { CloseReason, RequestStatus } from '@/db/schema/types';
import { can, type Actor } from '@/lib/auth/authorize';
import {
  blockOf,
  boxAround,
  distanceMeters,
  NEARBY_DAYS,
  NEARBY_METERS,
  sameBlock,
} from '@/lib/requests/same-place';
import { mergeDirection } from './merge-direction';

export const MAX_SUGGESTIONS = 5;

export type DuplicateSuggestion = {
  trackingNumber: string;
  /** Its row version: merging it into this request posts it (direction `from`). */
  version: number;
  status: RequestStatus;
  closeReason: CloseReason | null;
  address: string;
  zip: string | null;
  createdAt: Date;
  /** Metres between the two, when both have coordinates (else matched by block). */
  meters: number | null;
  /** `into`: merge the request on the page into this one; `from`: this one into it. */
  direction: 'into' | 'from';
};

/**
 * Likely duplicates of an open request, for staff to merge in one action: requests of the same
 * service within NEARBY_METERS (when both have coordinates) or on the same block of the same
 * street (lib/requests/same-place.ts) that are open, whatever their age (an old open report of
 * the same problem is the best one to keep), or were closed in the last NEARBY_DAYS days.
 * Requests closed as duplicates are left out: they are merged already (into this one or
 * another), and cannot take a merge. Nearest first, then oldest; at most MAX_SUGGESTIONS.
 *
 * Scoped in the query to what the actor may see (their agency, all for admins), like the queue.
 * Empty for a closed request or one the actor may not see.
 */
export async function suggestedDuplicates(
  actor: Actor,
  trackingNumber: string,
  now = new Date(),
): Promise<DuplicateSuggestion[]> {
  const db = await getDb();
  const [r] = await db
    .select({
      id: serviceRequests.id,
      serviceCode: serviceRequests.serviceCode,
      agencyCode: services.agencyCode,
      status: serviceRequests.status,
      address: serviceRequests.address,
      lat: serviceRequests.lat,
      long: serviceRequests.long,
      createdAt: serviceRequests.createdAt,
    })
    .from(serviceRequests)
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
  if (!r || r.status === 'closed' || !can(actor, 'request.view', r.agencyCode)) return [];

  const here = r.lat !== null && r.long !== null ? { lat: r.lat, long: r.long } : null;
  const block = blockOf(r.address);
  // Indexable pre-filters for the place (a box around the point, the house number's hundred);
  // the exact distance and the street's spelling are judged below.
  const place: SQL[] = [];
  if (here) {
    const box = boxAround(here, NEARBY_METERS);
    place.push(
      and(
        between(serviceRequests.lat, box.south, box.north),
        between(serviceRequests.long, box.west, box.east),
      )!,
    );
  }
  if (block) {
    const hundred = Number(block.split(' ')[0]);
    place.push(
      sql`substring(${serviceRequests.address} from '^\\s*(\\d{1,6})')::int between ${hundred} and ${hundred + 99}`,
    );
  }
  if (!place.length) return [];

  const scope: SQL[] = [
    eq(serviceRequests.serviceCode, r.serviceCode),
    ne(serviceRequests.id, r.id),
    sql`coalesce(${serviceRequests.closeReason}, '') <> 'duplicate'`,
    or(
      ne(serviceRequests.status, 'closed'),
      gte(serviceRequests.closedAt, new Date(+now - NEARBY_DAYS * 86_400_000)),
    )!,
    or(...place)!,
  ];
  if (actor.role !== 'admin') scope.push(eq(services.agencyCode, actor.agencyCode ?? '-'));

  const rows = await db
    .select({
      id: serviceRequests.id,
      trackingNumber: serviceRequests.trackingNumber,
      version: serviceRequests.version,
      status: serviceRequests.status,
      closeReason: serviceRequests.closeReason,
      address: serviceRequests.address,
      zip: serviceRequests.zip,
      lat: serviceRequests.lat,
      long: serviceRequests.long,
      createdAt: serviceRequests.createdAt,
    })
    .from(serviceRequests)
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .where(and(...scope));

  return rows
    .map((o) => ({
      o,
      meters:
        here && o.lat !== null && o.long !== null
          ? distanceMeters(here, { lat: o.lat, long: o.long })
          : null,
    }))
    .filter(
      ({ o, meters }) =>
        (meters !== null && meters <= NEARBY_METERS) || sameBlock(r.address, o.address),
    )
    .sort(
      (a, b) =>
        (a.meters ?? Infinity) - (b.meters ?? Infinity) ||
        +a.o.createdAt - +b.o.createdAt ||
        a.o.id - b.o.id,
    )
    .slice(0, MAX_SUGGESTIONS)
    .map(({ o, meters }) => ({
      trackingNumber: o.trackingNumber,
      version: o.version,
      status: o.status,
      closeReason: o.closeReason,
      address: o.address,
      zip: o.zip,
      createdAt: o.createdAt,
      meters: meters === null ? null : Math.round(meters),
      direction: mergeDirection(r, o),
    }));
}
