import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import type { Tx } from '@/db/client';
import {
  media,
  requestAnswers,
  requestContacts,
  requestEvents,
  serviceRequests,
  surveyResponses,
} from '@/db/schema';
import type { Channel } from '@/db/schema/types';
import { councilDistrictAt } from '@/lib/geo/districts';
import { dueDate } from '@/lib/metrics/due-date';
import { markFormSubmitted } from '@/lib/metrics/form-sessions';
import { targetInForce } from '@/lib/services/queries';
import type { AttributeView } from '@/lib/services/types';
import { queueResidentMessages } from '@/lib/outbox/commands';
import { nudgeOutbox } from '@/lib/outbox/nudge';
import { messageLocale, subscribe } from '@/lib/subscriptions/commands';
import { recordAudit } from '@/lib/audit/commands';
import { ATTR_PREFIX, type RequestInput } from './schema';

export type NewRequest = {
  serviceCode: string;
  attributes: AttributeView[];
  input: RequestInput;
  locale: string;
  channel: Channel;
  /** Open311: the client that sent it, and a photo URL it gave. */
  apiKeyId?: number;
  mediaUrl?: string;
  /**
   * Staff who entered it for a caller (lib/intake): named on its first event, and an audit row
   * (`after`: what they recorded) written in the same transaction as the request.
   */
  enteredBy?: { actorId: number; action: string; after: Record<string, unknown> };
  /**
   * Open311: a request by the same client with one of `keys` (the POST's fingerprint: see
   * lib/open311/post.ts) made less than `withinMs` before `now` is this one, retried.
   */
  repeatWindow?: { keys: string[]; withinMs: number };
  now?: Date;
};

export type Created = { trackingNumber: string; created: boolean };

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The confirmation page's "how easy was this?" token is derived from the form's own key. */
export const easeTokenHash = (idempotencyKey: string) => sha256(`ease:${idempotencyKey}`);

/**
 * The ease question is asked on the web form's confirmation page only, with the form's key: a
 * random UUID the resident's browser holds. Any other channel's key is not a secret (Open311's
 * is derived from the post itself, whose fields are public in the API's output, so anyone
 * could answer for that request and move the public ease figure): those requests get a random
 * token nobody is given, so their ease question cannot be answered at all.
 */
const easeTokenHashFor = (channel: Channel, idempotencyKey: string) =>
  channel === 'web' ? easeTokenHash(idempotencyKey) : sha256(randomBytes(32).toString('hex'));

/**
 * The one way a request enters the system (web form, Open311, staff on a caller's behalf).
 * The request, its answers, contact details, photos and first event are written in one
 * transaction; a retry with the same idempotency key returns the request it already made.
 */
export async function createServiceRequest(req: NewRequest): Promise<Created> {
  const db = await getDb();
  const { input } = req;
  const now = req.now ?? new Date();
  const target = await targetInForce(req.serviceCode, now);
  const lat = input.lat ? Number(input.lat) : null;
  const long = input.long ? Number(input.long) : null;
  const dueAt = target ? dueDate(now, target) : null;

  let queued = 0;
  const created = await db.transaction(async (tx) => {
    if (req.repeatWindow) {
      const repeated = await recentRepeat(tx, req.repeatWindow, req.apiKeyId ?? null, now);
      if (repeated) return { trackingNumber: repeated, created: false };
    }
    const [row] = await tx
      .insert(serviceRequests)
      .values({
        trackingNumber: sql`'BAL-' || to_char(${now}::timestamptz at time zone 'America/New_York', 'YY') || '-' || next_tracking_suffix()`,
        serviceCode: req.serviceCode,
        description: input.description as string,
        address: input.address,
        zip: input.zip ? input.zip.slice(0, 5) : null,
        locationNote: input.locationNote || null,
        lat,
        long,
        // Assigned once, here, so figures by district need no geometry in the database.
        councilDistrict: councilDistrictAt(lat, long),
        locale: req.locale,
        channel: req.channel,
        apiKeyId: req.apiKeyId ?? null,
        mediaUrl: req.mediaUrl || null,
        createdAt: now,
        updatedAt: now,
        dueAt,
        idempotencyKey: input.idempotencyKey,
      })
      // A concurrent insert with the same key waits for the other transaction, then does nothing.
      .onConflictDoNothing({ target: serviceRequests.idempotencyKey })
      .returning({ id: serviceRequests.id, trackingNumber: serviceRequests.trackingNumber });

    if (!row) {
      const [existing] = await tx
        .select({ trackingNumber: serviceRequests.trackingNumber })
        .from(serviceRequests)
        .where(eq(serviceRequests.idempotencyKey, input.idempotencyKey));
      return { trackingNumber: existing.trackingNumber, created: false };
    }

    const answers = req.attributes
      .map((a) => ({
        code: a.code,
        value: (input as Record<string, unknown>)[`${ATTR_PREFIX}${a.code}`],
      }))
      .filter((a) =>
        Array.isArray(a.value) ? a.value.length > 0 : typeof a.value === 'string' && a.value !== '',
      )
      .map((a) => ({
        requestId: row.id,
        attributeCode: a.code,
        value: a.value as string | string[],
      }));
    if (answers.length) await tx.insert(requestAnswers).values(answers);

    const contact = {
      name: (input.contactName as string) || null,
      email: (input.contactEmail as string) || null,
      phone: (input.contactPhone as string) || null,
    };
    if (contact.name || contact.email || contact.phone) {
      await tx.insert(requestContacts).values({
        requestId: row.id,
        ...contact,
        preferredLanguage: input.contactLanguage,
        consentToUpdates: input.consent,
      });
    }
    // Updates only with consent; the first one confirms the tracking number straight away.
    if (input.consent) {
      const locale = messageLocale(input.contactLanguage, req.locale);
      const sub = await subscribe(
        tx,
        { requestId: row.id, contact, locale, role: 'requester' },
        now,
      );
      if (sub) {
        const about = {
          id: row.id,
          trackingNumber: row.trackingNumber,
          serviceCode: req.serviceCode,
        };
        const due: Record<string, string> = dueAt ? { due: dueAt.toISOString() } : {};
        queued = await queueResidentMessages(tx, about, 'confirmation', due, now);
      }
    }

    if (input.mediaIds.length) {
      const claimed = await tx
        .update(media)
        .set({ requestId: row.id })
        .where(and(inArray(media.id, input.mediaIds), isNull(media.requestId)))
        .returning({ id: media.id });
      // All or nothing: the transaction rolls back if any photo is gone.
      if (claimed.length !== input.mediaIds.length) throw new MediaGoneError();
    }

    await tx.insert(requestEvents).values({
      requestId: row.id,
      kind: 'submitted',
      toStatus: 'new',
      visibility: 'public',
      actorId: req.enteredBy?.actorId ?? null,
      createdAt: now,
    });
    if (req.enteredBy) {
      await recordAudit(tx, {
        actorId: req.enteredBy.actorId,
        action: req.enteredBy.action,
        entity: 'request',
        entityId: row.id,
        after: req.enteredBy.after,
        version: 1,
      });
    }
    await tx.insert(surveyResponses).values({
      requestId: row.id,
      kind: 'ease',
      tokenHash: easeTokenHashFor(req.channel, input.idempotencyKey),
    });
    // Only a new request: a replay of the same form was counted when it first went through.
    await markFormSubmitted(tx, input.idempotencyKey, now);
    return { trackingNumber: row.trackingNumber, created: true };
  });
  if (queued) nudgeOutbox();
  return created;
}

/**
 * The request this one repeats within its window, if any. Identical POSTs racing each other
 * take a transaction-scoped lock on the fingerprint first, so one inserts and the other then
 * finds it (two on either side of a period boundary have different keys: the unique key alone
 * would not catch them).
 */
async function recentRepeat(
  tx: Tx,
  window: NonNullable<NewRequest['repeatWindow']>,
  apiKeyId: number | null,
  now: Date,
): Promise<string | null> {
  const lockId = BigInt.asIntN(64, BigInt(`0x${sha256(window.keys[0].slice(0, 24)).slice(0, 16)}`));
  await tx.execute(sql`select pg_advisory_xact_lock(${lockId.toString()}::bigint)`);
  const [found] = await tx
    .select({ trackingNumber: serviceRequests.trackingNumber })
    .from(serviceRequests)
    .where(
      and(
        inArray(serviceRequests.idempotencyKey, window.keys),
        apiKeyId === null
          ? isNull(serviceRequests.apiKeyId)
          : eq(serviceRequests.apiKeyId, apiKeyId),
        gt(serviceRequests.createdAt, new Date(now.getTime() - window.withinMs)),
      ),
    )
    .orderBy(desc(serviceRequests.createdAt))
    .limit(1);
  return found?.trackingNumber ?? null;
}

/** A photo a form referred to was removed (expired) before the form was sent. */
export class MediaGoneError extends Error {
  constructor() {
    super('photo no longer available');
  }
}
