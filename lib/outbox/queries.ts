import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { outbox, serviceRequests, services } from '@/db/schema';
import type { OutboxKind } from '@/db/schema/types';
import { assertCan, can, type Actor, type Permission } from '@/lib/auth/authorize';
import { outboxState, type OutboxState } from './delivery';

/**
 * Who reads the outbox: supervisors (their agency's requests) and admins (all), by a permission
 * of its own, so a change to who sets targets never changes who reads residents' messages.
 */
export const OUTBOX_PERMISSION: Permission = 'outbox.read';
export const OUTBOX_LIMIT = 100;

export function canReadOutbox(actor: Actor): boolean {
  return can(actor, OUTBOX_PERMISSION);
}

/** Whether e-mails go out over SMTP (otherwise they are written to files under DATA_DIR). */
export function emailDeliveryEnabled(): boolean {
  return Boolean(env().SMTP_URL);
}

/** Whether text messages go to an SMS provider (otherwise they are written to files). */
export function smsDeliveryEnabled(): boolean {
  return Boolean(env().SMS_API_URL);
}

/**
 * A message as staff see it: that it was sent, when, to whom and how — never its text or links.
 * The text holds the resident's survey and unsubscribe links, which are theirs alone (staff who
 * opened a survey link could answer it, and the answer would count in the public figures).
 */
export type OutboxEntry = {
  id: number;
  createdAt: Date;
  trackingNumber: string | null;
  kind: OutboxKind;
  channel: 'email' | 'sms';
  recipient: string;
  state: OutboxState;
  attempts: number;
  deliveredAt: Date | null;
  nextAttemptAt: Date;
  lastError: string | null;
};

const entryColumns = {
  row: outbox,
  trackingNumber: serviceRequests.trackingNumber,
  agencyCode: services.agencyCode,
};

function toEntry(r: {
  row: typeof outbox.$inferSelect;
  trackingNumber: string | null;
}): OutboxEntry {
  const { row } = r;
  return {
    id: row.id,
    createdAt: row.createdAt,
    trackingNumber: r.trackingNumber,
    kind: row.kind,
    channel: row.channel,
    recipient: row.recipient,
    state: outboxState(row),
    attempts: row.attempts,
    deliveredAt: row.deliveredAt,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
  };
}

/**
 * The latest messages, newest first. Supervisors see those of their agency's requests; admins
 * see every message.
 */
export async function listOutbox(actor: Actor): Promise<OutboxEntry[]> {
  assertCan(actor, OUTBOX_PERMISSION);
  const db = await getDb();
  const agencyOnly = actor.role === 'admin' ? undefined : actor.agencyCode;
  const base = db
    .select(entryColumns)
    .from(outbox)
    .leftJoin(serviceRequests, eq(serviceRequests.id, outbox.requestId))
    .leftJoin(services, eq(services.code, serviceRequests.serviceCode));
  // A supervisor without an agency (not something the console creates) sees nothing.
  const rows = await (
    agencyOnly !== undefined ? base.where(eq(services.agencyCode, agencyOnly ?? '')) : base
  )
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(OUTBOX_LIMIT);
  return (
    rows
      // The query already limits a supervisor to the agency; this says it again per row.
      .filter((r) => actor.role === 'admin' || can(actor, OUTBOX_PERMISSION, r.agencyCode ?? ''))
      .map(toEntry)
  );
}

/** The messages sent about one request, for the staff who may work it (else none). */
export async function requestMessages(
  actor: Actor,
  trackingNumber: string,
): Promise<OutboxEntry[]> {
  const db = await getDb();
  const rows = await db
    .select(entryColumns)
    .from(outbox)
    .innerJoin(serviceRequests, eq(serviceRequests.id, outbox.requestId))
    .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
    .where(and(eq(serviceRequests.trackingNumber, trackingNumber)))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(OUTBOX_LIMIT);
  return rows.filter((r) => can(actor, 'request.view', r.agencyCode ?? '')).map(toEntry);
}
