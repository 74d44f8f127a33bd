import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { outbox, requestSubscriptions, serviceRequests } from '@/db/schema';
import { getDb } from '@/lib/db';
import { isLocale, defaultLocale } from '@/lib/i18n/config';
import { nudgeOutbox } from '@/lib/outbox/nudge';

export type Channel = 'email' | 'sms';
export type Contact = { email?: string | null; phone?: string | null; language?: string | null };

/** 128 random bits, URL-safe: short enough for a text message, too long to guess. */
export const newUnsubscribeToken = () => randomBytes(16).toString('base64url');

/** A US phone number as a text-message provider wants it: +1 and ten digits. */
export function toE164(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `+1${digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits}`;
}

/**
 * Where updates go for a contact: e-mail when given (free, and room for the whole message),
 * otherwise a text message. Null when there is nowhere to send.
 */
export function channelFor(contact: Contact): { channel: Channel; recipient: string } | null {
  if (contact.email) return { channel: 'email', recipient: contact.email.trim() };
  if (contact.phone) return { channel: 'sms', recipient: toE164(contact.phone) };
  return null;
}

/** The language messages are written in: the one asked for, else the request's, else English. */
export function messageLocale(language: string | null | undefined, fallback: string): string {
  if (isLocale(language)) return language;
  return isLocale(fallback) ? fallback : defaultLocale;
}

/**
 * Subscribes a contact to a request's updates, in the caller's transaction. Subscribing again
 * (the same address on the same request) reactivates it and keeps its token. Returns the
 * subscription, or null when the contact has no address.
 */
export async function subscribe(
  tx: Tx,
  s: { requestId: number; contact: Contact; locale: string; role: 'requester' | 'follower' },
  now: Date,
): Promise<{ id: number; created: boolean } | null> {
  const to = channelFor(s.contact);
  if (!to) return null;
  const [row] = await tx
    .insert(requestSubscriptions)
    .values({
      requestId: s.requestId,
      ...to,
      locale: s.locale,
      role: s.role,
      unsubscribeToken: newUnsubscribeToken(),
      createdAt: now,
    })
    .onConflictDoUpdate({
      target: [
        requestSubscriptions.requestId,
        requestSubscriptions.channel,
        requestSubscriptions.recipient,
      ],
      set: { unsubscribedAt: null, locale: s.locale },
    })
    // xmax = 0 only for a row this statement inserted (PostgreSQL's insert-or-update tell).
    .returning({ id: requestSubscriptions.id, created: sql<boolean>`(xmax = 0)` });
  return row;
}

/**
 * A merged request's residents keep hearing about the problem: their subscriptions move to the
 * request it was merged into (unless that address already follows it).
 */
export async function moveSubscriptions(tx: Tx, fromId: number, toId: number): Promise<void> {
  await tx.execute(sql`
    update request_subscriptions s set request_id = ${toId}
    where s.request_id = ${fromId} and s.unsubscribed_at is null
      and not exists (select 1 from request_subscriptions t
        where t.request_id = ${toId} and t.channel = s.channel and t.recipient = s.recipient)`);
}

export type Unsubscribed = { trackingNumber: string; locale: string; already: boolean };

/**
 * One-click unsubscribe: stops the subscription and cancels its messages not yet sent. Doing it
 * twice is harmless. Null for an unknown token (nothing is revealed about other requests).
 */
export async function unsubscribe(token: string, now = new Date()): Promise<Unsubscribed | null> {
  if (!/^[\w-]{16,128}$/.test(token)) return null;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [sub] = await tx
      .select({
        id: requestSubscriptions.id,
        unsubscribedAt: requestSubscriptions.unsubscribedAt,
        locale: requestSubscriptions.locale,
        trackingNumber: serviceRequests.trackingNumber,
      })
      .from(requestSubscriptions)
      .innerJoin(serviceRequests, eq(serviceRequests.id, requestSubscriptions.requestId))
      .where(eq(requestSubscriptions.unsubscribeToken, token))
      .for('update', { of: requestSubscriptions });
    if (!sub) return null;
    if (!sub.unsubscribedAt) {
      await tx
        .update(requestSubscriptions)
        .set({ unsubscribedAt: now })
        .where(eq(requestSubscriptions.id, sub.id));
      await tx
        .update(outbox)
        .set({ cancelledAt: now })
        .where(
          and(
            eq(outbox.subscriptionId, sub.id),
            isNull(outbox.deliveredAt),
            isNull(outbox.cancelledAt),
          ),
        );
    }
    return {
      trackingNumber: sub.trackingNumber,
      locale: sub.locale,
      already: !!sub.unsubscribedAt,
    };
  });
}

/** Who is subscribed to a request now (active only), for queuing its messages. */
export async function activeSubscriptions(tx: Tx, requestIds: number[]) {
  if (!requestIds.length) return [];
  return tx
    .select()
    .from(requestSubscriptions)
    .where(
      and(
        inArray(requestSubscriptions.requestId, requestIds),
        isNull(requestSubscriptions.unsubscribedAt),
      ),
    )
    .orderBy(requestSubscriptions.id);
}

export type FollowResult =
  | { ok: true; trackingNumber: string; created: boolean }
  | { ok: false; error: 'notFound' | 'closed' | 'noContact' };

/**
 * "Follow it instead": a resident who would report a problem already reported subscribes to
 * that request's updates (with their consent, given by asking) instead of creating a
 * duplicate. They are told once that they now follow it; following again changes nothing.
 */
export async function followRequest(
  trackingNumber: string,
  contact: Contact,
  locale: string,
  now = new Date(),
): Promise<FollowResult> {
  if (!channelFor(contact)) return { ok: false, error: 'noContact' };
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<FollowResult> => {
    const [r] = await tx
      .select({
        id: serviceRequests.id,
        status: serviceRequests.status,
        serviceCode: serviceRequests.serviceCode,
      })
      .from(serviceRequests)
      .where(eq(serviceRequests.trackingNumber, trackingNumber));
    if (!r) return { ok: false, error: 'notFound' };
    if (r.status === 'closed') return { ok: false, error: 'closed' };
    const sub = await subscribe(
      tx,
      {
        requestId: r.id,
        contact,
        locale: messageLocale(contact.language, locale),
        role: 'follower',
      },
      now,
    );
    if (sub?.created) {
      const { queueResidentMessages } = await import('@/lib/outbox/commands');
      const about = { id: r.id, trackingNumber, serviceCode: r.serviceCode };
      await queueResidentMessages(tx, about, 'following', {}, now, { subscriptionId: sub.id });
    }
    return { ok: true, trackingNumber, created: Boolean(sub?.created) };
  });
  if (result.ok && result.created) nudgeOutbox();
  return result;
}
