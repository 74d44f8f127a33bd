import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { surveyResponses } from '@/db/schema';
import { sha256 } from '@/lib/requests/commands';
import { surveyRow } from './row';

export type SatisfactionStatus = 'open' | 'answered' | 'invalid';
/** `recorded`: this answer was saved; `answered`: one was saved before, nothing changed. */
export type SatisfactionRecord = 'recorded' | 'answered' | 'invalid';

/** The token reaches the resident only in the survey message; the database keeps its hash. */
export const satisfactionTokenHash = (token: string) => sha256(`satisfaction:${token}`);

function satisfactionRow(trackingNumber: string, token: string) {
  // An empty or absurd token cannot match: do not spend a query on it.
  if (!token || token.length > 200) return Promise.resolve(undefined);
  return surveyRow(trackingNumber, 'satisfaction', satisfactionTokenHash(token));
}

/**
 * Whether the survey behind a link can be answered. An unknown request and a wrong token are
 * both `invalid`, so a link reveals nothing about requests it was not made for.
 */
export async function satisfactionStatus(
  trackingNumber: string,
  token: string,
): Promise<SatisfactionStatus> {
  const row = await satisfactionRow(trackingNumber, token);
  return !row ? 'invalid' : row.answeredAt ? 'answered' : 'open';
}

/**
 * Records the answer once: the update only touches an unanswered row, so a second answer, a
 * replayed form or two tabs at once change nothing after the first.
 */
export async function recordSatisfaction(
  trackingNumber: string,
  token: string,
  score: number,
  comment: string,
  now = new Date(),
): Promise<SatisfactionRecord> {
  // The schema refuses these first; the database's check would too, less politely.
  if (!Number.isInteger(score) || score < 1 || score > 5)
    throw new RangeError('score out of range');
  const row = await satisfactionRow(trackingNumber, token);
  if (!row) return 'invalid';
  const db = await getDb();
  const updated = await db
    .update(surveyResponses)
    .set({ score, comment: comment || null, answeredAt: now })
    .where(and(eq(surveyResponses.id, row.id), isNull(surveyResponses.answeredAt)))
    .returning({ id: surveyResponses.id });
  return updated.length ? 'recorded' : 'answered';
}
