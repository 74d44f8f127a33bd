import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import type { DbOrTx } from '@/db/client';
import { formSessions } from '@/db/schema';

/**
 * Digital completion rate and form completion time, without cookies or personal data: a request
 * form shown is one row, keyed by a hash of the form's own random key (the key itself stays with
 * the form), holding only the service and when it was shown and sent.
 */
// Prefixed, so the row cannot be matched to the request (whose key is stored in clear).
export const formSessionId = (idempotencyKey: string) =>
  createHash('sha256').update(`form-session:${idempotencyKey}`).digest('hex');

/** A form was shown. Showing the same form again (same key) changes nothing. */
export async function recordFormStart(
  idempotencyKey: string,
  serviceCode: string,
  now = new Date(),
): Promise<void> {
  const db = await getDb();
  await db
    .insert(formSessions)
    .values({ id: formSessionId(idempotencyKey), serviceCode, startedAt: now })
    .onConflictDoNothing({ target: formSessions.id });
}

/**
 * The form was sent and made a request: call inside the transaction that creates it. Only the
 * first submission counts; a form without a recorded start (Open311) has no row and is left out.
 */
export async function markFormSubmitted(
  tx: DbOrTx,
  idempotencyKey: string,
  now: Date,
): Promise<void> {
  await tx
    .update(formSessions)
    .set({ submittedAt: now })
    .where(
      and(eq(formSessions.id, formSessionId(idempotencyKey)), isNull(formSessions.submittedAt)),
    );
}

/**
 * Whether this render of the request page shows a new form. A post without JavaScript renders the
 * page again (the action's state carries the posted key, and the fresh key is thrown away), and a
 * JavaScript post names its action in a header: neither is a form shown for the first time, nor
 * is a router prefetch.
 */
export function isNewFormRender(requestHeaders: { get(name: string): string | null }): boolean {
  const type = requestHeaders.get('content-type') ?? '';
  return (
    !requestHeaders.get('next-action') &&
    !requestHeaders.get('next-router-prefetch') &&
    !type.startsWith('multipart/form-data') &&
    !type.startsWith('application/x-www-form-urlencoded')
  );
}
