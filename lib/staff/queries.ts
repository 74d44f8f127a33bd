import 'server-only';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  isNull,
  lt,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { serviceRequests, services, staffUsers } from '@/db/schema';
import type { RequestStatus } from '@/db/schema/types';
import { assertCan, type Actor } from '@/lib/auth/authorize';
import { CITY_TIME_ZONE } from '@/lib/metrics/fiscal-year';
import type { QueueFilters } from './queue-filters';

export const PAGE_SIZE = 25;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The triage queue, scoped in the query itself to the requests the actor may see (their
 * agency, or all for admins): no page can forget the check.
 */
export async function listQueue(actor: Actor, f: QueueFilters, now = new Date()) {
  assertCan(actor, 'request.view');
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
  const filtered = [...scope, ...(f.status ? [eq(serviceRequests.status, f.status)] : [])];
  const order =
    f.sort === 'oldest'
      ? [asc(serviceRequests.createdAt), asc(serviceRequests.id)]
      : f.sort === 'due'
        ? [sql`${serviceRequests.dueAt} asc nulls last`, asc(serviceRequests.id)]
        : [desc(serviceRequests.createdAt), desc(serviceRequests.id)];

  const db = await getDb();
  const base = () =>
    db
      .select({
        trackingNumber: serviceRequests.trackingNumber,
        serviceCode: serviceRequests.serviceCode,
        serviceName: services.name,
        status: serviceRequests.status,
        address: serviceRequests.address,
        zip: serviceRequests.zip,
        createdAt: serviceRequests.createdAt,
        dueAt: serviceRequests.dueAt,
        version: serviceRequests.version,
        assignee: staffUsers.name,
      })
      .from(serviceRequests)
      .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
      .leftJoin(staffUsers, eq(staffUsers.id, serviceRequests.assignedTo));
  const [rows, [{ total }], byStatus] = await Promise.all([
    base()
      .where(and(...filtered))
      .orderBy(...order)
      .limit(PAGE_SIZE)
      .offset((f.page - 1) * PAGE_SIZE),
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
    rows: rows.map((r) => ({
      ...r,
      overdue: r.status !== 'closed' && r.dueAt !== null && r.dueAt < now,
    })),
    total,
    counts,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
