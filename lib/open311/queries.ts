import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import {
  agencies,
  categories,
  requestEvents,
  serviceAttributes,
  serviceRequests,
  services,
} from '@/db/schema';
import type { CloseReason, RequestStatus } from '@/db/schema/types';

/** Open311 speaks English unless a client asks otherwise (extension: `locale`). */
const text = (map: Record<string, string | undefined>, locale: string) =>
  map[locale] ?? map.en ?? '';

export async function open311Services(locale: string) {
  const db = await getDb();
  const rows = await db
    .select({ s: services, agency: agencies.name, group: categories.name })
    .from(services)
    .innerJoin(agencies, eq(agencies.code, services.agencyCode))
    .innerJoin(categories, eq(categories.code, services.categoryCode))
    .where(eq(services.active, true))
    .orderBy(asc(services.code));
  const withAttributes = new Set(
    (await db.selectDistinct({ code: serviceAttributes.serviceCode }).from(serviceAttributes)).map(
      (r) => r.code,
    ),
  );
  return rows.map(({ s, group }) => ({
    service_code: s.code,
    service_name: text(s.name, locale),
    description: text(s.description, locale),
    metadata: withAttributes.has(s.code),
    type: 'realtime',
    keywords: (s.keywords[locale] ?? s.keywords.en).join(','),
    group: text(group, locale),
  }));
}

export async function open311ServiceDefinition(code: string, locale: string) {
  const db = await getDb();
  const [service] = await db
    .select({ code: services.code })
    .from(services)
    .where(and(eq(services.code, code), eq(services.active, true)));
  if (!service) return null;
  const attrs = await db
    .select()
    .from(serviceAttributes)
    .where(eq(serviceAttributes.serviceCode, code))
    .orderBy(asc(serviceAttributes.order));
  return {
    service_code: code,
    attributes: attrs.map((a) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: a.hint ? text(a.hint, locale) : '',
      order: a.order,
      description: text(a.description, locale),
      ...(a.values.length
        ? { values: a.values.map((v) => ({ key: v.key, name: text(v.name, locale) })) }
        : {}),
    })),
  };
}

export type RequestFilter = {
  ids?: string[];
  codes?: string[];
  start?: Date;
  end?: Date;
  status?: 'open' | 'closed';
  limit: number;
  offset: number;
};

const open311Status = (s: RequestStatus) => (s === 'closed' ? 'closed' : 'open');
const iso = (d: Date | null) => (d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : '');
const CLOSE_NOTES: Record<CloseReason, string> = {
  resolved: 'Resolved',
  duplicate: 'Closed as a duplicate of another request',
  referred: 'Referred to another organization',
  unable_to_locate: 'Could not find the problem',
  no_action_needed: 'No action needed',
};

/**
 * What residents' apps show under the status. Open: the latest public note. Closed: what staff
 * wrote when closing it (a later note does not replace the outcome), or the outcome in words; a
 * referral names where it went first.
 */
function statusNotes(
  r: { status: RequestStatus; closeReason: CloseReason | null; referredTo: string | null },
  latestNote: string | undefined,
  closingNote: string | undefined,
): string {
  if (r.status !== 'closed') return latestNote ?? '';
  const referral =
    r.closeReason === 'referred' && r.referredTo ? `Referred to ${r.referredTo}.` : null;
  if (referral) return closingNote ? `${referral} ${closingNote}` : referral;
  return closingNote ?? (r.closeReason ? CLOSE_NOTES[r.closeReason] : '');
}

/** Public request records: never any contact detail (they live in another table, not joined). */
export async function open311Requests(filter: RequestFilter, locale: string) {
  const db = await getDb();
  const where = filter.ids
    ? inArray(serviceRequests.trackingNumber, filter.ids)
    : and(
        filter.codes ? inArray(serviceRequests.serviceCode, filter.codes) : undefined,
        filter.start ? gte(serviceRequests.createdAt, filter.start) : undefined,
        filter.end ? lt(serviceRequests.createdAt, filter.end) : undefined,
        filter.status === 'closed' ? eq(serviceRequests.status, 'closed') : undefined,
        filter.status === 'open' ? sql`${serviceRequests.status} <> 'closed'` : undefined,
      );
  const rows = await db
    .select({ r: serviceRequests, name: services.name, agency: agencies.name })
    .from(serviceRequests)
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .innerJoin(agencies, eq(agencies.code, services.agencyCode))
    .where(where)
    .orderBy(desc(serviceRequests.createdAt), desc(serviceRequests.id))
    .limit(filter.limit)
    .offset(filter.offset);
  // The latest public note of each request, and the public message of its last closure.
  const latestOf = async (closing: boolean) => {
    const out = new Map<number, string>();
    if (!rows.length) return out;
    const found = await db
      .selectDistinctOn([requestEvents.requestId], {
        requestId: requestEvents.requestId,
        body: requestEvents.body,
      })
      .from(requestEvents)
      .where(
        and(
          inArray(
            requestEvents.requestId,
            rows.map((x) => x.r.id),
          ),
          eq(requestEvents.visibility, 'public'),
          closing ? eq(requestEvents.toStatus, 'closed') : isNotNull(requestEvents.body),
        ),
      )
      .orderBy(requestEvents.requestId, desc(requestEvents.createdAt), desc(requestEvents.id));
    for (const n of found) if (n.body) out.set(n.requestId, n.body);
    return out;
  };
  const [notes, closingNotes] = await Promise.all([latestOf(false), latestOf(true)]);
  return rows.map(({ r, name, agency }) => ({
    service_request_id: r.trackingNumber,
    status: open311Status(r.status),
    status_notes: statusNotes(r, notes.get(r.id), closingNotes.get(r.id)),
    service_name: text(name, locale),
    service_code: r.serviceCode,
    description: r.description,
    agency_responsible: text(agency, locale),
    service_notice: '',
    requested_datetime: iso(r.createdAt),
    updated_datetime: iso(r.updatedAt),
    expected_datetime: iso(r.dueAt),
    address: r.address,
    address_id: '',
    zipcode: r.zip ?? '',
    lat: r.lat ?? '',
    long: r.long ?? '',
    media_url: r.mediaUrl ?? '',
    // Extensions (clients ignore fields they do not know): when it was closed, and how.
    closed_datetime: r.status === 'closed' ? iso(r.closedAt) : '',
    close_reason: r.status === 'closed' ? (r.closeReason ?? '') : '',
  }));
}

/** FixMyStreet's update extension: the public timeline, by time. */
export async function open311Updates(
  start: Date,
  end: Date,
  page: { limit: number; offset: number },
) {
  const db = await getDb();
  const rows = await db
    .select({ e: requestEvents, tracking: serviceRequests.trackingNumber })
    .from(requestEvents)
    .innerJoin(serviceRequests, eq(serviceRequests.id, requestEvents.requestId))
    .where(
      and(
        eq(requestEvents.visibility, 'public'),
        gte(requestEvents.createdAt, start),
        lt(requestEvents.createdAt, end),
      ),
    )
    // A total order (id breaks ties), so pages neither repeat nor skip an update.
    .orderBy(asc(requestEvents.createdAt), asc(requestEvents.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map(({ e, tracking }) => ({
    update_id: String(e.id),
    service_request_id: tracking,
    status: e.toStatus === 'closed' ? 'closed' : 'open',
    updated_datetime: iso(e.createdAt),
    description:
      e.body ??
      (e.kind === 'submitted' ? 'Request received' : e.toStatus ? `Status: ${e.toStatus}` : ''),
    media_url: '',
  }));
}
