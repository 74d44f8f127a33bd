import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/lib/db';
import {
  apiKeys,
  media,
  requestAnswers,
  requestContacts,
  requestEvents,
  serviceRequests,
  services,
  staffUsers,
} from '@/db/schema';
import type { EventVisibility, RequestStatus } from '@/db/schema/types';
import { can, type Actor } from '@/lib/auth/authorize';
import { auditTrail } from '@/lib/audit/queries';
import { getService } from '@/lib/services/queries';
import { pick } from '@/lib/i18n/localized';
import { formatList } from '@/lib/i18n/format-locale';

export type StaffEvent = {
  id: number;
  kind: string;
  toStatus: RequestStatus | null;
  visibility: EventVisibility;
  body: string | null;
  actorName: string | null;
  at: Date;
};

/**
 * Everything staff see about one request, personal data included. Returns null both when it does
 * not exist and when the actor may not see it (another agency), so a URL reveals nothing.
 */
export async function getStaffRequest(actor: Actor, trackingNumber: string, locale: string) {
  const db = await getDb();
  const parent = alias(serviceRequests, 'parent');
  const [row] = await db
    .select({
      r: serviceRequests,
      agencyCode: services.agencyCode,
      serviceName: services.name,
      parentNumber: parent.trackingNumber,
      apiClient: apiKeys.name,
    })
    .from(serviceRequests)
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .leftJoin(parent, eq(parent.id, serviceRequests.duplicateOf))
    .leftJoin(apiKeys, eq(apiKeys.id, serviceRequests.apiKeyId))
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
  if (!row || !can(actor, 'request.view', row.agencyCode)) return null;
  const id = row.r.id;

  const [service, answers, [contact], photos, events, duplicates, staff, audit] = await Promise.all(
    [
      getService(row.r.serviceCode, locale),
      db.select().from(requestAnswers).where(eq(requestAnswers.requestId, id)),
      db.select().from(requestContacts).where(eq(requestContacts.requestId, id)),
      db
        .select({ id: media.id, width: media.width, height: media.height })
        .from(media)
        .where(eq(media.requestId, id)),
      db
        .select({
          id: requestEvents.id,
          kind: requestEvents.kind,
          toStatus: requestEvents.toStatus,
          visibility: requestEvents.visibility,
          body: requestEvents.body,
          actorName: staffUsers.name,
          at: requestEvents.createdAt,
        })
        .from(requestEvents)
        .leftJoin(staffUsers, eq(staffUsers.id, requestEvents.actorId))
        .where(eq(requestEvents.requestId, id))
        .orderBy(asc(requestEvents.createdAt), asc(requestEvents.id)),
      db
        .select({ trackingNumber: serviceRequests.trackingNumber })
        .from(serviceRequests)
        .where(eq(serviceRequests.duplicateOf, id))
        .orderBy(asc(serviceRequests.id)),
      agencyStaff(row.agencyCode),
      auditTrail('request', id),
    ],
  );

  // A request moved to another service (lib/staff/reclassify.ts) keeps the answers it was sent
  // with: they are the first service's questions.
  const first = row.r.reclassifiedFrom ? await getService(row.r.reclassifiedFrom, locale) : null;
  const questions = [...(service?.attributes ?? []), ...(first?.attributes ?? [])];
  const answerViews = answers
    .map((a) => {
      const q = questions.find((x) => x.code === a.attributeCode);
      const label = (key: string) => q?.values.find((v) => v.key === key)?.label ?? key;
      return {
        code: a.attributeCode,
        question: q?.label ?? a.attributeCode,
        order: q?.order ?? 999,
        answer: Array.isArray(a.value)
          ? formatList(locale, a.value.map(label))
          : q?.values.length
            ? label(a.value)
            : a.value,
      };
    })
    .sort((a, b) => a.order - b.order);

  const assignee = staff.find((s) => s.id === row.r.assignedTo) ?? null;
  return {
    ...row.r,
    agencyCode: row.agencyCode,
    serviceName: pick(row.serviceName, locale),
    parentNumber: row.parentNumber,
    apiClient: row.apiClient,
    answers: answerViews,
    contact: contact ?? null,
    photos,
    events: events as StaffEvent[],
    duplicates: duplicates.map((d) => d.trackingNumber),
    /** Who it can be assigned to: active staff of the request's agency. */
    staff,
    assignee,
    audit,
  };
}

export type StaffRequest = NonNullable<Awaited<ReturnType<typeof getStaffRequest>>>;

/** Active agents and supervisors of an agency (admins belong to none). */
export async function agencyStaff(agencyCode: string) {
  const db = await getDb();
  return db
    .select({ id: staffUsers.id, name: staffUsers.name })
    .from(staffUsers)
    .where(and(eq(staffUsers.agencyCode, agencyCode), isNull(staffUsers.disabledAt)))
    .orderBy(asc(staffUsers.name));
}

/** A photo for staff: only if the actor may see the request it belongs to. */
export async function getStaffPhoto(actor: Actor, mediaId: string) {
  if (!/^[a-f0-9]{32}$/.test(mediaId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      storageKey: media.storageKey,
      contentType: media.contentType,
      agencyCode: services.agencyCode,
    })
    .from(media)
    .innerJoin(serviceRequests, eq(serviceRequests.id, media.requestId))
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .where(eq(media.id, mediaId));
  if (!row || !can(actor, 'request.view', row.agencyCode)) return null;
  return row;
}
