import 'server-only';
import type { AuditEntity } from '@/db/schema/audit';
import { and, asc, eq, gt } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { auditEvents, staffUsers } from '@/db/schema';

export type AuditEntry = {
  id: number;
  action: string;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  version: number | null;
  at: Date;
};

/**
 * The audit trail of one entity, oldest first; with `sinceVersion`, only what happened after the
 * version an editor had read. Callers authorize first (this is not a public read).
 */
export async function auditTrail(
  entity: AuditEntity,
  entityId: string | number,
  sinceVersion?: number,
): Promise<AuditEntry[]> {
  const db = await getDb();
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      actorName: staffUsers.name,
      before: auditEvents.before,
      after: auditEvents.after,
      version: auditEvents.version,
      at: auditEvents.createdAt,
    })
    .from(auditEvents)
    .leftJoin(staffUsers, eq(staffUsers.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entity, entity),
        eq(auditEvents.entityId, String(entityId)),
        sinceVersion === undefined ? undefined : gt(auditEvents.version, sinceVersion),
      ),
    )
    .orderBy(asc(auditEvents.id));
}
