import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import type { Tx } from '@/db/client';
import { requestEvents, serviceRequests, services, staffUsers } from '@/db/schema';
import type { CloseReason, RequestStatus } from '@/db/schema/types';
import { can, type Actor, type Permission } from '@/lib/auth/authorize';
import { diff, recordAudit } from '@/lib/audit/commands';
import { auditTrail, type AuditEntry } from '@/lib/audit/queries';
import { queueResidentMessages, SURVEYED_REASONS } from '@/lib/outbox/commands';
import { nudgeOutbox } from '@/lib/outbox/nudge';
import { moveSubscriptions } from '@/lib/subscriptions/commands';
import { canMove } from '@/lib/requests/status';
import type { StaffError } from './errors';
import { resolveCannedBody } from './canned';

export type RequestChange =
  | { kind: 'acknowledge' }
  | { kind: 'start' }
  | {
      kind: 'close';
      reason: Exclude<CloseReason, 'duplicate'>;
      publicNote?: string;
      /** Reason `referred`: the organisation it was passed to (shown to the resident). */
      referredTo?: string;
      /**
       * A saved response of the request's agency (lib/staff/canned.ts): its text, in the
       * resident's language, is the public note when none was typed.
       */
      cannedId?: number | null;
    }
  | { kind: 'merge'; parent: string }
  /** Why it is not finished: staff only (an internal note), and in the audit. */
  | { kind: 'reopen'; reason: string }
  | { kind: 'assign'; assigneeId: number | null };

/** Codes from the console's one list of refusals (lib/staff/errors.ts), so each has a message. */
export type ChangeError = Extract<
  StaffError,
  | 'notFound' // or not the actor's to see: the two are not told apart
  | 'forbidden'
  | 'illegal' // not possible from the request's current status
  | 'parentNotFound'
  | 'parentSelf'
  | 'parentClosed'
  | 'assigneeInvalid'
  | 'cannedNotFound'
>;

export type ChangeResult =
  | { ok: true; version: number }
  | { ok: false; error: ChangeError }
  /** Someone else changed it since `expectedVersion`: nothing was written; here is what they did. */
  | { ok: false; error: 'conflict'; changes: AuditEntry[] };

class Refused extends Error {
  constructor(readonly result: Exclude<ChangeResult, { ok: true }>) {
    super(result.error);
  }
}

export type Locked = {
  id: number;
  trackingNumber: string;
  agencyCode: string;
  status: RequestStatus;
  closeReason: CloseReason | null;
  referredTo: string | null;
  assignedTo: number | null;
  duplicateOf: number | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
  version: number;
  locale: string;
  serviceCode: string;
};

/** Reads and locks the row (FOR UPDATE) so the version check and the write are one step. */
export async function lockRequest(tx: Tx, trackingNumber: string): Promise<Locked | undefined> {
  const [row] = await tx
    .select({
      id: serviceRequests.id,
      trackingNumber: serviceRequests.trackingNumber,
      agencyCode: services.agencyCode,
      status: serviceRequests.status,
      closeReason: serviceRequests.closeReason,
      referredTo: serviceRequests.referredTo,
      assignedTo: serviceRequests.assignedTo,
      duplicateOf: serviceRequests.duplicateOf,
      createdAt: serviceRequests.createdAt,
      acknowledgedAt: serviceRequests.acknowledgedAt,
      closedAt: serviceRequests.closedAt,
      version: serviceRequests.version,
      locale: serviceRequests.locale,
      serviceCode: serviceRequests.serviceCode,
    })
    .from(serviceRequests)
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .where(eq(serviceRequests.trackingNumber, trackingNumber))
    .for('update', { of: serviceRequests });
  return row;
}

function permissionFor(actor: Actor, change: RequestChange): Permission {
  if (change.kind === 'reopen') return 'request.reopen';
  // Anyone who works requests may take one; giving it to someone else is a supervisor's call.
  if (change.kind === 'assign' && change.assigneeId !== actor.id) return 'request.assign';
  return 'request.work';
}

/**
 * Every state change a staff member makes to a request: authorization (role and agency), the
 * status machine, optimistic concurrency on `version`, the timeline event, the audit event and
 * any outbox message — in one transaction, so either all of it happens or none.
 */
export async function changeRequest(
  actor: Actor,
  trackingNumber: string,
  expectedVersion: number,
  change: RequestChange,
  now = new Date(),
): Promise<ChangeResult> {
  const db = await getDb();
  let requestId: number | undefined;
  let messages = 0;
  try {
    const result = await db.transaction(async (tx) => {
      const r = await lockRequest(tx, trackingNumber);
      if (!r || !can(actor, 'request.view', r.agencyCode))
        throw new Refused({ ok: false, error: 'notFound' });
      requestId = r.id;
      if (!can(actor, permissionFor(actor, change), r.agencyCode))
        throw new Refused({ ok: false, error: 'forbidden' });
      if (r.version !== expectedVersion)
        throw new Refused({ ok: false, error: 'conflict', changes: [] });

      const next: Partial<Locked> = {};
      let event: typeof requestEvents.$inferInsert | null = null;
      let parent: Locked | undefined;
      const move = (to: RequestStatus) => {
        if (!canMove(r.status, to)) throw new Refused({ ok: false, error: 'illegal' });
        next.status = to;
      };

      switch (change.kind) {
        case 'acknowledge':
          if (r.status !== 'new') throw new Refused({ ok: false, error: 'illegal' });
          move('acknowledged');
          next.acknowledgedAt = now;
          break;
        case 'start':
          move('in_progress');
          // Starting work is also the first response if nobody acknowledged it.
          next.acknowledgedAt = r.acknowledgedAt ?? now;
          break;
        case 'close':
          if (change.cannedId) {
            // Checked even when a message was typed: a forged id changes nothing.
            const canned = await resolveCannedBody(
              actor,
              r.agencyCode,
              change.cannedId,
              r.locale,
              tx,
            );
            if (!canned.ok) throw new Refused({ ok: false, error: canned.error });
            if (!change.publicNote) change = { ...change, publicNote: canned.body };
          }
          move('closed');
          next.closeReason = change.reason;
          if (change.reason === 'referred') next.referredTo = change.referredTo || null;
          next.closedAt = now;
          next.acknowledgedAt = r.acknowledgedAt ?? now;
          break;
        case 'merge': {
          if (change.parent === r.trackingNumber)
            throw new Refused({ ok: false, error: 'parentSelf' });
          parent = await lockRequest(tx, change.parent);
          if (!parent || !can(actor, 'request.view', parent.agencyCode))
            throw new Refused({ ok: false, error: 'parentNotFound' });
          if (parent.status === 'closed' && parent.closeReason === 'duplicate')
            throw new Refused({ ok: false, error: 'parentClosed' });
          move('closed');
          next.closeReason = 'duplicate';
          next.closedAt = now;
          next.duplicateOf = parent.id;
          next.acknowledgedAt = r.acknowledgedAt ?? now;
          break;
        }
        case 'reopen':
          if (r.status !== 'closed') throw new Refused({ ok: false, error: 'illegal' });
          move('acknowledged');
          next.closeReason = null;
          next.closedAt = null;
          next.duplicateOf = null;
          next.referredTo = null;
          break;
        case 'assign':
          if (change.assigneeId !== null) {
            const [u] = await tx
              .select({ id: staffUsers.id })
              .from(staffUsers)
              .where(
                and(
                  eq(staffUsers.id, change.assigneeId),
                  eq(staffUsers.agencyCode, r.agencyCode),
                  isNull(staffUsers.disabledAt),
                ),
              );
            if (!u) throw new Refused({ ok: false, error: 'assigneeInvalid' });
          }
          if (change.assigneeId === r.assignedTo)
            throw new Refused({ ok: false, error: 'illegal' });
          next.assignedTo = change.assigneeId;
          break;
      }

      const version = r.version + 1;
      const updated = await tx
        .update(serviceRequests)
        .set({ ...next, version, updatedAt: now })
        .where(and(eq(serviceRequests.id, r.id), eq(serviceRequests.version, expectedVersion)))
        .returning({ id: serviceRequests.id });
      // Cannot happen while the row is locked; kept so a future path without the lock stays safe.
      if (!updated.length) throw new Refused({ ok: false, error: 'conflict', changes: [] });

      if (next.status && next.status !== r.status) {
        event = {
          requestId: r.id,
          kind:
            change.kind === 'merge' ? 'merged' : change.kind === 'reopen' ? 'reopened' : 'status',
          fromStatus: r.status,
          toStatus: next.status,
          visibility: 'public',
          body: change.kind === 'close' ? change.publicNote || null : null,
          actorId: actor.id,
          createdAt: now,
        };
      } else if (change.kind === 'assign') {
        event = {
          requestId: r.id,
          kind: 'assigned',
          visibility: 'internal',
          body: null,
          actorId: actor.id,
          createdAt: now,
        };
      }
      if (event) await tx.insert(requestEvents).values(event);
      if (change.kind === 'reopen') {
        await tx.insert(requestEvents).values({
          requestId: r.id,
          kind: 'note',
          visibility: 'internal',
          body: change.reason,
          actorId: actor.id,
          createdAt: now,
        });
      }
      if (parent) {
        await tx.insert(requestEvents).values({
          requestId: parent.id,
          kind: 'duplicate_merged',
          visibility: 'internal',
          body: r.trackingNumber,
          actorId: actor.id,
          createdAt: now,
        });
      }

      const { before, after } = diff(r as unknown as Record<string, unknown>, next);
      if (change.kind === 'merge' && parent) after.duplicateOf = parent.trackingNumber;
      if (change.kind === 'close' && change.publicNote) after.publicNote = change.publicNote;
      if (change.kind === 'close' && change.cannedId) after.cannedResponseId = change.cannedId;
      if (change.kind === 'reopen') after.reason = change.reason;
      if (change.kind === 'assign') {
        // Names as they were at the time, so the trail reads well after people leave.
        const ids = [r.assignedTo, change.assigneeId].filter((x): x is number => x !== null);
        const names = ids.length
          ? await tx
              .select({ id: staffUsers.id, name: staffUsers.name })
              .from(staffUsers)
              .where(inArray(staffUsers.id, ids))
          : [];
        const nameOf = (id: number | null) => names.find((n) => n.id === id)?.name ?? null;
        before.assigneeName = nameOf(r.assignedTo);
        after.assigneeName = nameOf(change.assigneeId);
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: `request.${change.kind}`,
        entity: 'request',
        entityId: r.id,
        before,
        after,
        version,
      });

      messages += await queueMessagesFor(tx, r, change, parent, now);
      return { ok: true as const, version };
    });
    if (messages) nudgeOutbox();
    return result;
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    if (e.result.error === 'conflict' && requestId !== undefined) {
      return {
        ok: false,
        error: 'conflict',
        changes: await auditTrail('request', requestId, expectedVersion),
      };
    }
    return e.result;
  }
}

/**
 * What the residents who follow a request hear about a change (lib/outbox): its closure with
 * the outcome and staff's message (and, after a real outcome, the satisfaction survey), a merge
 * (which request now tracks the problem; their subscriptions move there), or a reopening.
 */
async function queueMessagesFor(
  tx: Tx,
  r: Locked,
  change: RequestChange,
  parent: Locked | undefined,
  now: Date,
): Promise<number> {
  const about = { id: r.id, trackingNumber: r.trackingNumber, serviceCode: r.serviceCode };
  switch (change.kind) {
    case 'close': {
      const extra: Record<string, string> = { reason: change.reason };
      if (change.publicNote) extra.message = change.publicNote;
      if (change.reason === 'referred' && change.referredTo) extra.referredTo = change.referredTo;
      const survey = SURVEYED_REASONS.includes(change.reason);
      return queueResidentMessages(tx, about, 'closed', extra, now, { survey });
    }
    case 'merge': {
      const n = await queueResidentMessages(
        tx,
        about,
        'merged',
        { parent: parent!.trackingNumber },
        now,
      );
      await moveSubscriptions(tx, r.id, parent!.id);
      return n;
    }
    case 'reopen':
      return queueResidentMessages(tx, about, 'reopened', {}, now);
    default:
      return 0;
  }
}

export type NoteResult =
  | { ok: true }
  | {
      ok: false;
      error: Extract<StaffError, 'notFound' | 'forbidden' | 'cannedNotFound' | 'noteRequired'>;
    };

/**
 * Notes add to the timeline without changing the request, so they take no version: two staff
 * writing notes at once both keep theirs. Public notes show on the tracking page.
 */
export async function addNote(
  actor: Actor,
  trackingNumber: string,
  visibility: 'public' | 'internal',
  body: string,
  now = new Date(),
  /** A saved response of the request's agency: its text (resident's language) when `body` is empty. */
  { cannedId }: { cannedId?: number | null } = {},
): Promise<NoteResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const r = await lockRequest(tx, trackingNumber);
    if (!r || !can(actor, 'request.view', r.agencyCode)) return { ok: false, error: 'notFound' };
    if (!can(actor, 'request.work', r.agencyCode)) return { ok: false, error: 'forbidden' };
    if (cannedId) {
      const canned = await resolveCannedBody(actor, r.agencyCode, cannedId, r.locale, tx);
      if (!canned.ok) return { ok: false, error: canned.error };
      body ||= canned.body;
    }
    if (!body) return { ok: false, error: 'noteRequired' };
    await tx.insert(requestEvents).values({
      requestId: r.id,
      kind: 'note',
      visibility,
      body,
      actorId: actor.id,
      createdAt: now,
    });
    await tx.update(serviceRequests).set({ updatedAt: now }).where(eq(serviceRequests.id, r.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: visibility === 'public' ? 'request.publicNote' : 'request.internalNote',
      entity: 'request',
      entityId: r.id,
      after: cannedId ? { body, cannedResponseId: cannedId } : { body },
      version: null,
    });
    return { ok: true };
  });
}

export type BulkResult = { done: string[]; conflicts: string[]; refused: string[] };

/**
 * Bulk acknowledge/assign/close from the queue: each request on its own transaction, each with
 * its version, through changeRequest, so each is authorized against its own agency (a forged
 * pick of another agency's request is refused, not changed), checked and audited one by one.
 */
export async function bulkChange(
  actor: Actor,
  picks: { trackingNumber: string; version: number }[],
  change: Extract<RequestChange, { kind: 'acknowledge' | 'assign' | 'close' }>,
  now = new Date(),
): Promise<BulkResult> {
  const out: BulkResult = { done: [], conflicts: [], refused: [] };
  for (const p of picks) {
    const r = await changeRequest(actor, p.trackingNumber, p.version, change, now);
    (r.ok ? out.done : r.error === 'conflict' ? out.conflicts : out.refused).push(p.trackingNumber);
  }
  return out;
}

/** The same note on each picked request (notes take no version: none is stale). */
export async function bulkNote(
  actor: Actor,
  trackingNumbers: string[],
  visibility: 'public' | 'internal',
  body: string,
  now = new Date(),
): Promise<BulkResult> {
  const out: BulkResult = { done: [], conflicts: [], refused: [] };
  for (const tn of trackingNumbers) {
    const r = await addNote(actor, tn, visibility, body, now);
    (r.ok ? out.done : out.refused).push(tn);
  }
  return out;
}
