import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, gte, isNull, lt } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import type { DbOrTx } from '@/db/client';
import { formSessions, publishedReports } from '@/db/schema';
import { fiscalYearOf } from './fiscal-year';
import { periodFor } from './periods';

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

/**
 * Housekeeping (lib/security/housekeeping.ts): removes the form sessions no figure needs any
 * more, and returns how many. Each row counts in the digital completion rate and completion time
 * of the periods it was started in, so a row is "old" only when both hold:
 * - its fiscal year is older than any period the transparency page offers (this year and the
 *   last, lib/metrics/periods.ts periodChoices) or compares with (the year before the last);
 * - that year's figures are published, as the year and as both halves (published_reports, stored
 *   when the report is first shown after the period ends): what the page shows for it from then
 *   on. Corrections to published figures compare request counts, never form figures.
 * A year nobody looked at after it ended keeps its rows: its first report still needs them.
 * Deleting by fiscal year range is idempotent, so two instances sweeping at once do no harm.
 */
export async function removeOldFormSessions(now = new Date()): Promise<number> {
  const db = await getDb();
  const published = new Set(
    (await db.select({ key: publishedReports.periodKey }).from(publishedReports)).map((r) => r.key),
  );
  const oldest = fiscalYearOf(now) - 2; // still compared with: kept whatever happens
  let removed = 0;
  for (const key of published) {
    const year = Number(key);
    if (!/^\d{4}$/.test(key) || year >= oldest) continue;
    if (!published.has(`${key}-h1`) || !published.has(`${key}-h2`)) continue;
    const p = periodFor(key, now)!;
    const rows = await db
      .delete(formSessions)
      .where(and(gte(formSessions.startedAt, p.start), lt(formSessions.startedAt, p.end)))
      .returning({ id: formSessions.id });
    removed += rows.length;
  }
  return removed;
}
