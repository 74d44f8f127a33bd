import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { requestEvents, serviceRequests, services, staffUsers } from '@/db/schema';
import { can, type Actor } from '@/lib/auth/authorize';
import { recordAudit } from '@/lib/audit/commands';
import { auditTrail, type AuditEntry } from '@/lib/audit/queries';
import { dueDate } from '@/lib/metrics/due-date';
import { targetInForce } from '@/lib/services/queries';
import { lockRequest } from './commands';
import type { StaffError } from './errors';

export type Reclassify = {
  trackingNumber: string;
  /** The row version the form was rendered with (optimistic concurrency). */
  version: number;
  /** The service the request belongs under. */
  serviceCode: string;
  /** Why (staff only: the timeline's internal note and the audit). */
  reason: string;
};

/** Codes from the console's one list of refusals (lib/staff/errors.ts), so each has a message. */
export type ReclassifyError = Extract<
  StaffError,
  | 'notFound' // or not the actor's to see: the two are not told apart
  | 'forbidden'
  | 'illegal' // closed: reopen it first
  | 'serviceUnknown' // no such service, or no longer offered
  | 'serviceSame'
>;

export type ReclassifyResult =
  | {
      ok: true;
      version: number;
      /** Whether the actor may still see it (it may have moved to another agency's queue). */
      visible: boolean;
    }
  | { ok: false; error: ReclassifyError }
  | { ok: false; error: 'conflict'; changes: AuditEntry[] };

/**
 * Moves a misrouted request to the service it belongs under, which may be another agency's —
 * instead of closing it as "referred", which would drop it from the figures. The request keeps
 * its number, history and residents; its due date becomes the new service's, computed as if it
 * had been made under it (the new service's target in force when it was made, from that time:
 * lib/requests/commands.ts does the same at creation), so the new agency is judged on its own
 * target. It then counts under its new service everywhere (the figures read the current
 * service), and as "reclassified" (the timeline event), never as referred.
 *
 * Allowed to whoever may work it in its current agency, on an open request. Someone assigned in
 * the old agency cannot work it in the new one: a move to another agency unassigns it.
 */
export async function reclassifyRequest(
  actor: Actor,
  input: Reclassify,
  now = new Date(),
): Promise<ReclassifyResult> {
  const db = await getDb();
  let requestId = 0;
  const result = await db.transaction(async (tx): Promise<ReclassifyResult> => {
    const r = await lockRequest(tx, input.trackingNumber);
    if (!r || !can(actor, 'request.view', r.agencyCode)) return { ok: false, error: 'notFound' };
    if (!can(actor, 'request.work', r.agencyCode)) return { ok: false, error: 'forbidden' };
    requestId = r.id;
    if (r.version !== input.version) return { ok: false, error: 'conflict', changes: [] };
    if (r.status === 'closed') return { ok: false, error: 'illegal' };

    const [to] = await tx
      .select({ code: services.code, agencyCode: services.agencyCode })
      .from(services)
      .where(and(eq(services.code, input.serviceCode), eq(services.active, true)));
    if (!to) return { ok: false, error: 'serviceUnknown' };
    if (to.code === r.serviceCode) return { ok: false, error: 'serviceSame' };

    const target = await targetInForce(to.code, r.createdAt, tx);
    const dueAt = target ? dueDate(r.createdAt, target) : null;
    const unassign = to.agencyCode !== r.agencyCode && r.assignedTo !== null;
    const version = r.version + 1;
    const [current] = await tx
      .select({ reclassifiedFrom: serviceRequests.reclassifiedFrom, dueAt: serviceRequests.dueAt })
      .from(serviceRequests)
      .where(eq(serviceRequests.id, r.id));
    await tx
      .update(serviceRequests)
      .set({
        serviceCode: to.code,
        dueAt,
        // The service residents first chose, kept through later moves.
        reclassifiedFrom: current.reclassifiedFrom ?? r.serviceCode,
        ...(unassign ? { assignedTo: null } : {}),
        version,
        updatedAt: now,
      })
      .where(eq(serviceRequests.id, r.id));
    // The metrics count these events (lib/metrics/aggregate.ts); the reason stays internal.
    await tx.insert(requestEvents).values({
      requestId: r.id,
      kind: 'reclassified',
      visibility: 'internal',
      body: input.reason,
      actorId: actor.id,
      createdAt: now,
    });

    const before: Record<string, unknown> = {
      serviceCode: r.serviceCode,
      agencyCode: r.agencyCode,
      dueAt: current.dueAt?.toISOString() ?? null,
    };
    const after: Record<string, unknown> = {
      serviceCode: to.code,
      agencyCode: to.agencyCode,
      dueAt: dueAt?.toISOString() ?? null,
      reason: input.reason,
    };
    if (unassign) {
      const [u] = await tx
        .select({ name: staffUsers.name })
        .from(staffUsers)
        .where(eq(staffUsers.id, r.assignedTo!));
      before.assigneeName = u?.name ?? null;
      after.assigneeName = null;
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'request.reclassify',
      entity: 'request',
      entityId: r.id,
      before,
      after,
      version,
    });
    return { ok: true, version, visible: can(actor, 'request.view', to.agencyCode) };
  });

  if (result.ok || result.error !== 'conflict') return result;
  // Someone else changed it first: nothing was written; here is what they did.
  return {
    ok: false,
    error: 'conflict',
    changes: await auditTrail('request', requestId, input.version),
  };
}
