import 'server-only';
import type { AuditEntity } from '@/db/schema/audit';
import type { DbOrTx } from '@/db/client';
import { auditEvents } from '@/db/schema';

export type AuditInput = {
  actorId: number | null;
  action: string;
  entity: AuditEntity;
  entityId: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  version?: number | null;
  /**
   * When the change happened, for a change made at an instant the caller decides (a target set
   * "now" by the application's clock). Default: the database's clock.
   */
  at?: Date;
};

/** Call inside the transaction that makes the change, so there is no change without its record. */
export async function recordAudit(tx: DbOrTx, e: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    actorId: e.actorId,
    action: e.action,
    entity: e.entity,
    entityId: String(e.entityId),
    before: e.before ?? null,
    after: e.after ?? null,
    version: e.version ?? null,
    ...(e.at ? { createdAt: e.at } : {}),
  });
}

/** The fields of `after` that differ from `before`, each side limited to those fields. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    const old = before[k];
    const same = old instanceof Date && v instanceof Date ? +old === +v : old === v;
    if (!same) {
      b[k] = old instanceof Date ? old.toISOString() : (old ?? null);
      a[k] = v instanceof Date ? v.toISOString() : (v ?? null);
    }
  }
  return { before: b, after: a };
}
