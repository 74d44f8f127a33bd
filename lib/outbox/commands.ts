import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { outbox, serviceRequests, services, surveyResponses } from '@/db/schema';
import type { CloseReason, OutboxKind } from '@/db/schema/types';
import { getDb } from '@/lib/db';
import { pickText } from '@/lib/i18n/localized';
import { can, type Actor } from '@/lib/auth/authorize';
import { recordAudit } from '@/lib/audit/commands';
import { satisfactionTokenHash } from '@/lib/surveys/satisfaction';
import { activeSubscriptions } from '@/lib/subscriptions/commands';
import { nudgeOutbox } from './nudge';

/**
 * Closures that are a real outcome of the work: the resident is asked how it went. A duplicate
 * or a referral is not (nothing was done here yet), and their answers never count.
 */
export const SURVEYED_REASONS: readonly CloseReason[] = [
  'resolved',
  'unable_to_locate',
  'no_action_needed',
];

type About = { id: number; trackingNumber: string; serviceCode: string };

/**
 * Queues one message of `kind` to every active subscription of the request, in the caller's
 * transaction (so the change and its messages commit together, or neither). Each message keeps
 * the data it needs (tracking number, service name in the resident's language, unsubscribe
 * token …); the text is written at delivery. With `survey`, the requester's message also
 * carries a one-time satisfaction survey link (one survey per request, ever).
 */
export async function queueResidentMessages(
  tx: Tx,
  about: About,
  kind: OutboxKind,
  extra: Record<string, string>,
  now: Date,
  opts: { survey?: boolean; subscriptionId?: number } = {},
): Promise<number> {
  const subs = (await activeSubscriptions(tx, [about.id])).filter(
    (s) => opts.subscriptionId === undefined || s.id === opts.subscriptionId,
  );
  if (!subs.length) return 0;
  const [service] = await tx
    .select({ name: services.name })
    .from(services)
    .where(eq(services.code, about.serviceCode));
  let surveyToken: string | null = null;
  const requester = subs.find((s) => s.role === 'requester');
  if (opts.survey && requester) {
    // 128 random bits: unguessable, and short enough for a text message.
    const token = randomBytes(16).toString('base64url');
    const [made] = await tx
      .insert(surveyResponses)
      .values({
        requestId: about.id,
        kind: 'satisfaction',
        tokenHash: satisfactionTokenHash(token),
      })
      .onConflictDoNothing()
      .returning({ id: surveyResponses.id });
    if (made) surveyToken = token; // asked already (closed before, reopened): not again
  }
  await tx.insert(outbox).values(
    subs.map((s) => ({
      kind,
      requestId: about.id,
      subscriptionId: s.id,
      channel: s.channel,
      recipient: s.recipient,
      locale: s.locale,
      payload: {
        trackingNumber: about.trackingNumber,
        serviceName: pickText(service?.name, s.locale),
        unsubscribe: s.unsubscribeToken,
        ...extra,
        ...(s === requester && surveyToken ? { token: surveyToken } : {}),
      },
      createdAt: now,
      nextAttemptAt: now,
    })),
  );
  return subs.length;
}

export type ResendResult = { ok: true } | { ok: false; error: 'notFound' };

/**
 * "Send again" from the staff request page: a new copy of a message (same words, same links),
 * unless the resident has since unsubscribed. Audited; the agency rule is the request's.
 */
export async function resendMessage(
  actor: Actor,
  messageId: number,
  now = new Date(),
): Promise<ResendResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const [m] = await tx
      .select({ row: outbox, agencyCode: services.agencyCode })
      .from(outbox)
      .innerJoin(serviceRequests, eq(serviceRequests.id, outbox.requestId))
      .innerJoin(services, eq(services.code, serviceRequests.serviceCode))
      .where(and(eq(outbox.id, messageId), isNull(outbox.cancelledAt)));
    if (!m || !can(actor, 'request.work', m.agencyCode)) return { ok: false as const };
    const subs = m.row.subscriptionId
      ? (await activeSubscriptions(tx, [m.row.requestId!])).filter(
          (s) => s.id === m.row.subscriptionId,
        )
      : [];
    if (m.row.subscriptionId && !subs.length) return { ok: false as const };
    const { kind, requestId, subscriptionId, channel, recipient, locale, payload } = m.row;
    await tx.insert(outbox).values({
      ...{ kind, requestId, subscriptionId, channel, recipient, locale, payload },
      createdAt: now,
      nextAttemptAt: now,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'request.messageResend',
      entity: 'request',
      entityId: m.row.requestId!,
      after: { message: m.row.kind, channel: m.row.channel },
      version: null,
    });
    return { ok: true as const };
  });
  if (!result.ok) return { ok: false, error: 'notFound' };
  nudgeOutbox();
  return result;
}
