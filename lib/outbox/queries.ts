import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { outbox, serviceRequests, services } from '@/db/schema';
import { assertCan, can, type Actor, type Permission } from '@/lib/auth/authorize';
import type { OutboxKind } from '@/db/schema/types';
import { outboxState, type OutboxState } from './delivery';
import { renderMessage, type RenderedMessage } from './render';

/**
 * Who reads the outbox: supervisors (their agency's requests) and admins (all). There is no
 * permission of its own yet; the messages are the satisfaction surveys behind the performance
 * figures, which are overseen by whoever sets the agency's targets.
 */
export const OUTBOX_PERMISSION: Permission = 'targets.edit';
export const OUTBOX_LIMIT = 100;

export function canReadOutbox(actor: Actor): boolean {
  return can(actor, OUTBOX_PERMISSION);
}

/** Whether e-mails leave this server at all (otherwise they wait in the console). */
export function emailDeliveryEnabled(): boolean {
  return Boolean(env().SMTP_URL);
}

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
  /** The message as it is (or would be) sent, link included. */
  message: RenderedMessage;
};

/**
 * The latest messages, newest first, with their text rendered for `baseUrl` (the origin staff
 * are using). Supervisors see those of their agency's requests; admins see every message.
 */
export async function listOutbox(actor: Actor, baseUrl: string): Promise<OutboxEntry[]> {
  assertCan(actor, OUTBOX_PERMISSION);
  const db = await getDb();
  const agencyOnly = actor.role === 'admin' ? undefined : actor.agencyCode;
  const base = db
    .select({
      row: outbox,
      trackingNumber: serviceRequests.trackingNumber,
      agencyCode: services.agencyCode,
    })
    .from(outbox)
    .leftJoin(serviceRequests, eq(serviceRequests.id, outbox.requestId))
    .leftJoin(services, eq(services.code, serviceRequests.serviceCode));
  // A supervisor without an agency (not something the console creates) sees nothing.
  const rows = await (
    agencyOnly !== undefined ? base.where(eq(services.agencyCode, agencyOnly ?? '')) : base
  )
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(OUTBOX_LIMIT);
  return Promise.all(
    rows
      // The query already limits a supervisor to the agency; this says it again per row.
      .filter((r) => actor.role === 'admin' || can(actor, OUTBOX_PERMISSION, r.agencyCode ?? ''))
      .map(async ({ row, trackingNumber }) => ({
        id: row.id,
        createdAt: row.createdAt,
        trackingNumber,
        kind: row.kind,
        channel: row.channel,
        recipient: row.recipient,
        state: outboxState(row),
        attempts: row.attempts,
        deliveredAt: row.deliveredAt,
        nextAttemptAt: row.nextAttemptAt,
        lastError: row.lastError,
        message: await renderMessage(row, baseUrl),
      })),
  );
}
