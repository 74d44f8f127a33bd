import 'server-only';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { serviceRequests, services, staffUsers } from '@/db/schema';
import { REQUEST_STATUSES, type RequestStatus } from '@/db/schema/types';
import { assertCan, type Actor } from '@/lib/auth/authorize';
import { CITY_TIME_ZONE } from '@/lib/metrics/fiscal-year';
import type { QueueFilters } from './queue-filters';

/** The most rows a CSV export holds: a filter wider than this is narrowed first. */
export const EXPORT_LIMIT = 10_000;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const OPEN = REQUEST_STATUSES.filter((s) => s !== 'closed');

/**
 * The conditions of a queue view. The first part (`scope`) limits it to the requests the actor
 * may see (their agency, or all for admins) in the query itself, so no page, export or
 * neighbour link can forget the check; `filtered` adds the status filter.
 */
function queueWhere(actor: Actor, f: QueueFilters, now: Date) {
  const scope: SQL[] = [];
  if (actor.role !== 'admin') scope.push(eq(services.agencyCode, actor.agencyCode ?? '-'));
  if (f.service) scope.push(eq(serviceRequests.serviceCode, f.service));
  if (f.overdue) scope.push(ne(serviceRequests.status, 'closed'), lt(serviceRequests.dueAt, now));
  if (f.assigned === 'me') scope.push(eq(serviceRequests.assignedTo, actor.id));
  if (f.assigned === 'none') scope.push(isNull(serviceRequests.assignedTo));
  if (f.zip) scope.push(eq(serviceRequests.zip, f.zip));
  if (f.from)
    scope.push(
      gte(serviceRequests.createdAt, sql`${f.from}::timestamp at time zone ${CITY_TIME_ZONE}`),
    );
  if (f.to)
    scope.push(
      lt(
        serviceRequests.createdAt,
        sql`(${f.to}::date + 1)::timestamp at time zone ${CITY_TIME_ZONE}`,
      ),
    );
  if (f.q) {
    const pattern = `%${likeEscape(f.q.trim())}%`;
    scope.push(
      or(
        ilike(serviceRequests.trackingNumber, pattern),
        ilike(serviceRequests.address, pattern),
        ilike(serviceRequests.description, pattern),
      )!,
    );
  }
  const status =
    f.status === 'all'
      ? []
      : f.status === 'open'
        ? [inArray(serviceRequests.status, OPEN)]
        : [eq(serviceRequests.status, f.status)];
  return { scope, filtered: [...scope, ...status] };
}

/**
 * `due` is time left: open requests before closed ones (a closure's target no longer matters),
 * then the earliest target first (so the most overdue lead), requests without one last.
 * Every order ends on the id, so pages and neighbours are stable.
 */
function queueOrder(f: QueueFilters): SQL[] {
  if (f.sort === 'oldest') return [asc(serviceRequests.createdAt), asc(serviceRequests.id)];
  if (f.sort === 'newest') return [desc(serviceRequests.createdAt), desc(serviceRequests.id)];
  return [
    sql`(${serviceRequests.status} = 'closed') asc`,
    sql`${serviceRequests.dueAt} asc nulls last`,
    asc(serviceRequests.id),
  ];
}

async function queueRows(actor: Actor, f: QueueFilters, now: Date, limit: number, offset = 0) {
  const db = await getDb();
  return db
    .select({
      trackingNumber: serviceRequests.trackingNumber,
      serviceCode: serviceRequests.serviceCode,
      serviceName: services.name,
      status: serviceRequests.status,
      closeReason: serviceRequests.closeReason,
      address: serviceRequests.address,
      zip: serviceRequests.zip,
      createdAt: serviceRequests.createdAt,
      dueAt: serviceRequests.dueAt,
      closedAt: serviceRequests.closedAt,
      version: serviceRequests.version,
      assignee: staffUsers.name,
    })
    .from(serviceRequests)
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .leftJoin(staffUsers, eq(staffUsers.id, serviceRequests.assignedTo))
    .where(and(...queueWhere(actor, f, now).filtered))
    .orderBy(...queueOrder(f))
    .limit(limit)
    .offset(offset);
}

const withOverdue = <R extends { status: RequestStatus; dueAt: Date | null }>(r: R, now: Date) => ({
  ...r,
  overdue: r.status !== 'closed' && r.dueAt !== null && r.dueAt < now,
});

/** One page of the triage queue, its total and the count per status (same scope). */
export async function listQueue(actor: Actor, f: QueueFilters, now = new Date()) {
  assertCan(actor, 'request.view');
  const { scope, filtered } = queueWhere(actor, f, now);
  const db = await getDb();
  const [rows, [{ total }], byStatus] = await Promise.all([
    queueRows(actor, f, now, f.size, (f.page - 1) * f.size),
    db
      .select({ total: count() })
      .from(serviceRequests)
      .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
      .where(and(...filtered)),
    db
      .select({ status: serviceRequests.status, n: count() })
      .from(serviceRequests)
      .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
      .where(and(...scope))
      .groupBy(serviceRequests.status),
  ]);
  const counts: Record<RequestStatus, number> = {
    new: 0,
    acknowledged: 0,
    in_progress: 0,
    closed: 0,
  };
  for (const s of byStatus) counts[s.status] = s.n;
  return {
    rows: rows.map((r) => withOverdue(r, now)),
    total,
    counts,
    pages: Math.max(1, Math.ceil(total / f.size)),
  };
}

/**
 * Every request of a queue view (no paging, at most EXPORT_LIMIT), for the CSV export. No
 * contact details: no permission grants them in bulk (lib/auth/authorize.ts).
 */
export async function exportQueue(actor: Actor, f: QueueFilters, now = new Date()) {
  assertCan(actor, 'request.view');
  const rows = await queueRows(actor, f, now, EXPORT_LIMIT + 1);
  return {
    rows: rows.slice(0, EXPORT_LIMIT).map((r) => withOverdue(r, now)),
    truncated: rows.length > EXPORT_LIMIT,
  };
}

/**
 * The requests before and after one in a queue view (same filters, same order, same scope),
 * for "Previous request" / "Next request" on the request page. Nulls at either end, or when
 * the request is not in the view (any more).
 */
export async function queueNeighbours(
  actor: Actor,
  f: QueueFilters,
  trackingNumber: string,
  now = new Date(),
): Promise<{ previous: string | null; next: string | null }> {
  assertCan(actor, 'request.view');
  const db = await getDb();
  const order = sql.join(queueOrder(f), sql`, `);
  const ranked = db
    .select({
      trackingNumber: serviceRequests.trackingNumber,
      previous: sql<
        string | null
      >`lag(${serviceRequests.trackingNumber}) over (order by ${order})`.as('previous'),
      next: sql<string | null>`lead(${serviceRequests.trackingNumber}) over (order by ${order})`.as(
        'next',
      ),
    })
    .from(serviceRequests)
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .where(and(...queueWhere(actor, f, now).filtered))
    .as('ranked');
  const [row] = await db
    .select({ previous: ranked.previous, next: ranked.next })
    .from(ranked)
    .where(eq(ranked.trackingNumber, trackingNumber));
  return { previous: row?.previous ?? null, next: row?.next ?? null };
}
